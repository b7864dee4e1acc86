import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { CorpusMessage } from './types';

export interface LanguageCorpus {
  language: string;
  messages: readonly CorpusMessage[];
}

export const SAFETY_CORPUS: readonly LanguageCorpus[] = [
  { language: 'en', messages: en },
  { language: 'de', messages: de },
  { language: 'fr', messages: fr },
  { language: 'es', messages: es },
  { language: 'pt', messages: pt },
  { language: 'it', messages: it },
  { language: 'nl', messages: nl },
];

export { SAFETY_CLASSES, type CorpusMessage, type SafetyClass } from './types';
