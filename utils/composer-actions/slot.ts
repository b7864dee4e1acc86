import type { ActionResult } from '../messaging/action-result';
import { isolatedWorldSlot } from '../page/isolated-world-slot';
import type { insertReply } from '../insertion/insert-reply';
import type { showUndoCountdown } from '../insertion/undo-countdown';

/**
 * What a helpdesk content script does to the reply box: insert an approved reply, show the undo
 * countdown. They run only after an Approve, so they are not in the content scripts every
 * helpdesk page loads (#14: ≤ 10 KB): the worker injects entrypoints/composer-actions.ts into the
 * tab just before it asks for an insertion, and that script lends them through this slot.
 */
export interface ComposerActions {
  /** insertReply, its outcome in the agent's words (explain.ts). */
  insertReply: (...request: Parameters<typeof insertReply>) => Promise<ActionResult>;
  showUndoCountdown: typeof showUndoCountdown;
}

const slot = isolatedWorldSlot<ComposerActions>('composer-actions');

export function lendComposerActions(actions: ComposerActions): void {
  slot.lend(actions);
}

/** The lent actions, or undefined if the worker's injection has not run in this frame. */
export function composerActions(): ComposerActions | undefined {
  return slot.get();
}
