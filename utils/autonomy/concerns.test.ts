import { describe, expect, it } from 'vitest';
import { concernReasons } from './concerns';
import { reasonText } from './reason-text';
import { findRiskyClaims } from './sensitivity/risky-claims';
import { detectSensitivity } from './sensitivity/sensitivity';

// The demo ticket (test/fixtures/zendesk/ticket.html): nine "money" bullets before issue #15.
const DEMO_MESSAGE =
  "It's the Visa ending in 4242. Both charges are now posted, not pending, and the second one is pushing my account close to an overdraft.\n" +
  "Can you refund it today? If that's not possible, please tell me exactly when the money will be back on my card.";
const DEMO_DRAFT = 'I am sorry about the double charge. We will refund $49.00 to your card today.';

function lines(customer: string, draft: string, flags: string[] = [], context: string[] = [customer]) {
  return concernReasons(
    { customer: detectSensitivity(customer, 'customer'), draft: detectSensitivity(draft, 'draft'), claims: findRiskyClaims(draft, context) },
    flags,
  ).map(reasonText);
}

describe('concernReasons', () => {
  it('says money once for the message, the draft and the model together', () => {
    const result = lines(DEMO_MESSAGE, DEMO_DRAFT, ['financial']);
    expect(result.filter((line) => line.startsWith('Money'))).toEqual([
      'Money: payment, charge, refund, amount — in the message and the draft; flagged by the model',
    ]);
    expect(new Set(result).size).toBe(result.length);
  });

  it('does not read “my account close to an overdraft” as an account deletion', () => {
    expect(lines(DEMO_MESSAGE, DEMO_DRAFT).join('\n')).not.toMatch(/Data change|deletion/);
    expect(lines('Please close my account today.', 'Sure.')).toContain('Data change: account deletion — in the message');
  });

  it('gathers unsupported facts of the draft into one line', () => {
    expect(lines('Where is my parcel?', 'It arrives tomorrow and costs $30.')).toContain(
      'Not backed by the conversation or memory: date “tomorrow”, amount “$30”',
    );
  });

  it('keeps a flag only the model raised, and one it has no word for', () => {
    expect(lines('Hello', 'Hi', ['escalation', 'unknown-flag'])).toEqual(['Escalation — flagged by the model', 'Flagged by the model: unknown-flag']);
  });

  it('has nothing to say about a routine exchange', () => {
    expect(lines('Where is my order?', 'It is on its way.')).toEqual([]);
  });
});
