import { describe, expect, it } from 'vitest';
import { buildDraftPrompt } from '@/utils/draft/prompt';
import { composeReply, EXAMPLE_REUSE_PREFIX, GENERAL_TOPIC, INSTRUCTION_PREFIX, readDraftPrompt, TOPICS } from './reply';

/** The user message exactly as the extension builds it, so the mock stays in step with the real prompt. */
function draftUserMessage(options: {
  latest: string;
  customerName?: string;
  examples?: Array<{ customerMessage: string; approvedReply: string }>;
  instructions?: string[];
}): string {
  const author = options.customerName ?? 'Jane Doe';
  const prompt = buildDraftPrompt({
    subject: 'Help',
    customerName: author,
    messages: [
      { id: 'm1', role: 'customer', author, text: options.latest, sentAt: null },
      { id: 'm2', role: 'agent', author: 'Sam', text: 'Looking into it.', sentAt: null },
    ],
    latestCustomerMessage: options.latest,
    examples: options.examples ?? [],
    ...(options.instructions ? { revision: { previousDraft: 'Hello, an earlier draft.', instructions: options.instructions } } : {}),
  });
  return prompt.find((message) => message.role === 'user')?.content ?? '';
}

function replyTo(userMessage: string): string {
  return composeReply(readDraftPrompt(userMessage));
}

function topicAnswer(id: string): string {
  return TOPICS.find((topic) => topic.id === id)?.answer ?? '';
}

describe('composeReply: topics', () => {
  it.each([
    ['refund', 'I would like a refund for the broken lamp.'],
    ['billing', 'Why was I charged twice on my last invoice?'],
    ['account', 'I forgot my password and cannot log in.'],
    ['subscription', 'Please cancel my subscription and stop the newsletter.'],
    ['shipping', 'My package has not been delivered yet.'],
    ['order', 'Can I still cancel my order from Monday?'],
    ['complaint', 'I am very disappointed with your service.'],
  ])('answers a %s question with that topic', (topic, message) => {
    expect(replyTo(draftUserMessage({ latest: message }))).toContain(topicAnswer(topic));
  });

  it('falls back to a general answer when no keyword matches', () => {
    const reply = replyTo(draftUserMessage({ latest: 'What are your opening hours?' }));
    expect(reply).toContain(GENERAL_TOPIC.answer);
  });
});

describe('composeReply: what it takes from the prompt', () => {
  it('quotes the first sentence of the latest customer message, unescaped', () => {
    const reply = replyTo(draftUserMessage({ latest: 'Is order <A&B> shipped? I need it by Friday.' }));
    expect(reply).toContain('You asked about "Is order <A&B> shipped?"');
    expect(reply).not.toContain('Friday');
  });

  it('trims a long first sentence to about 100 characters', () => {
    const reply = replyTo(draftUserMessage({ latest: `Hello ${'very '.repeat(40)}long question` }));
    const quoted = /You asked about "(.*)"/.exec(reply)?.[1] ?? '';
    expect(quoted.length).toBeLessThanOrEqual(100);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it.each([
    ['Jane Doe', 'Hi Jane,'],
    ['Émile', 'Hi Émile,'],
    ['jane@example.com', 'Hello,'],
  ])('greets the customer %j with %j', (customerName, greeting) => {
    expect(replyTo(draftUserMessage({ latest: 'Hi there', customerName })).split('\n\n')[0]).toBe(greeting);
  });

  it('reuses the first approved example', () => {
    const reply = replyTo(
      draftUserMessage({
        latest: 'I was charged twice.',
        examples: [
          { customerMessage: 'Double charge?', approvedReply: 'We refunded the duplicate charge & emailed a receipt.' },
          { customerMessage: 'Charged again?', approvedReply: 'Second example.' },
        ],
      }),
    );
    expect(reply).toContain(`${EXAMPLE_REUSE_PREFIX}We refunded the duplicate charge & emailed a receipt.`);
    expect(reply).not.toContain('Second example.');
  });

  it('has no example line without examples', () => {
    expect(replyTo(draftUserMessage({ latest: 'I was charged twice.' }))).not.toContain(EXAMPLE_REUSE_PREFIX);
  });

  it('reads a plain user message without tags as the customer message', () => {
    expect(replyTo('Where is my parcel? It is late.')).toBe(
      ['Hello,', 'Thank you for reaching out. You asked about "Where is my parcel?"', topicAnswer('shipping'), 'Best regards'].join(
        '\n\n',
      ),
    );
  });

  it('is deterministic', () => {
    const userMessage = draftUserMessage({ latest: 'I need a refund.' });
    expect(replyTo(userMessage)).toBe(replyTo(userMessage));
  });
});

describe('composeReply: "Draft again" instructions', () => {
  it('echoes an instruction, so a test sees it reached the model', () => {
    const reply = replyTo(draftUserMessage({ latest: 'I want a refund.', instructions: ['mention the 30-day window'] }));
    expect(reply).toContain(`${INSTRUCTION_PREFIX}mention the 30-day window`);
  });

  it('follows "shorter" visibly: greeting, one sentence, sign-off', () => {
    const reply = replyTo(draftUserMessage({ latest: 'I want a refund.', instructions: ['Shorter please'] }));
    expect(reply.split('\n\n')).toHaveLength(3);
  });

  it('reads no instructions from a first draft', () => {
    expect(readDraftPrompt(draftUserMessage({ latest: 'Hi' })).agentInstructions).toEqual([]);
  });
});
