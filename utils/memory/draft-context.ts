import type { KnowledgeRecord, ReplyLoopDatabase } from '../storage/db';
import type { PromptExample, PromptKnowledge } from '../draft/prompt';
import type { CorrectionMemory, MemoryMatch } from './correction-memory';
import { chooseExamples, type ExampleCandidate } from './examples';
import { isRoutineEvidence } from '../autonomy/routine-evidence';
import type { PipelineMarker } from '../metrics/pipeline-trace';

/** Where a draft's context came from: shown in the panel as "Shaped by N past corrections". */
export interface ProvenanceEntry {
  kind: 'correction' | 'approved' | 'knowledge';
  id: string;
  similarity: number;
}

export interface DraftContext {
  examples: PromptExample[];
  knowledge: PromptKnowledge[];
  provenance: ProvenanceEntry[];
  /** How close the nearest known customer message is: low means a new type of question. */
  nearestKnownSimilarity: number | null;
  /**
   * The same per category of the human-approved reply, over routine replies only (#13): one approved after
   * review for a concern is no evidence the next similar message is routine. Routing asks it of the draft's own category.
   */
  nearestKnownByCategory: Record<string, number>;
}

export const CONTEXT_LIMITS = {
  /** Memory entries considered per draft. */
  recall: 16,
  examples: 4,
  /** Below this an example is about another question (offline embedder scale). */
  minExampleSimilarity: 0.35,
  exampleTokenBudget: 1_500,
  knowledgeChunks: 3,
  minKnowledgeSimilarity: 0.25,
};

interface CategorisedCandidate {
  candidate: ExampleCandidate;
  /** The category the human-approved reply was filed under. */
  category: string;
  /** Its message was known to have no concern: only then is it evidence of routine (#13). */
  routine: boolean;
}

/**
 * The matched entries' records: one bulk read per kind that matched, at once,
 * and none for a kind that did not (#14). Each read is a transaction of its
 * own, over only the tables it needs: a read that also spanned `drafts` would
 * wait behind the draft rows being written meanwhile.
 */
async function recordsOf(db: ReplyLoopDatabase, matches: MemoryMatch[], knowledgeMatches: MemoryMatch[]): Promise<{ candidates: CategorisedCandidate[]; chunks: (KnowledgeRecord | undefined)[] }> {
  const ids = (kind: MemoryMatch['kind']) => matches.filter((match) => match.kind === kind);
  const [correctionMatches, approvedMatches] = [ids('correction'), ids('approved')];
  const bulkGet = <T>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> }, of: MemoryMatch[]) => (of.length === 0 ? Promise.resolve([]) : table.bulkGet(of.map((match) => match.id)));
  const [corrections, { reviews, drafts }, chunks] = await Promise.all([
    bulkGet(db.corrections, correctionMatches),
    // A review and the draft it approved are read together, so they agree.
    approvedMatches.length === 0
      ? { reviews: [], drafts: [] }
      : db.transaction('r', [db.reviews, db.drafts], async () => {
          const reviews = await bulkGet(db.reviews, approvedMatches);
          return { reviews, drafts: await db.drafts.bulkGet(reviews.map((review) => review?.draftId ?? '')) };
        }),
    bulkGet(db.knowledge, knowledgeMatches),
  ]);
  const byKey = new Map<string, CategorisedCandidate>();
  correctionMatches.forEach((match, at) => {
    const correction = corrections[at];
    if (correction) byKey.set(`correction:${match.id}`, { candidate: { ...correction, kind: 'correction', similarity: match.similarity }, category: correction.category, routine: isRoutineEvidence(correction) });
  });
  approvedMatches.forEach((match, at) => {
    const [review, draft] = [reviews[at], drafts[at]];
    if (review?.finalText && draft) {
      byKey.set(`approved:${match.id}`, {
        candidate: { kind: 'approved', id: review.id, similarity: match.similarity, customerMessage: draft.customerMessage, approvedText: review.finalText },
        category: review.category,
        routine: isRoutineEvidence(review),
      });
    }
  });
  // In the order memory ranked them.
  return { candidates: matches.flatMap((match) => byKey.get(`${match.kind}:${match.id}`) ?? []), chunks };
}

function nearestByCategory(candidates: readonly CategorisedCandidate[]): Record<string, number> {
  const nearest: Record<string, number> = {};
  for (const { candidate, category, routine } of candidates) if (routine) nearest[category] = Math.max(nearest[category] ?? -Infinity, candidate.similarity);
  return nearest;
}

/** The examples and knowledge a draft for this customer message is written with, and where they came from. */
export async function gatherDraftContext(
  db: ReplyLoopDatabase,
  memory: Pick<CorrectionMemory, 'recall'>,
  customerMessage: string,
  /** The pipeline bench's stage marks, from the recall to the examples chosen. */
  mark: PipelineMarker = () => undefined,
): Promise<DraftContext> {
  const matches = await memory.recall(customerMessage, { k: CONTEXT_LIMITS.recall, mark });
  mark('recall-matched');
  const knowledgeMatches = matches
    .filter((match) => match.kind === 'knowledge' && match.similarity >= CONTEXT_LIMITS.minKnowledgeSimilarity)
    .slice(0, CONTEXT_LIMITS.knowledgeChunks);
  const { candidates: categorised, chunks } = await recordsOf(db, matches, knowledgeMatches);
  mark('records-read');
  const chosen = chooseExamples(categorised.map(({ candidate }) => candidate), {
    k: CONTEXT_LIMITS.examples,
    minSimilarity: CONTEXT_LIMITS.minExampleSimilarity,
    tokenBudget: CONTEXT_LIMITS.exampleTokenBudget,
  });
  const known = matches.filter((match) => match.kind !== 'knowledge');

  return {
    examples: chosen.map((example) => ({
      customerMessage: example.customerMessage,
      approvedReply: example.approvedReply,
      ...(example.draftProblems ? { whatWasWrong: example.draftProblems } : {}),
    })),
    knowledge: chunks.flatMap((chunk) => (chunk ? [{ title: chunk.title, url: chunk.sourceUrl, text: chunk.text }] : [])),
    provenance: [
      ...chosen.map((example) => example.provenance),
      ...knowledgeMatches.filter((_, at) => chunks[at]).map(({ kind, id, similarity }) => ({ kind, id, similarity })),
    ],
    nearestKnownSimilarity: known.length > 0 ? Math.max(...known.map((match) => match.similarity)) : null,
    nearestKnownByCategory: nearestByCategory(categorised),
  };
}
