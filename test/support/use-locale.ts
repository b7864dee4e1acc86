/**
 * For unit tests that check a page's wording in another language: browser.i18n answers from
 * locales/<locale>.yml until the returned function puts English (test/support/english-locale.ts) back.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, loadLocale } from './locale-messages';

export async function speak(locale: string): Promise<() => void> {
  const { getMessage: english, getUILanguage } = fakeBrowser.i18n;
  const messages = await loadLocale(locale);
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => getMessage(messages, name, substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
  return () => {
    fakeBrowser.i18n.getMessage = english;
    fakeBrowser.i18n.getUILanguage = getUILanguage;
  };
}
