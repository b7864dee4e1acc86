/**
 * Which past replies go into the prompt as few-shot examples: the most
 * similar corrections first (they show what the team fixes), then replies
 * approved as they were (they show what the team accepts), within a token
 * budget, each once, each with where it came from. Pure.
 */
import type { EditKind } from '../storage/db';
import { describeDraftProblems } from './edits/draft-problems';
import { wordsOf } from './embedding/offline/text-normalisation';

export { describeDraftProblems } from './edits/draft-problems';

export interface CorrectionCandidate {
  kind: 'correction';
  /** The correction's id. */
  id: string;
  /** Cosine similarity of its customer message to the new one. */
  similarity: number;
  customerMessage: string;
  draftText: string;
  approvedText: string;
  editKind: EditKind;
  editReasons: readonly string[];
  author: string;
}

export interface ApprovedCandidate {
  kind: 'approved';
  /** The review's id. */
  id: string;
  similarity: number;
  customerMessage: string;
  approvedText: string;
}

export type ExampleCandidate = CorrectionCandidate | ApprovedCandidate;

export interface ExampleSelectionOptions {
  /** At most this many examples. */
  k: number;
  /** Less similar candidates would teach the model about other questions. */
  minSimilarity: number;
  /** The examples' share of the prompt, in estimated tokens. */
  tokenBudget: number;
}

export interface ExampleProvenance {
  kind: 'correction' | 'approved';
  id: string;
  similarity: number;
}

export interface ChosenExample {
  customerMessage: string;
  approvedReply: string;
  /** For a correction, what was wrong in the draft, in words; null for a reply approved as it was. */
  draftProblems: string | null;
  /** Who made the correction; null for a reply approved as it was. */
  author: string | null;
  /** Its estimated cost in the prompt. */
  tokens: number;
  provenance: ExampleProvenance;
}

/** The usual estimate of four characters per token: close enough to budget a prompt. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The tags that wrap each example in the prompt. */
export const EXAMPLE_OVERHEAD_TOKENS = 16;

/** Replies this alike (by shared words) teach the model nothing new the second time. */
const NEAR_IDENTICAL_OVERLAP = 0.9;

function wordSet(text: string): Set<string> {
  return new Set(wordsOf(text));
}

function nearIdentical(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared) >= NEAR_IDENTICAL_OVERLAP;
}

function toExample(candidate: ExampleCandidate): ChosenExample {
  const draftProblems = candidate.kind === 'correction' ? describeDraftProblems(candidate) : null;
  return {
    customerMessage: candidate.customerMessage,
    approvedReply: candidate.approvedText,
    draftProblems,
    author: candidate.kind === 'correction' ? candidate.author : null,
    tokens: estimateTokens(candidate.customerMessage + candidate.approvedText + (draftProblems ?? '')) + EXAMPLE_OVERHEAD_TOKENS,
    provenance: { kind: candidate.kind, id: candidate.id, similarity: candidate.similarity },
  };
}

/** Most similar first; ties by id, so the choice never depends on input order. */
function bySimilarity(a: ExampleCandidate, b: ExampleCandidate): number {
  return b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Corrections first, most similar first, then approved-as-is replies; a
 * candidate that does not fit the remaining budget is passed over for a
 * smaller one, so the budget is never exceeded.
 */
export function chooseExamples(candidates: readonly ExampleCandidate[], options: ExampleSelectionOptions): ChosenExample[] {
  const eligible = candidates.filter((candidate) => Number.isFinite(candidate.similarity) && candidate.similarity >= options.minSimilarity);
  const ordered = [
    ...eligible.filter((candidate) => candidate.kind === 'correction').sort(bySimilarity),
    ...eligible.filter((candidate) => candidate.kind === 'approved').sort(bySimilarity),
  ];
  const chosen: ChosenExample[] = [];
  const chosenReplies: Set<string>[] = [];
  let remaining = options.tokenBudget;
  for (const candidate of ordered) {
    if (chosen.length >= options.k) break;
    const reply = wordSet(candidate.approvedText);
    if (chosenReplies.some((other) => nearIdentical(reply, other))) continue;
    const example = toExample(candidate);
    if (example.tokens > remaining) continue;
    chosen.push(example);
    chosenReplies.push(reply);
    remaining -= example.tokens;
  }
  return chosen;
}
