import { z } from 'zod';
import { findCategory, type CategorySettings } from './categories';
import { SENSITIVITY_KINDS } from './sensitivity/sensitivity';
import type { AnswerProblem } from '../draft/model-problem';

/**
 * What the model says about its own draft, as structured output: the
 * category, how sure it is, and what it thinks is sensitive. It crosses the
 * model boundary, so it is validated, and a category the taxonomy does not
 * know lands in “other” rather than failing the draft.
 */
export const draftAssessmentSchema = z.object({
  category: z.string().trim().min(1, 'category is empty').max(40, 'category is longer than 40 characters'),
  confidence: z.number().min(0, 'confidence must be between 0 and 1').max(1, 'confidence must be between 0 and 1'),
  flags: z.array(z.enum(SENSITIVITY_KINDS)).max(SENSITIVITY_KINDS.length).default([]),
});
export type DraftAssessment = z.infer<typeof draftAssessmentSchema>;

export type AssessmentResult = { ok: true; assessment: DraftAssessment } | { ok: false; error: AnswerProblem };

export function parseDraftAssessment(raw: unknown, taxonomy: readonly CategorySettings[]): AssessmentResult {
  const parsed = draftAssessmentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-assessment', detail: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ') } };
  }
  const category = findCategory(taxonomy, parsed.data.category.toLowerCase()).id;
  return { ok: true, assessment: { ...parsed.data, category, flags: [...new Set(parsed.data.flags)] } };
}
