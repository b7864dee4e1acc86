import { z } from 'zod';

/**
 * Why a draft, a drafting tool or Test connection failed, as a code and the figures the agent's
 * sentence needs, not the sentence itself: a failed draft keeps it in IndexedDB, and the page shows
 * it in the agent's language (model-problem-text.ts), whichever language the worker ran in (#15).
 * `detail` fields carry the endpoint's or the SDK's own words, quoted as they came.
 */
/**
 * Why a model's answer is not the JSON asked for: a code, and the technical part as it came (the
 * answer's first characters, a field's path, the check's words), quoted.
 */
export const ANSWER_PROBLEMS = ['not-json', 'no-reply', 'missing-field', 'invalid-assessment'] as const;
export const answerProblemSchema = z.object({ code: z.enum(ANSWER_PROBLEMS), detail: z.string() });
export type AnswerProblem = z.infer<typeof answerProblemSchema>;

/** The same, for the model's second try: the model reads English instructions whatever the agent's language. */
export function answerProblemForModel(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'not-json':
      return `the answer is not valid JSON: ${problem.detail}`;
    case 'no-reply':
      return `the answer has no reply: ${problem.detail}`;
    case 'missing-field':
      return `the answer lacks ${problem.detail}`;
    case 'invalid-assessment':
      return `the assessment is invalid: ${problem.detail}`;
  }
}

export const modelProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no-api-key') }),
  /** The model answered twice with something that is not the JSON asked for; drafts stored before #15 have no `answer`, and `detail` is the English sentence. */
  z.object({ code: z.literal('unusable-answer'), detail: z.string(), answer: z.enum(ANSWER_PROBLEMS).optional() }),
  z.object({ code: z.literal('key-refused'), status: z.number().int() }),
  z.object({ code: z.literal('rate-limited') }),
  z.object({ code: z.literal('not-found'), detail: z.string() }),
  z.object({ code: z.literal('stalled'), seconds: z.number(), characters: z.number().int() }),
  z.object({ code: z.literal('cut'), characters: z.number().int(), detail: z.string().nullable() }),
  z.object({ code: z.literal('cancelled') }),
  z.object({ code: z.literal('timed-out') }),
  z.object({ code: z.literal('unreachable'), detail: z.string() }),
  z.object({ code: z.literal('server-failed'), status: z.number().int() }),
  z.object({ code: z.literal('endpoint-error'), status: z.number().int().nullable(), detail: z.string() }),
  z.object({ code: z.literal('unreadable-answer'), detail: z.string() }),
  /** IndexedDB refused the draft while it streamed: full, being upgraded, or another failure. */
  z.object({ code: z.literal('storage'), storage: z.enum(['full', 'upgrading', 'not-saved', 'not-saved-streaming']) }),
]);
export type ModelProblem = z.infer<typeof modelProblemSchema>;
export type StorageProblemCode = Extract<ModelProblem, { code: 'storage' }>['storage'];

export const DRAFT_ERROR_KINDS = ['no-api-key', 'auth', 'rate-limit', 'server', 'network', 'bad-response', 'cancelled', 'storage'] as const;
export type DraftErrorKind = (typeof DRAFT_ERROR_KINDS)[number];

/**
 * A failed draft's error as stored. Drafts stored before #15 carry the English sentence
 * (`message`); they are still shown as they are.
 */
export const draftErrorSchema = z.union([
  z.object({ kind: z.enum(DRAFT_ERROR_KINDS), problem: modelProblemSchema }),
  z.object({ kind: z.enum(DRAFT_ERROR_KINDS), message: z.string() }),
]);
export type DraftError = z.infer<typeof draftErrorSchema>;

/** Test connection's outcome (options and the welcome page). */
export type ConnectionCheck =
  | { ok: true; code: 'connected'; baseURL: string; model: string; models: string[] }
  | { ok: false; code: 'model-not-listed'; baseURL: string; model: string; models: string[] }
  | { ok: false; code: 'failed'; problem: ModelProblem; models: [] };
