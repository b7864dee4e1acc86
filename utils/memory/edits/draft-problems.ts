/**
 * "What was wrong in the draft", for a correction shown to the model as an
 * example: its edit reasons (edit-classification.ts) read as plain
 * sentences about the draft. Reasons in another form, such as those stored
 * by older versions, are passed through as they are.
 */
import type { EditKind } from '../../storage/db';

/** Each pattern's groups fill its sentence; the first that matches wins. */
const READINGS: { pattern: RegExp; read: (...groups: string[]) => string }[] = [
  { pattern: /^negation added: (.+)$/s, read: (sentence) => `it did not refuse where the approved reply does: ${sentence}` },
  { pattern: /^negation removed: (.+)$/s, read: (sentence) => `it refused where the approved reply does not: ${sentence}` },
  { pattern: /^claim added: (.+)$/s, read: (sentence) => `it left out: ${sentence}` },
  { pattern: /^claim removed: (.+)$/s, read: (sentence) => `it said something the approved reply drops: ${sentence}` },
  { pattern: /^content added: (.+?) in (.+)$/s, read: (words, sentence) => `it left out ${words}, as in ${sentence}` },
  { pattern: /^content removed: (.+?) from (.+)$/s, read: (words, sentence) => `it said ${words}, which the approved reply drops from ${sentence}` },
  { pattern: /^content changed: (.+?) → (.+?) in (.+)$/s, read: (before, after, sentence) => `it said ${before} where the approved reply says ${after}: ${sentence}` },
  { pattern: /^(.+?) changed: (.+?) → (.+)$/s, read: (kind, before, after) => `its ${kind} was ${before}; the approved reply says ${after}` },
  { pattern: /^(.+?) added: (.+)$/s, read: (kind, value) => `it left out the ${kind} ${value}` },
  { pattern: /^(.+?) removed: (.+)$/s, read: (kind, value) => `it gave the ${kind} ${value}, which the approved reply drops` },
];

function read(reason: string): string {
  for (const { pattern, read: sentence } of READINGS) {
    const match = reason.match(pattern);
    if (match) return sentence(...match.slice(1).map((group) => group ?? ''));
  }
  return reason;
}

/** One line per problem ("- Its amount was $89.00; the approved reply says $98.00"), or one line for a cosmetic edit. */
export function describeDraftProblems(correction: { editKind: EditKind; editReasons: readonly string[] }): string {
  if (correction.editKind === 'cosmetic') {
    const details = correction.editReasons.length > 0 ? ` (${correction.editReasons.join('; ')})` : '';
    return `Its facts were right; the team only changed wording or tone${details}.`;
  }
  if (correction.editReasons.length === 0) return 'The team corrected what it said.';
  return correction.editReasons.map((reason) => `- ${capitalise(read(reason))}`).join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
