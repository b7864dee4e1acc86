import type { RiskyClaim } from './sensitivity/risky-claims';
import { SENSITIVITY_KINDS, type SensitivityFinding, type SensitivityKind } from './sensitivity/sensitivity';

/**
 * Why a draft must reach a human, one line per kind of concern: the customer's
 * message, the draft and the model often flag the same thing ("refund" three
 * times), and an agent reads one line faster than three.
 *
 *   "Money: refund, amount — in the message and the draft; flagged by the model"
 *   "Not backed by the conversation or memory: commitment “We will refund”, amount “$50”"
 */

/** The words an agent uses for each kind (sensitivity.ts keeps the audit's formal names). */
export const CONCERN_LABELS: Record<SensitivityKind, string> = {
  financial: 'Money',
  'data-change': 'Data change',
  escalation: 'Escalation',
  'prompt-injection': 'Possible prompt injection',
  'personal-data': 'Personal data',
};

export interface ConcernEvidence {
  customer: readonly SensitivityFinding[];
  draft: readonly SensitivityFinding[];
  claims: readonly RiskyClaim[];
}

const isKind = (flag: string): flag is SensitivityKind => (SENSITIVITY_KINDS as readonly string[]).includes(flag);
const unique = <T>(items: readonly T[]) => [...new Set(items)];

function where(inMessage: boolean, inDraft: boolean, byModel: boolean): string {
  const places = [inMessage && 'the message', inDraft && 'the draft'].filter((place): place is string => place !== false);
  return [places.length > 0 && `in ${places.join(' and ')}`, byModel && 'flagged by the model'].filter(Boolean).join('; ');
}

export function concernLines(evidence: ConcernEvidence, modelFlags: readonly string[]): string[] {
  const flagged = new Set(modelFlags);
  const lines = SENSITIVITY_KINDS.flatMap((kind) => {
    const customer = evidence.customer.filter((finding) => finding.kind === kind);
    const draft = evidence.draft.filter((finding) => finding.kind === kind);
    if (customer.length === 0 && draft.length === 0 && !flagged.has(kind)) return [];
    const topics = unique([...customer, ...draft].map((finding) => finding.topic));
    const about = topics.length > 0 ? `${CONCERN_LABELS[kind]}: ${topics.join(', ')}` : CONCERN_LABELS[kind];
    return [`${about} — ${where(customer.length > 0, draft.length > 0, flagged.has(kind))}`];
  });
  const claims = unique(evidence.claims.map((claim) => `${claim.kind} “${claim.text}”`));
  if (claims.length > 0) lines.push(`Not backed by the conversation or memory: ${claims.join(', ')}`);
  // A flag outside the known kinds still says the model was worried.
  for (const flag of unique(modelFlags.filter((flag) => !isKind(flag)))) lines.push(`Flagged by the model: ${flag}`);
  return lines;
}
