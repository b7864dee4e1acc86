/**
 * The mock model's "thinking": reads the draft prompt the extension builds
 * (utils/draft/prompt.ts) and composes a deterministic reply that visibly depends on
 * it, so tests and the demo can tell that the right prompt reached the model.
 * Pure: no I/O.
 */

/** What the mock reads from the user message of a draft prompt. */
export interface DraftPrompt {
  latestCustomerMessage: string;
  customerFirstName: string | null;
  /** Approved replies from the <examples> block, in prompt order. */
  approvedReplies: string[];
  /** "Draft again": the agent's instructions, oldest first (empty for a first draft). */
  agentInstructions: string[];
  /** The "Customer's language:" header (#16), or null when the prompt names none. */
  customerLanguage: string | null;
  /** The texts of the conversation's messages, in order: what a summary is made of. */
  conversation: string[];
}

export interface Topic {
  id: string;
  /** Matched by mentions(), so 'refund' also finds 'refunded'. */
  keywords: readonly string[];
  /** 2–3 sentences an agent would write about this topic. */
  answer: string;
}

/** First match wins, so more specific topics come before broader ones ("cancel my subscription" is not an order). */
export const TOPICS: readonly Topic[] = [
  {
    id: 'refund',
    keywords: ['refund', 'money back', 'reimburse', 'reembolso'],
    answer:
      'I am sorry for the trouble, and I have passed your refund request to our billing team. Once it is approved, the money goes back to your original payment method. We will confirm by email as soon as it is processed.',
  },
  {
    id: 'billing',
    keywords: ['invoice', 'bill', 'payment', 'charge', 'receipt'],
    answer:
      'I have checked the billing details on your account. An agent will look at the invoice and the payment you mention and correct anything that is wrong. You will get an updated invoice by email.',
  },
  {
    id: 'account',
    keywords: ['password', 'login', 'log in', 'sign in', 'account', 'locked out'],
    answer:
      'You can reset your password from the "Forgot password" link on the sign-in page. If the reset email does not arrive, please check your spam folder. If you are still locked out, we will unlock your account for you.',
  },
  {
    id: 'subscription',
    keywords: ['subscription', 'subscribe', 'unsubscribe', 'newsletter'],
    answer:
      'You can change or cancel your subscription at any time from your account settings. To stop our newsletter, use the unsubscribe link at the bottom of any email. Changes take effect from the next billing period.',
  },
  {
    id: 'shipping',
    keywords: ['ship', 'deliver', 'tracking', 'package', 'parcel', 'courier'],
    answer:
      'I have looked up your shipment with our carrier. Deliveries usually arrive within 3–5 business days, and you can follow yours with the tracking link in your confirmation email. If it has not arrived by then, we will send a replacement.',
  },
  {
    id: 'order',
    keywords: ['order', 'cancel', 'purchase'],
    answer:
      'I have found your order in our system. If it has not shipped yet, we can still change or cancel it for you. Please confirm what you would like us to do.',
  },
  {
    id: 'complaint',
    keywords: ['complain', 'feedback', 'disappointed', 'unhappy', 'terrible'],
    answer:
      'Thank you for telling us, and I am sorry we did not meet your expectations. I have shared your feedback with the team responsible. We take it seriously and will follow up with you.',
  },
];

export const GENERAL_TOPIC: Topic = {
  id: 'general',
  keywords: [],
  answer: 'Thank you for your message. I have looked into your question, and an agent will follow up with the details shortly.',
};

/** The prefix tests look for to see that an approved example was reused. */
export const EXAMPLE_REUSE_PREFIX = 'As we have answered before: ';
const QUOTE_MAX_CHARS = 100;

