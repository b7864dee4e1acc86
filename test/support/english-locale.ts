/**
 * vitest setup: browser.i18n answers from locales/en.yml, as an English browser would, so
 * components and worker code render their real English text in unit tests. (WXT's fake browser
 * leaves i18n unimplemented.)
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, loadLocale } from './locale-messages';

const english = await loadLocale('en');
fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => getMessage(english, name, substitutions)) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
