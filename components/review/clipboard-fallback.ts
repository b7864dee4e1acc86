import { i18n } from '@/utils/i18n';
import { refused, type ActionResult } from '@/utils/messaging/messages';

/**
 * When the reply box did not take the reply, the reply is never lost: it goes to the clipboard
 * (the draft also stays in the panel), and the agent is told how to paste it.
 */
export async function copyWhenNotInserted(result: ActionResult, text: string, clipboard: Pick<Clipboard, 'writeText'>): Promise<ActionResult> {
  if (result.ok || result.fallback !== 'clipboard') return result;
  try {
    await clipboard.writeText(text);
    return refused(i18n.t('workerRefusals.copiedInstead', { reason: result.reason }));
  } catch {
    return refused(i18n.t('workerRefusals.copyFailedToo', { reason: result.reason }));
  }
}
