/**
 * The locales/*.yml files as the browser receives them: converted by @wxt-dev/i18n's own build
 * step into messages.json form, and looked up the way browser.i18n.getMessage does. Shared by
 * the vitest English setup and the locale checks.
 */
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');

export type ChromeMessages = Record<string, { message: string }>;

/** Every locale file's name without .yml: en, de, … */
export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR)
    .filter((file) => file.endsWith('.yml'))
    .map((file) => basename(file, '.yml'));
}

export async function loadLocale(locale: string): Promise<ChromeMessages> {
  return generateChromeMessages(await parseMessagesFile(resolve(LOCALES_DIR, `${locale}.yml`))) as ChromeMessages;
}

/**
 * browser.i18n.getMessage's rules (developer.chrome.com/docs/extensions/reference/api/i18n):
 * `$1`…`$9` take the substitutions (a missing one is empty), `$$` is a dollar sign, an unknown
 * name gives "".
 */
export function getMessage(messages: ChromeMessages, name: string, substitutions?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}
