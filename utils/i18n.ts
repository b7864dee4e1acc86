import { createI18n } from '@wxt-dev/i18n';
// Only a type from the generated module: its runtime file exists only after `wxt prepare`, and
// `wxt prepare` itself loads the content scripts (their `matches`), so a runtime import of '#i18n'
// fails on a fresh clone.
import type { GeneratedI18nStructure } from '#i18n';

/** Every user-visible text, from locales/*.yml through browser.i18n. */
export const i18n = createI18n<GeneratedI18nStructure>();
