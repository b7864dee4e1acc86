import type { StoredReason } from './reasons';

/**
 * Issue 13: an approved reply is evidence that a similar new message is
 * routine only if the message it answered was routine itself. A reply a human
 * approved after it went to review for a concern (money, a data change,
 * personal data…) says the team handled that concern, not that the next such
 * message may act alone. So each review and correction stores the concerns its
 * draft was routed with, and the routine-evidence gate reads them.
 */

/** Reason codes that are concerns in themselves (routeDraft's mustReview); 'concern' is stored by its kind. */
const CONCERN_CODES: ReadonlySet<string> = new Set(['unbacked-claims', 'model-flag', 'confidence-invalid']);

/**
 * The concerns a draft was routed with, as kinds and codes ('money',
 * 'unbacked-claims'); empty when it had none. Null when that cannot be told:
 * a draft never routed, or routed before #15 with reasons as sentences.
 */
export function concernsOf(draft: { route: string | null; reasons: readonly StoredReason[] }): string[] | null {
  if (draft.route === null || draft.reasons.some((reason) => typeof reason === 'string')) return null;
  const concerns = draft.reasons.flatMap((reason) => {
    if (typeof reason === 'string') return []; // ruled out above; narrows the type
    if (reason.code === 'concern') return [reason.kind];
    return CONCERN_CODES.has(reason.code) ? [reason.code] : [];
  });
  return [...new Set(concerns)];
}

/** The `concerns` field a review or correction stores for this draft: left out when unknown. */
export function concernsField(draft: Parameters<typeof concernsOf>[0]): { concerns?: string[] } {
  const concerns = concernsOf(draft);
  return concerns ? { concerns } : {};
}

/**
 * Whether a stored reply counts as evidence of routine. Fail closed: a record
 * whose concerns are unknown (absent: written before this field and not
 * recoverable from its draft, or imported from an older file) does not count.
 */
export function isRoutineEvidence(record: { concerns?: readonly string[] }): boolean {
  return record.concerns !== undefined && record.concerns.length === 0;
}
