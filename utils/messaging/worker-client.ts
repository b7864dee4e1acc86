import { browser } from 'wxt/browser';
import { actionResultSchema, refused, type ActionResult, type PageToWorker } from './messages';

/** Sends a decision from an extension page to the worker and reads its answer. */
export async function askWorker(message: PageToWorker): Promise<ActionResult> {
  try {
    const answer = actionResultSchema.safeParse(await browser.runtime.sendMessage(message));
    return answer.success ? answer.data : refused('ReplyLoop gave an unexpected answer. Try again.');
  } catch (error) {
    return refused(`ReplyLoop's background worker did not answer (${error instanceof Error ? error.message : String(error)}). Try again.`);
  }
}
