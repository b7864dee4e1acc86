import { describe, expect, it } from 'vitest';
import type { RedactionMapping } from './mapping';
import { restore } from './restore';

const mapping: RedactionMapping = {
  entries: [
    { placeholder: 'NAME_1', kind: 'customer-name', value: 'Jane' },
    { placeholder: 'EMAIL_1', kind: 'email', value: 'jane@example.com' },
    { placeholder: 'PHONE_1', kind: 'phone', value: '+34 612 345 678' },
    { placeholder: 'NATIONAL_ID_1', kind: 'national-id', value: '12345678Z' },
    { placeholder: 'ADDRESS_1', kind: 'address', value: 'Price $1 & $& Street' },
  ],
};

describe('restore', () => {
  it.each([
    ['the exact placeholder', 'Hi [NAME_1], we wrote to [EMAIL_1].', 'Hi Jane, we wrote to jane@example.com.'],
    ['spaces inside brackets', 'Hi [ NAME_1 ],', 'Hi Jane,'],
    ['other brackets', '(EMAIL_1) {EMAIL_1} <EMAIL_1> «EMAIL_1» {{NAME_1}} [[NAME_1]]', 'jane@example.com jane@example.com jane@example.com jane@example.com Jane Jane'],
    ['lower case and spaces for underscores', 'Hola [name 1], tu DNI [National ID 1]', 'Hola Jane, tu DNI 12345678Z'],
    ['markdown escapes', String.raw`Write to \[EMAIL\_1\]`, 'Write to jane@example.com'],
    ['a bare exact label', 'Dear NAME_1, call PHONE_1.', 'Dear Jane, call +34 612 345 678.'],
    ['a one-sided bracket keeps the bracket', '(call PHONE_1)', '(call +34 612 345 678)'],
    ['values with replacement patterns', 'Ship to [ADDRESS_1]', 'Ship to Price $1 & $& Street'],
    ['the same placeholder twice', '[NAME_1] … [NAME_1]', 'Jane … Jane'],
  ])('%s', (_name, draft, expected) => {
    expect(restore(draft, mapping)).toBe(expected);
  });

  it.each([
    ['a longer number', 'Hi [NAME_10] and [EMAIL_11]'],
    ['a label the mapping does not hold', 'see [CARD_1] and [NAME_2]'],
    ['a bare label not written exactly', 'your name 1 and Email_1'],
    ['a label inside a word', 'SURNAME_1 and NAME_1x'],
    ['a label without a number', 'Dear [NAME],'],
  ])('leaves %s alone', (_name, draft) => {
    expect(restore(draft, mapping)).toBe(draft);
  });

  it('never reads a restored value again', () => {
    const tricky: RedactionMapping = {
      entries: [
        { placeholder: 'NAME_1', kind: 'customer-name', value: '[EMAIL_1]' },
        { placeholder: 'EMAIL_1', kind: 'email', value: 'a@x.com' },
      ],
    };
    expect(restore('[NAME_1]', tricky)).toBe('[EMAIL_1]');
  });
});
