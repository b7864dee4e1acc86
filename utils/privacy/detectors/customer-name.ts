import { foldPreservingLength } from '../text-folding';
import { escapeForRegExp, type Detection } from './context';

/**
 * The customer's own name: the full name and each part of it on its own ("Hi
 * Jane", "Sehr geehrter Herr Müller"), case- and accent-insensitive, whole
 * words only. The model greets "[NAME_1]" and gets the name back on restore.
 */

/** Titles and surname particles are not the customer's name; on their own they are ordinary words. */
const NOT_A_NAME_PART = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'sr', 'sra', 'srta', 'dña', 'don', 'mme', 'mlle', 'herr', 'frau',
  'dhr', 'mevr', 'sig', 'sig.ra', 'dott', 'de', 'del', 'la', 'las', 'los', 'le', 'da', 'das', 'di', 'do', 'dos', 'du',
  'van', 'von', 'der', 'den', 'ten', 'ter', 'het', "'t", 'y', 'e', 'zu', 'al', 'el', 'bin', 'ibn',
]);
const MIN_NAME_PART_LENGTH = 2;

/** Folded forms to look for: each full name, then its parts. */
function nameVariants(names: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const name of names) {
    const parts = foldPreservingLength(name).split(/\s+/).filter((part) => part !== '');
    if (parts.length > 1) variants.add(parts.join(' '));
    for (const part of parts) {
      const bare = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (bare.length >= MIN_NAME_PART_LENGTH && !NOT_A_NAME_PART.has(bare.replace(/\.$/, ''))) variants.add(bare);
    }
  }
  return [...variants];
}

/** One pattern for all variants, longest first so a full name wins over its first name at the same place. */
function namePattern(names: readonly string[]): RegExp | null {
  const variants = nameVariants(names).sort((a, b) => b.length - a.length);
  if (variants.length === 0) return null;
  const alternatives = variants.map((variant) => escapeForRegExp(variant).replaceAll(' ', '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
}

export function detectCustomerNames(text: string, names: readonly string[]): Detection[] {
  const pattern = namePattern(names);
  if (!pattern) return [];
  return [...foldPreservingLength(text).matchAll(pattern)].map((match) => ({
    kind: 'customer-name',
    start: match.index,
    end: match.index + match[0].length,
  }));
}
