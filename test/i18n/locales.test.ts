import { describe, expect, it } from 'vitest';
import { loadLocale, localeNames, type ChromeMessages } from '../support/locale-messages';

/** `$1`…`$9` and `{name}` in a message: what a translation must keep. */
function placeholders(message: string): string[] {
  const numbered = [...message.matchAll(/(?<!\$)\$([1-9])/g)].map((match) => `$${match[1]}`);
  const named = [...message.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((match) => `{${match[1]}}`);
  return [...new Set([...numbered, ...named])].sort();
}

/** @wxt-dev/i18n keeps plural forms as "one | other" (or "zero | one | other") in one message. */
const forms = (message: string) => message.split(' | ').length;

describe('locales', () => {
  it('has English, the default, and at least one more', () => {
    expect(localeNames()).toContain('en');
    expect(localeNames().length).toBeGreaterThan(1);
  });

  for (const locale of localeNames().filter((name) => name !== 'en')) {
    describe(locale, () => {
      let english: ChromeMessages;
      let other: ChromeMessages;
      it('has exactly the English keys', async () => {
        [english, other] = await Promise.all([loadLocale('en'), loadLocale(locale)]);
        expect(Object.keys(other).filter((key) => !(key in english)), 'keys English does not have').toEqual([]);
        expect(Object.keys(english).filter((key) => !(key in other)), 'keys missing').toEqual([]);
      });
      it('keeps every placeholder and plural form of each message', async () => {
        [english, other] = await Promise.all([loadLocale('en'), loadLocale(locale)]);
        const differing = Object.keys(english).flatMap((key) => {
          const source = english[key]!.message;
          const translated = other[key]?.message ?? '';
          return placeholders(source).join() === placeholders(translated).join() && forms(source) === forms(translated) ? [] : [`${key}: "${source}" / "${translated}"`];
        });
        expect(differing).toEqual([]);
      });
      it('translates: no message left empty', async () => {
        other = await loadLocale(locale);
        expect(Object.keys(other).filter((key) => other[key]!.message.trim() === '')).toEqual([]);
      });
    });
  }
});
