import { bareNumberKeys, extractClaims, type ClaimKind } from './claims';

/**
 * The risky-claim check on a draft: an amount, date, duration or commitment
 * the model wrote that nothing it was given backs up. Supported means the
 * same fact appears in a context text (the conversation, retrieved
 * corrections, knowledge). Textual, so deliberately strict: a paraphrased
 * fact ("next Tuesday" for "on the 5th") still goes to a human.
 */

export interface RiskyClaim {
  kind: ClaimKind;
  /** The claim as the draft words it. */
  text: string;
  start: number;
  end: number;
  reason: string;
}

const KIND_NAMES: Record<ClaimKind, string> = { amount: 'Amount', date: 'Date', duration: 'Duration', commitment: 'Commitment' };

function supportedKeys(contextTexts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of contextTexts) {
    const claims = extractClaims(text);
    for (const claim of claims) for (const key of claim.keys) keys.add(key);
    for (const key of bareNumberKeys(text, claims)) keys.add(key);
  }
  return keys;
}

export function findRiskyClaims(draft: string, contextTexts: readonly string[]): RiskyClaim[] {
  const supported = supportedKeys(contextTexts);
  return extractClaims(draft)
    .filter((claim) => !claim.keys.some((key) => supported.has(key)))
    .map(({ kind, text, start, end }) => ({
      kind, text, start, end,
      reason: `${KIND_NAMES[kind]} “${text}” is not in the conversation or memory`,
    }));
}
