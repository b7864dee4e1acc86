import { refused, type ActionResult } from '@/utils/messaging/messages';

/**
 * When the reply box did not take the reply, the reply is never lost: it goes to the clipboard
 * (the draft also stays in the panel), and the agent is told how to paste it.
 */
export async function copyWhenNotInserted(result: ActionResult, text: string, clipboard: Pick<Clipboard, 'writeText'>): Promise<ActionResult> {
  if (result.ok || result.fallback !== 'clipboard') return result;
  try {
    await clipboard.writeText(text);
    return refused(`${result.reason} Copied to the clipboard; paste with Ctrl+V.`);
  } catch {
    return refused(`${result.reason} Copying it failed too: select the reply here and copy it by hand.`);
  }
}
