/**
 * For scripts run in Node (the evals): browser.i18n answering from locales/en.yml, so the
 * pages' own wording functions (utils/autonomy/reason-text.ts) print English without a browser.
 * Import it first: @wxt-dev/browser reads the global once, when it loads, so the global is set
 * before the (asynchronous) messages are read.
 */
import { getMessage, loadLocale, type ChromeMessages } from './locale-messages';

let english: ChromeMessages = {};
const i18n = { getMessage: (name: string, substitutions?: string | string[]) => getMessage(english, name, substitutions), getUILanguage: () => 'en' };
const global = globalThis as { chrome?: { i18n?: typeof i18n } };
global.chrome = { ...global.chrome, i18n };
english = await loadLocale('en');
