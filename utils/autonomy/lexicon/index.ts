import type { PairRule, PhraseRule } from '../sensitivity/keyword-matcher';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { Lexicon } from './lexicon';
import { nl } from './nl';
import { pt } from './pt';

/** Every language the sensitivity word lists read; a message in any other goes to a human. */
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, pt, it, nl];

export const LEXICON_PHRASES: readonly PhraseRule[] = LEXICONS.flatMap((lexicon) => lexicon.phrases);
export const LEXICON_PAIRS: readonly PairRule[] = LEXICONS.flatMap((lexicon) => lexicon.pairs);
export type { Lexicon } from './lexicon';
