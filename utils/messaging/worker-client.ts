import { i18n } from '@/utils/i18n';
import { browser } from 'wxt/browser';
import { actionResultSchema, refused, type ActionResult, type PageToWorker } from './messages';

/** Sends a decision from an extension page to the worker and reads its answer. */
export async function askWorker(message: PageToWorker): Promise<ActionResult> {
  try {
    const answer = actionResultSchema.safeParse(await browser.runtime.sendMessage(message));
    return answer.success ? answer.data : refused(i18n.t('workerRefusals.unexpectedAnswer'));
  } catch (error) {
    return refused(i18n.t('workerRefusals.workerSilent', { error: error instanceof Error ? error.message : String(error) }));
  }
}
