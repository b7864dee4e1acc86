import type { ActionResult } from '../messaging/action-result';
import { isolatedWorldSlot } from '../page/isolated-world-slot';
import type { ComposerTab } from './handle-request';

/**
 * What a helpdesk content script does with a composer request: validate it, check the tab still
 * shows its conversation, insert the approved reply, show the undo countdown. They run only after
 * an Approve, so they are not in the content scripts every helpdesk page loads (#14: ≤ 10 KB):
 * the worker injects entrypoints/composer-actions.ts into the tab just before it asks for an
 * insertion, and that script lends them through this slot.
 */
export interface ComposerActions {
  /** handle-request.ts: undefined for a message that is not a valid request. */
  handle(message: unknown, tab: ComposerTab): Promise<ActionResult | undefined>;
}

const slot = isolatedWorldSlot<ComposerActions>('composer-actions');

export function lendComposerActions(actions: ComposerActions): void {
  slot.lend(actions);
}

/** The lent actions, or undefined if the worker's injection has not run in this frame. */
export function composerActions(): ComposerActions | undefined {
  return slot.get();
}
