import type { DraftPromptInput } from '../draft/prompt';
import { redactAll, summariseRedactions, type RedactionKinds, type RedactionMapping, type RedactionSummary } from './redaction';

export interface RedactedPrompt {
  input: DraftPromptInput;
  /** Placeholder → value for this conversation: restores the draft. Never stored, exported or logged. */
  mapping: RedactionMapping;
  /** What was hidden, as counts per kind without the values, for the panel; null when nothing was. */
  summary: RedactionSummary | null;
}

/** The conversation's own part of a draft prompt: all of it but what memory adds. */
export type ConversationInput = Omit<DraftPromptInput, 'examples' | 'knowledge'>;

export interface RedactedConversation {
  input: ConversationInput;
  /** Placeholder → value for this conversation: restores the draft. Never stored, exported or logged. */
  mapping: RedactionMapping;
  summary: RedactionSummary | null;
}

/**
 * Hides personal data from the conversation's part of a prompt. A draft does
 * this while memory is still recalling its examples (#14); `withQuotedRedacted`
 * adds them once known.
 */
export function redactConversation(input: ConversationInput, kinds: RedactionKinds): RedactedConversation {
  const customerNames = [input.customerName, ...input.messages.filter((m) => m.role === 'customer').map((m) => m.author)].filter(
    (name) => name.trim() !== '',
  );
  const conversationTexts = [
    input.subject,
    input.customerName,
    input.latestCustomerMessage,
    ...input.messages.flatMap((message) => [message.author, message.text]),
    // The agent's own words about this conversation are this conversation's: restorable like it.
    ...(input.revision ? [input.revision.previousDraft, ...input.revision.instructions] : []),
  ];
  const conversation = redactAll(conversationTexts, { kinds, customerNames });
  const [subject, customerName, latestCustomerMessage, ...rest] = conversation.texts as [string, string, string, ...string[]];
  const messageTexts = rest.slice(0, input.messages.length * 2);
  const [previousDraft, ...instructions] = rest.slice(input.messages.length * 2);
  return {
    input: {
      subject,
      customerName,
      latestCustomerMessage,
      // A language name ("Spanish"), from our own list: nothing personal to hide.
      customerLanguage: input.customerLanguage ?? null,
      messages: input.messages.map((message, at) => ({ ...message, author: messageTexts[at * 2]!, text: messageTexts[at * 2 + 1]! })),
      ...(input.revision ? { revision: { previousDraft: previousDraft!, instructions } } : {}),
    },
    mapping: conversation.mapping,
    summary: summariseRedactions(conversation.mapping),
  };
}

/**
 * The whole prompt input: the redacted conversation, and memory's examples
 * and knowledge redacted continuing its numbering but not restorable, so a
 * past customer's data never comes back into this customer's draft.
 */
export function withQuotedRedacted(conversation: RedactedConversation, quoted: Pick<DraftPromptInput, 'examples' | 'knowledge'>, kinds: RedactionKinds): RedactedPrompt {
  const texts = [
    ...quoted.examples.flatMap((example) => [example.customerMessage, example.approvedReply, example.whatWasWrong ?? '']),
    ...(quoted.knowledge ?? []).map((chunk) => chunk.text),
  ];
  const others = redactAll(texts, { kinds }, conversation.mapping).texts;
  const next = () => others.shift() ?? '';
  return {
    input: {
      ...conversation.input,
      examples: quoted.examples.map((example) => {
        const [customerMessage, approvedReply, whatWasWrong] = [next(), next(), next()];
        return { customerMessage, approvedReply, ...(example.whatWasWrong === undefined ? {} : { whatWasWrong }) };
      }),
      knowledge: (quoted.knowledge ?? []).map((chunk) => ({ ...chunk, text: next() })),
    },
    mapping: conversation.mapping,
    summary: conversation.summary,
  };
}

/** Hides personal data from everything a draft's prompt quotes: the conversation first, then what memory adds. */
export function redactPromptInput(input: DraftPromptInput, kinds: RedactionKinds): RedactedPrompt {
  return withQuotedRedacted(redactConversation(input, kinds), input, kinds);
}
