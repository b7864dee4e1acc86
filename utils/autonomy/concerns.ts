import type { ConcernReason, ConcernSide, RoutingReason } from './reasons';
import type { RiskyClaim } from './sensitivity/risky-claims';
import { SENSITIVITY_KINDS, type SensitivityFinding, type SensitivityKind } from './sensitivity/sensitivity';

/**
 * Why a draft must reach a human, one reason per kind of concern: the customer's
 * message, the draft and the model often flag the same thing ("refund" three
 * times), and an agent reads one line faster than three. Rendered (reason-text.ts) as
 *
 *   "Money: refund, $50 — in the message and the draft; flagged by the model"
 *   "Not backed by the conversation or memory: commitment “We will refund”, amount “$50”"
 */

export interface ConcernEvidence {
  customer: readonly SensitivityFinding[];
  draft: readonly SensitivityFinding[];
  claims: readonly RiskyClaim[];
}

/** A pair rule's match can span a clause; the words that name it fit in a line. */
const MAX_WORD_CHARS = 40;
/** What reasons.ts lets a stored reason quote. */
const MAX_QUOTED_CHARS = 200;

const isKind = (flag: string): flag is SensitivityKind => (SENSITIVITY_KINDS as readonly string[]).includes(flag);
const unique = <T>(items: readonly T[]) => [...new Set(items)];
const shortened = (text: string, max = MAX_WORD_CHARS) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One term per topic, with the first words that triggered it; personal data is named by its type, never quoted. */
function termsOf(kind: SensitivityKind, findings: readonly SensitivityFinding[]): ConcernReason['terms'] {
  const byTopic = new Map<string, ConcernReason['terms'][number]>();
  for (const finding of findings) {
    if (byTopic.has(finding.topic)) continue;
    byTopic.set(finding.topic, kind === 'personal-data' ? { topic: finding.topic } : { topic: finding.topic, word: shortened(finding.match.replace(/\s+/g, ' ').trim()) });
  }
  return [...byTopic.values()];
}

export function concernReasons(evidence: ConcernEvidence, modelFlags: readonly string[]): RoutingReason[] {
  const flagged = new Set(modelFlags);
  const reasons: RoutingReason[] = SENSITIVITY_KINDS.flatMap((kind) => {
    const customer = evidence.customer.filter((finding) => finding.kind === kind);
    const draft = evidence.draft.filter((finding) => finding.kind === kind);
    const sides: ConcernSide[] = [];
    if (customer.length > 0) sides.push('message');
    if (draft.length > 0) sides.push('draft');
    if (flagged.has(kind)) sides.push('model');
    return sides.length === 0 ? [] : [{ code: 'concern' as const, kind, terms: termsOf(kind, [...customer, ...draft]), sides }];
  });
  const claims = [...new Map(evidence.claims.map((claim) => [`${claim.kind} ${claim.text}`, { kind: claim.kind, text: shortened(claim.text, MAX_QUOTED_CHARS) }])).values()];
  if (claims.length > 0) reasons.push({ code: 'unbacked-claims', claims });
  // A flag outside the known kinds still says the model was worried.
  for (const flag of unique(modelFlags.filter((flag) => !isKind(flag)))) reasons.push({ code: 'model-flag', flag: shortened(flag, MAX_QUOTED_CHARS) });
  return reasons;
}
