import type { browser } from 'wxt/browser';

declare global {
  /** Code passed to Playwright's worker.evaluate runs in the extension's worker, where `chrome` is the API. */
  const chrome: typeof browser;
}
