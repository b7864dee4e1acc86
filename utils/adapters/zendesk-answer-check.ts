import { browser } from 'wxt/browser';
import { actionAnswerSchema } from '../messaging/content-messages';
import type { ContentToWorker } from '../messaging/messages';
import type { AnswerCheck, ZendeskAnswerChecks } from './zendesk-api';

/**
 * In the Zendesk tab: the API answers it fetched are checked by the worker, which holds their
 * zod schemas (./zendesk-api-schemas.ts) for draft-ahead anyway, so the content script that
 * loads on every agent page does not carry them (#14). The worker checks the very value the
 * tab then uses (a message carries a copy of plain JSON); only its verdict comes back, and of
 * that only `ok` is read here: what was wrong the worker logs itself.
 */

function checkedByWorker<T>(answer: keyof ZendeskAnswerChecks): AnswerCheck<T> {
  return async (json) => {
    const verdict = actionAnswerSchema.safeParse(
      await browser.runtime.sendMessage({ type: 'zendesk:check-answer', answer, json } satisfies ContentToWorker).catch(() => null),
    );
    if (verdict.data?.ok) return { ok: true, value: json as T };
    return { ok: false, issue: verdict.success ? 'not its documented shape (see the worker log)' : 'unchecked: no worker' };
  };
}

export const WORKER_CHECKS: ZendeskAnswerChecks = { showTicket: checkedByWorker('showTicket'), listComments: checkedByWorker('listComments') };
