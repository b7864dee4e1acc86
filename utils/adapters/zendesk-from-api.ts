import type { ConversationMessage, ConversationSnapshot, MessageRole } from '../intake/conversation';
import { readableText } from '../page/dom-text';
import type { ZendeskComment, ZendeskTicketConversation } from './zendesk-api';

/**
 * A ticket read through the REST API, as the conversation every adapter
 * gives: roles from the documented fields (public, author_id, the author's
 * role), never from markup.
 */

/** Noise inside html_body: quoted history and signatures Zendesk keeps in the comment's markup. */
const HTML_BODY_NOISE = ['.zd-comment blockquote.quote', 'div.signature'];

/** The comment's text: html_body read like page text (paragraphs kept, quotes cut), else plain_body, else body. */
function commentText(comment: ZendeskComment, page: Document | undefined): string {
  const Parser = page?.defaultView?.DOMParser;
  if (comment.html_body && Parser) {
    // DOMParser gives an inert document: no scripts run and no images load (no read receipts).
    const parsed = new Parser().parseFromString(comment.html_body, 'text/html');
    return readableText(parsed.body, { remove: HTML_BODY_NOISE });
  }
  return (comment.plain_body ?? comment.body ?? '').trim();
}

function roleOf(comment: ZendeskComment, data: ZendeskTicketConversation): MessageRole {
  if (!comment.public) return 'internal-note';
  if (comment.author_id === data.ticket.requester_id) return 'customer';
  // CCs and other end users write as customers; agents and admins as the team.
  return data.users.get(comment.author_id)?.role === 'end-user' ? 'customer' : 'agent';
}

/**
 * `url` is the ticket's agent URL. `page` is the agent's page, for its DOMParser; draft-ahead's
 * worker has none and reads plain_body.
 */
export function conversationFromApi(data: ZendeskTicketConversation, url: URL, page?: Document): ConversationSnapshot {
  const account = url.hostname.split('.')[0] ?? url.hostname;
  const requester = data.users.get(data.ticket.requester_id);
  // The snapshot's limits (conversation.ts): the latest 500 comments, 50,000 characters each.
  const messages: ConversationMessage[] = data.comments.slice(-500).map((comment) => ({
    id: String(comment.id),
    role: roleOf(comment, data),
    author: data.users.get(comment.author_id)?.name ?? '',
    sentAt: comment.created_at,
    text: commentText(comment, page).slice(0, 50_000),
  }));
  return {
    helpdesk: 'zendesk',
    id: `zendesk:${account}:${data.ticket.id}`,
    url: url.href,
    subject: data.ticket.subject ?? '',
    customer: { name: requester?.name ?? '', email: requester?.email ?? null },
    messages,
  };
}
