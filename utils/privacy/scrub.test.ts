import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from './scrub';

describe('scrubPersonalData', () => {
  it('removes emails, phone numbers and card numbers for good, saying what was there', () => {
    const { text, removed } = scrubPersonalData('Write to jane.doe@example.com or call +44 20 7946 0958. Card 4242 4242 4242 4242.');
    expect(text).toBe('Write to [email address removed] or call [phone number removed]. Card [card number removed].');
    expect(removed).toBe(3);
  });

  it('leaves no placeholder a draft could restore', () => {
    expect(scrubPersonalData('Contact support@acme.test').text).not.toMatch(/\[EMAIL_\d+\]/);
  });

  it('keeps text without personal data as it is', () => {
    expect(scrubPersonalData('Refunds take 5–10 business days.')).toEqual({ text: 'Refunds take 5–10 business days.', removed: 0 });
  });
});
