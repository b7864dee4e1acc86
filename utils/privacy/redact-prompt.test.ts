import { describe, expect, it } from 'vitest';
import { buildDraftPrompt, type DraftPromptInput } from '../draft/prompt';
import { redactPromptInput } from './redact-prompt';
import { DEFAULT_REDACTION_KINDS, restore } from './redaction';

const input: DraftPromptInput = {
  subject: 'Charged twice – jane.doe@example.com',
  customerName: 'Jane Doe',
  messages: [
    { id: '1', role: 'customer', author: 'Jane Doe', sentAt: null, text: 'Hi, I am Jane. My card 4242 4242 4242 4242 was charged twice. Call me on +44 20 7946 0958.' },
    { id: '2', role: 'agent', author: 'Marco', sentAt: null, text: 'Hi Jane, checking now.' },
  ],
  latestCustomerMessage: 'Hi, I am Jane. My card 4242 4242 4242 4242 was charged twice. Call me on +44 20 7946 0958.',
  examples: [{ customerMessage: 'Refund to tom@example.org please', approvedReply: 'Hi Tom, done.', whatWasWrong: 'amount changed' }],
  knowledge: [{ title: 'Refunds', url: 'https://help.acme.com', text: 'Write to billing@acme.com for refunds.' }],
};

describe('redactPromptInput', () => {
  it('hides the customer’s data from everything the prompt quotes', () => {
    const { input: redacted, summary } = redactPromptInput(input, DEFAULT_REDACTION_KINDS);
    const prompt = JSON.stringify(buildDraftPrompt(redacted));
    for (const secret of ['jane.doe@example.com', '4242 4242 4242 4242', '7946 0958', 'Jane', 'tom@example.org', 'billing@acme.com']) {
      expect(prompt).not.toContain(secret);
    }
    expect(redacted.messages[1]?.author).toBe('Marco');
    expect(summary).toMatchObject({ email: expect.any(Number), card: expect.any(Number) });
  });

  it('gives one value one placeholder across the conversation, and restores the draft', () => {
    const { input: redacted, mapping } = redactPromptInput(input, DEFAULT_REDACTION_KINDS);
    const card = redacted.latestCustomerMessage.match(/\[CARD_\d+\]/)?.[0];
    expect(card).toBeDefined();
    expect(redacted.messages[0]?.text).toContain(card);
    const draft = `Hi ${redacted.customerName.split(' ')[0]}, we refunded the duplicate charge on ${card}.`;
    expect(restore(draft, mapping)).toContain('4242 4242 4242 4242');
  });

  it('never restores another customer’s data from an example into this draft', () => {
    const { input: redacted, mapping } = redactPromptInput(input, DEFAULT_REDACTION_KINDS);
    const exampleEmail = redacted.examples[0]?.customerMessage.match(/\[EMAIL_\d+\]/)?.[0];
    expect(exampleEmail).toBeDefined();
    expect(restore(`Contact ${exampleEmail}`, mapping)).toBe(`Contact ${exampleEmail}`);
  });

  it('leaves a kind that is switched off', () => {
    const { input: redacted } = redactPromptInput(input, { ...DEFAULT_REDACTION_KINDS, card: false });
    expect(redacted.latestCustomerMessage).toContain('4242 4242 4242 4242');
  });
});
