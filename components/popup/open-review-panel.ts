import { browser } from 'wxt/browser';

/**
 * Opens the review panel in a window (Chrome's side panel, Firefox's sidebar). Call it straight
 * from a click, with nothing awaited before: both browsers open a panel only within the user gesture.
 */
export function openReviewPanel(windowId: number): Promise<void> {
  if (import.meta.env.FIREFOX) return (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  return browser.sidePanel.open({ windowId });
}
