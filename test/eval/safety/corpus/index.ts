import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { heldOut } from './held-out';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { CorpusMessage } from './types';

export interface LanguageCorpus {
  language: string;
  messages: readonly CorpusMessage[];
}

/** The messages the word lists were widened against when a whole class fell short (see the README). */
export const DEVELOPMENT_CORPUS: readonly LanguageCorpus[] = [
  { language: 'en', messages: en },
  { language: 'de', messages: de },
  { language: 'fr', messages: fr },
  { language: 'es', messages: es },
  { language: 'pt', messages: pt },
  { language: 'it', messages: it },
  { language: 'nl', messages: nl },
];

/** Never used to change anything. */
export const HELD_OUT_CORPUS: readonly LanguageCorpus[] = Object.entries(heldOut).map(([language, messages]) => ({ language, messages }));

export { SAFETY_CLASSES, type CorpusMessage, type SafetyClass } from './types';
