import { describe, expect, it } from 'vitest';
import { findPlaceholderMentions, placeholderLabel, placeholderText } from './placeholders';

const labels = (text: string) => findPlaceholderMentions(text).map(({ label, exactLabel }) => [label, exactLabel]);

describe('placeholder format', () => {
  it('writes labels the mapping and the model share', () => {
    expect(placeholderText(placeholderLabel('national-id', 2))).toBe('[NATIONAL_ID_2]');
    expect(placeholderText(placeholderLabel('customer-name', 1))).toBe('[NAME_1]');
  });
});

describe('findPlaceholderMentions', () => {
  it.each([
    ['[EMAIL_1]', [['EMAIL_1', true]]],
    ['[ EMAIL_1 ]', [['EMAIL_1', true]]],
    ['(EMAIL_1) {EMAIL_1} <EMAIL_1> «EMAIL_1» 【EMAIL_1】 [[EMAIL_1]]', Array(6).fill(['EMAIL_1', true])],
    ['[email 1] [Email-1] [EMAIL1]', Array(3).fill(['EMAIL_1', false])],
    [String.raw`\[EMAIL\_1\]`, [['EMAIL_1', false]]],
    ['[NATIONAL ID 3] [NATIONAL_ID_3] [National-Id_3]', [['NATIONAL_ID_3', false], ['NATIONAL_ID_3', true], ['NATIONAL_ID_3', false]]],
    ['Hi NAME_1, bare', [['NAME_1', true]]],
    ['[EMAIL_10] is not [EMAIL_1]', [['EMAIL_10', true], ['EMAIL_1', true]]],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([['SURNAME_1'], ['[EMAIL_1a]'], ['EMAIL_1_2'], ['[EMAIL]'], ['[USERNAME_1]'], ['[MAIL_1]']])(
    'finds nothing in %s',
    (text) => {
      expect(labels(text)).toEqual([]);
    },
  );

  it('reports the brackets around a mention', () => {
    expect(findPlaceholderMentions('x {{ NAME_1 }} y')).toEqual([
      { start: 2, end: 14, label: 'NAME_1', opening: '{{ ', closing: ' }}', exactLabel: true },
    ]);
  });
});
