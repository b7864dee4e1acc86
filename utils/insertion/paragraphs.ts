/** A reply's paragraphs: split at blank lines; a single newline inside one is a soft line break. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** Paragraph markup built with DOM nodes, so reply text is always text. */
export function paragraphsHtml(document: Document, text: string): string {
  const container = document.createElement('div');
  for (const paragraph of splitParagraphs(text)) {
    const element = document.createElement('p');
    paragraph.split('\n').forEach((line, index) => {
      if (index > 0) element.append(document.createElement('br'));
      element.append(document.createTextNode(line));
    });
    container.append(element);
  }
  return container.innerHTML;
}

/** The reply as plain text: paragraphs a blank line apart, soft breaks as single newlines. */
export function paragraphsText(text: string): string {
  return splitParagraphs(text).join('\n\n');
}
