import { escapeHtml } from '../support/escape-html';

/**
 * The records the local Zendesk API server holds, in Zendesk's own JSON
 * shapes (developer.zendesk.com/api-reference: Tickets, Ticket Comments,
 * Users, Views). Only the fields ReplyLoop reads, plus the ones every record
 * has (url, created_at, updated_at), so a reader cannot rely on extras.
 */

export interface ZendeskUser {
  id: number;
  name: string;
  email: string;
  /** 'end-user' | 'agent' | 'admin' (Users API, "role"). */
  role: 'end-user' | 'agent' | 'admin';
}

export interface ZendeskComment {
  id: number;
  type: 'Comment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  /** false for an internal note. */
  public: boolean;
  created_at: string;
  via: { channel: string };
  attachments: never[];
}

export interface ZendeskTicket {
  id: number;
  subject: string;
  description: string;
  /** new | open | pending | hold | solved | closed */
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  requester_id: number;
  assignee_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ZendeskView {
  id: number;
  title: string;
  active: boolean;
  position: number;
  /** Which tickets the view lists (the real API evaluates conditions; the fixture names them). */
  ticketIds: number[];
}

/** What a test seeds: tickets with their comments, the agent, the customers. */
export interface ZendeskSeed {
  agent: ZendeskUser;
  users: ZendeskUser[];
  tickets: { ticket: ZendeskTicket; comments: ZendeskComment[] }[];
  views?: ZendeskView[];
}

const iso = (ms: number) => new Date(ms).toISOString();

export function comment(id: number, authorId: number, body: string, createdAt: number, isPublic = true): ZendeskComment {
  return {
    id,
    type: 'Comment',
    author_id: authorId,
    body,
    html_body: `<div class="zd-comment"><p>${escapeHtml(body)}</p></div>`,
    plain_body: body,
    public: isPublic,
    created_at: iso(createdAt),
    via: { channel: 'email' },
    attachments: [],
  };
}

export const FIXTURE_AGENT: ZendeskUser = { id: 900, name: 'Alex Agent', email: 'alex@acme.example', role: 'agent' };

/**
 * A queue of `count` tickets assigned to the agent, one customer message
 * each, the oldest first `minutesApart` minutes apart; `messages` supplies
 * each one's text (cycled).
 */
export function seedQueue(options: { count: number; messages: readonly { subject: string; text: string }[]; now: number; minutesApart?: number; firstId?: number }): ZendeskSeed {
  const users: ZendeskUser[] = [];
  const tickets: ZendeskSeed['tickets'] = [];
  const apart = (options.minutesApart ?? 3) * 60_000;
  for (let index = 0; index < options.count; index++) {
    const id = (options.firstId ?? 5001) + index;
    const customer: ZendeskUser = { id: 10_000 + index, name: `Customer ${index + 1}`, email: `customer${index + 1}@example.com`, role: 'end-user' };
    users.push(customer);
    const message = options.messages[index % options.messages.length]!;
    const at = options.now - (options.count - index) * apart;
    tickets.push({
      ticket: {
        id,
        subject: message.subject,
        description: message.text,
        status: index % 5 === 0 ? 'new' : 'open',
        requester_id: customer.id,
        assignee_id: FIXTURE_AGENT.id,
        created_at: iso(at),
        updated_at: iso(at),
      },
      comments: [comment(id * 100 + 1, customer.id, message.text, at)],
    });
  }
  return { agent: FIXTURE_AGENT, users, tickets };
}
