import type { EditKind } from '../db';

export interface EditClassification {
  /** 'none' when the approved text is the draft (whitespace aside). */
  kind: EditKind | 'none';
  reasons: string[];
}

const FACT_PATTERNS: { label: string; pattern: RegExp }[] = [
  { label: 'number', pattern: /\d+(?:[.,]\d+)*/g },
  { label: 'link', pattern: /https?:\/\/\S+/gi },
  { label: 'email address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
];

function facts(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0]).sort();
}

/** Cosmetic or substantive, with the reasons: a deterministic, explainable judgement. */
export function classifyEdit(draft: string, approved: string): EditClassification {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (squeeze(draft) === squeeze(approved)) return { kind: 'none', reasons: [] };
  const reasons = FACT_PATTERNS.flatMap(({ label, pattern }) => {
    const before = facts(draft, pattern);
    const after = facts(approved, pattern);
    return before.join('\u0000') === after.join('\u0000') ? [] : [`${label} changed: ${before.join(', ') || '—'} → ${after.join(', ') || '—'}`];
  });
  return reasons.length > 0 ? { kind: 'substantive', reasons } : { kind: 'cosmetic', reasons: ['wording or format changed'] };
}