/** Reverses the escaping of utils/draft/prompt.ts quote(), so replies quote the customer's real text. */
export function unquote(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function firstName(fullName: string): string | null {
  const first = fullName.trim().split(/\s+/)[0] ?? '';
  // Helpdesks sometimes show an email address where the name would be: "Hi jane@example.com," reads wrong.
  return first === '' || first.includes('@') ? null : first;
}

export function readDraftPrompt(userMessage: string): DraftPrompt {
  const latest = /<latest_customer_message>([\s\S]*?)<\/latest_customer_message>/.exec(userMessage)?.[1];
  const customerAuthors = [...userMessage.matchAll(/<message role="customer" author="([^"]*)">/g)].map((match) => match[1] ?? '');
  // The prompt's "Customer:" header names the customer even when the conversation shows only agent messages.
  const customerHeader = /^Customer: (.*)$/m.exec(userMessage)?.[1] ?? '';
  const approvedReplies = [...userMessage.matchAll(/<approved_reply>([\s\S]*?)<\/approved_reply>/g)].map((match) =>
    unquote(match[1] ?? '').trim(),
  );
  const instructionsBlock = /<agent_instructions>([\s\S]*?)<\/agent_instructions>/.exec(userMessage)?.[1] ?? '';
  const agentInstructions = [...instructionsBlock.matchAll(/<instruction>([\s\S]*?)<\/instruction>/g)].map((match) => unquote(match[1] ?? '').trim());
  return {
    latestCustomerMessage: unquote(latest ?? userMessage).trim(),
    customerFirstName: firstName(unquote(customerAuthors.at(-1) ?? customerHeader)),
    approvedReplies,
    agentInstructions,
    customerLanguage: /^Customer's language: (.*)$/m.exec(userMessage)?.[1] ?? null,
    conversation: [...userMessage.matchAll(/<message role="[^"]*" author="[^"]*">([\s\S]*?)<\/message>/g)].map((match) => unquote(match[1] ?? '').trim()),
  };
}

/** Whether the text has the phrase at the start of a word, ignoring case. */
export function mentions(text: string, phrase: string): boolean {
  return new RegExp(`\\b${phrase}`, 'i').test(text);
}

export function detectTopic(customerMessage: string): { topic: Topic; matched: boolean } {
  const topic = TOPICS.find((candidate) => candidate.keywords.some((keyword) => mentions(customerMessage, keyword)));
  return topic ? { topic, matched: true } : { topic: GENERAL_TOPIC, matched: false };
}

function firstSentence(text: string): string {
  const sentence = (text.split(/(?<=[.!?])\s/)[0] ?? '').replace(/\s+/g, ' ').trim();
  return sentence.length <= QUOTE_MAX_CHARS ? sentence : `${sentence.slice(0, QUOTE_MAX_CHARS - 1).trimEnd()}…`;
}

/** The prefix tests look for to see that an agent's "Draft again" instruction reached the model. */
export const INSTRUCTION_PREFIX = 'As you asked: ';

/** A reply in Spanish (#16): the sentences tools.ts knows how to translate back. */
function composeSpanishReply(prompt: DraftPrompt): string {
  const greeting = prompt.customerFirstName ? `Hola ${prompt.customerFirstName},` : 'Hola,';
  const refund = detectTopic(prompt.latestCustomerMessage).topic.id === 'refund';
  const answer = refund ? 'He pasado tu solicitud de reembolso a nuestro equipo de facturación.' : 'Un agente revisará tu consulta y te responderá en breve.';
  return [greeting, 'Gracias por escribirnos.', answer, 'Saludos cordiales'].join('\n\n');
}

/** What the mock says a long conversation was about: its size and the customer's first and last words. */
export function composeSummary(prompt: DraftPrompt): string {
  return `${prompt.conversation.length} messages. First: "${firstSentence(prompt.conversation[0] ?? '')}" Latest: "${firstSentence(prompt.latestCustomerMessage)}"`;
}

export function composeReply(prompt: DraftPrompt): string {
  if (prompt.customerLanguage === 'Spanish') return composeSpanishReply(prompt);
  const asked = firstSentence(prompt.latestCustomerMessage);
  const firstExample = prompt.approvedReplies[0];
  const greeting = prompt.customerFirstName ? `Hi ${prompt.customerFirstName},` : 'Hello,';
  const answer = detectTopic(prompt.latestCustomerMessage).topic.answer;
  // "Shorter" is followed visibly (the answer's first sentence alone); any other instruction is echoed.
  if (prompt.agentInstructions.some((instruction) => /\b(short|brief|concise)/i.test(instruction))) {
    return [greeting, firstSentence(answer), 'Best regards'].join('\n\n');
  }
  const paragraphs = [
    greeting,
    asked === '' ? 'Thank you for reaching out.' : `Thank you for reaching out. You asked about "${asked}"`,
    answer,
    ...(firstExample ? [`${EXAMPLE_REUSE_PREFIX}${firstExample}`] : []),
    ...prompt.agentInstructions.map((instruction) => `${INSTRUCTION_PREFIX}${instruction}`),
    'Best regards',
  ];
  return paragraphs.join('\n\n');
}
