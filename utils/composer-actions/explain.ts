import { i18n } from '@/utils/i18n';
import { OK, type ActionResult } from '../messaging/action-result';
import type { InsertionResult } from '../insertion/insert-reply';

/**
 * An insertion's outcome in the agent's words. When the reply box did not take the whole reply,
 * the panel copies the reply to the clipboard instead (#11), so nothing the agent approved is lost.
 */
export function explainInsertion(result: InsertionResult): ActionResult {
  if (result.ok) return OK;
  switch (result.problem) {
    case 'no-selection':
      return { ok: false, reason: i18n.t('insertion.selectFirst') };
    case 'taken-otherwise':
      return { ok: false, reason: i18n.t('insertion.takenOtherwise'), fallback: 'clipboard' };
    case 'not-taken':
      return { ok: false, reason: i18n.t('insertion.notTaken'), fallback: 'clipboard' };
  }
}
