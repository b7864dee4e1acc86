/** Customer text as a helpdesk renders it in its page and in a comment's html_body: as text, never as markup. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
