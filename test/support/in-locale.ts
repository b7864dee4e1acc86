/**
 * Runs a check with browser.i18n answering from another locale (vitest answers in English
 * otherwise, see english-locale.ts), then puts English back.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, loadLocale } from './locale-messages';

export async function inLocale(locale: string, check: () => void | Promise<void>): Promise<void> {
  const messages = await loadLocale(locale);
  const { getMessage: before, getUILanguage: language } = fakeBrowser.i18n;
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => getMessage(messages, name, substitutions)) as typeof before;
  fakeBrowser.i18n.getUILanguage = () => locale;
  try {
    await check();
  } finally {
    fakeBrowser.i18n.getMessage = before;
    fakeBrowser.i18n.getUILanguage = language;
  }
}
