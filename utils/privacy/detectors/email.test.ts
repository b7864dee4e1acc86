import { describe, expect, it } from 'vitest';
import { detectEmails } from './email';

const found = (text: string) => detectEmails(text).map(({ start, end }) => text.slice(start, end));

describe('detectEmails', () => {
  it.each([
    ['Write to jane.doe+orders@example.co.uk please.', ['jane.doe+orders@example.co.uk']],
    ['mailto:support@acme.io', ['support@acme.io']],
    ['José: josé.garcía@correo.es, backup j_g-2@mail.example.com', ['josé.garcía@correo.es', 'j_g-2@mail.example.com']],
    ['<a href="mailto:x@y.de">x@y.de</a>', ['x@y.de', 'x@y.de']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['an @mention in a note'],
    ['upgrade to app@2.1.0 first'],
    ['email me at name at example dot com'],
    ['price: 10 @ 5.99 each'],
  ])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});
