import { browser } from 'wxt/browser';

/** The built entrypoints/composer-actions.ts. */
export const COMPOSER_ACTIONS_FILE = '/composer-actions.js';

/**
 * Lends the tab's content script its composer actions (./slot.ts) before the worker asks it to
 * insert. Same frame as the helpdesk content scripts (top frame only), same isolated world.
 */
export async function injectComposerActions(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [COMPOSER_ACTIONS_FILE] });
}
