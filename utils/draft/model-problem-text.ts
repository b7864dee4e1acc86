import { browser } from 'wxt/browser';
import { i18n } from '@/utils/i18n';
import { draftErrorSchema, type AnswerProblem, type ConnectionCheck, type ModelProblem, type StorageProblemCode } from './model-problem';

/** A model, stream or storage problem in the reader's language, with what to do about it. */
export function modelProblemText(problem: ModelProblem): string {
  switch (problem.code) {
    case 'no-api-key':
      return i18n.t('modelProblems.noApiKey');
    case 'unusable-answer':
      // Stored before #15: the detail is the whole English sentence.
      return i18n.t('modelProblems.unusableAnswer', { detail: problem.answer ? answerProblemText(problem.answer, problem.detail) : problem.detail });
    case 'key-refused':
      return i18n.t('modelProblems.keyRefused', { status: problem.status });
    case 'rate-limited':
      return i18n.t('modelProblems.rateLimited');
    case 'not-found':
      return i18n.t('modelProblems.notFound', { detail: problem.detail });
    case 'stalled':
      return i18n.t('modelProblems.stalled', { seconds: problem.seconds, characters: count(problem.characters) });
    case 'cut':
      return i18n.t('modelProblems.cut', { characters: count(problem.characters), detail: problem.detail ?? i18n.t('modelProblems.noReason') });
    case 'cancelled':
      return i18n.t('modelProblems.cancelled');
    case 'timed-out':
      return i18n.t('modelProblems.timedOut');
    case 'unreachable':
      return i18n.t('modelProblems.unreachable', { detail: problem.detail });
    case 'server-failed':
      return i18n.t('modelProblems.serverFailed', { status: problem.status });
    case 'endpoint-error':
      return problem.status === null ? i18n.t('modelProblems.endpointError', { detail: problem.detail }) : i18n.t('modelProblems.endpointAnswered', { status: problem.status, detail: problem.detail });
    case 'unreadable-answer':
      return i18n.t('modelProblems.unreadableAnswer', { detail: problem.detail });
    case 'storage':
      return i18n.t('storage.stoppedMidAnswer', { problem: storageProblemText(problem.storage) });
  }
}

function answerProblemText(code: AnswerProblem['code'], detail: string): string {
  switch (code) {
    case 'not-json':
      return i18n.t('answerProblems.notJson', { detail });
    case 'no-reply':
      return i18n.t('answerProblems.noReply', { detail });
    case 'missing-field':
      return i18n.t('answerProblems.missingField', { detail });
    case 'invalid-assessment':
      return i18n.t('answerProblems.invalidAssessment', { detail });
  }
}

export function storageProblemText(code: StorageProblemCode): string {
  switch (code) {
    case 'full':
      return i18n.t('storage.full');
    case 'upgrading':
      return i18n.t('storage.upgrading');
    case 'not-saved':
      return i18n.t('storage.draftNotSaved');
    case 'not-saved-streaming':
      return i18n.t('modelProblems.notSavedWhileStreaming');
  }
}

/**
 * A failed draft's stored error in words: its problem in the reader's language, or, for a draft
 * stored before problems had codes, the sentence it was stored with. Anything else (a hand-edited
 * or damaged row) still says the draft failed rather than showing nothing.
 */
export function draftErrorText(stored: unknown): string {
  const error = draftErrorSchema.safeParse(stored);
  if (!error.success) return i18n.t('modelProblems.unknown');
  return 'problem' in error.data ? modelProblemText(error.data.problem) : error.data.message;
}

/** Test connection's outcome in words. */
export function connectionCheckText(check: ConnectionCheck): string {
  switch (check.code) {
    case 'connected':
      return i18n.t('modelProblems.connected', { url: check.baseURL, model: check.model });
    case 'model-not-listed':
      return i18n.t('modelProblems.modelNotListed', { url: check.baseURL, model: check.model, models: check.models.slice(0, 10).join(', ') });
    case 'failed':
      return modelProblemText(check.problem);
  }
}

/** Numbers grouped as the browser's language groups them (1,203 / 1.203). */
const count = (value: number) => value.toLocaleString(browser.i18n.getUILanguage());
