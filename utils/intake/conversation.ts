import { z } from 'zod';

/**
 * The shape every helpdesk adapter reads a conversation into. It crosses the
 * content-script → worker boundary, so it is a zod schema with limits: page
 * text is untrusted and may be huge.
 */

/** 'web' is any other page: a draft for selected text, copied rather than inserted. */
export const helpdeskIdSchema = z.enum(['zendesk', 'intercom', 'gmail', 'web']);
export type HelpdeskId = z.infer<typeof helpdeskIdSchema>;

export const messageRoleSchema = z.enum(['customer', 'agent', 'internal-note', 'system']);
export type MessageRole = z.infer<typeof messageRoleSchema>;

const MAX_MESSAGE_CHARS = 50_000;
const MAX_MESSAGES = 500;

export const conversationMessageSchema = z.object({
  /** Stable within its conversation: the helpdesk's own id where it has one. */
  id: z.string().min(1).max(200),
  role: messageRoleSchema,
  author: z.string().max(300),
  /** ISO 8601 when the page shows a machine-readable time, else null. */
  sentAt: z.string().max(64).nullable(),
  text: z.string().max(MAX_MESSAGE_CHARS),
});
export type ConversationMessage = z.infer<typeof conversationMessageSchema>;

export const conversationSnapshotSchema = z.object({
  helpdesk: helpdeskIdSchema,
  /** Globally stable: `<helpdesk>:<account>:<the helpdesk's conversation id>`. */
  id: z.string().min(1).max(300),
  url: z.url().max(2_000),
  subject: z.string().max(1_000),
  customer: z.object({
    name: z.string().max(300),
    email: z.string().max(320).nullable(),
  }),
  messages: z.array(conversationMessageSchema).max(MAX_MESSAGES),
});
export type ConversationSnapshot = z.infer<typeof conversationSnapshotSchema>;

/** The message a draft answers: the last one the customer wrote, never an agent reply or a note. */
export function latestCustomerMessage(
  messages: readonly ConversationMessage[],
): ConversationMessage | undefined {
  return messages.findLast((message) => message.role === 'customer' && message.text.trim() !== '');
}
