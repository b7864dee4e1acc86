import { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
// Only a type from the generated module: its runtime file exists only after `wxt prepare`, and
// `wxt prepare` itself loads the content scripts (their `matches`), so a runtime import of '#i18n'
// fails on a fresh clone.
import type { GeneratedI18nStructure } from '#i18n';

/** Every user-visible text, from locales/*.yml through browser.i18n. */
export const i18n = createI18n<GeneratedI18nStructure>();

let number: Intl.NumberFormat | null = null;

/** 1,203 (1.203 in German) — the reader's grouping in every message and preview. */
export function formatCount(value: number): string {
  number ??= new Intl.NumberFormat(browser.i18n.getUILanguage());
  return number.format(value);
}
