import type { ReplyLoopDatabase } from '../storage/db';
import type { PromptExample, PromptKnowledge } from '../draft/prompt';
import type { CorrectionMemory, MemoryMatch } from './correction-memory';
import { chooseExamples, type ExampleCandidate } from './examples';

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
  /** The same per category of the human-approved reply: routing asks it of the draft's own category. */
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
}

async function candidatesFrom(db: ReplyLoopDatabase, matches: MemoryMatch[]): Promise<CategorisedCandidate[]> {
  const candidates = await Promise.all(
    matches.map(async (match): Promise<CategorisedCandidate | null> => {
      if (match.kind === 'correction') {
        const correction = await db.corrections.get(match.id);
        return correction ? { candidate: { ...correction, kind: 'correction', similarity: match.similarity }, category: correction.category } : null;
      }
      if (match.kind === 'approved') {
        const review = await db.reviews.get(match.id);
        const draft = review && (await db.drafts.get(review.draftId));
        return review?.finalText && draft
          ? {
              candidate: { kind: 'approved', id: review.id, similarity: match.similarity, customerMessage: draft.customerMessage, approvedText: review.finalText },
              category: review.category,
            }
          : null;
      }
      return null;
    }),
  );
  return candidates.filter((candidate) => candidate !== null);
}

function nearestByCategory(candidates: readonly CategorisedCandidate[]): Record<string, number> {
  const nearest: Record<string, number> = {};
  for (const { candidate, category } of candidates) nearest[category] = Math.max(nearest[category] ?? -Infinity, candidate.similarity);
  return nearest;
}

/** The examples and knowledge a draft for this customer message is written with, and where they came from. */
export async function gatherDraftContext(
  db: ReplyLoopDatabase,
  memory: Pick<CorrectionMemory, 'recall'>,
  customerMessage: string,
): Promise<DraftContext> {
  const matches = await memory.recall(customerMessage, { k: CONTEXT_LIMITS.recall });
  const categorised = await candidatesFrom(db, matches);
  const chosen = chooseExamples(categorised.map(({ candidate }) => candidate), {
    k: CONTEXT_LIMITS.examples,
    minSimilarity: CONTEXT_LIMITS.minExampleSimilarity,
    tokenBudget: CONTEXT_LIMITS.exampleTokenBudget,
  });
  const knowledgeMatches = matches
    .filter((match) => match.kind === 'knowledge' && match.similarity >= CONTEXT_LIMITS.minKnowledgeSimilarity)
    .slice(0, CONTEXT_LIMITS.knowledgeChunks);
  const chunks = await db.knowledge.bulkGet(knowledgeMatches.map((match) => match.id));
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
