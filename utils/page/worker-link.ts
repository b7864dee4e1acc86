import { browser } from 'wxt/browser';
import type { ExtensionContext } from './content-context';

/** The port's name; the worker keeps ports by this name open (entrypoints/background.ts). */
export const WORKER_LINK_PORT = 'replyloop:content-link';

/**
 * A port to the worker, used only to learn when the worker's side ends. Two
 * reasons look the same from here: the MV3 worker stopped (the runtime is
 * still there: the next report must wake it, so `onWorkerStopped` forgets what
 * was sent), or the extension is gone (the runtime id is gone too, and the
 * context invalidates itself when asked). Only the extension can end the port;
 * a page cannot see or touch it.
 */
export function watchWorker(ctx: ExtensionContext, onWorkerStopped: () => void): { ensureLinked(): void } {
  let linked = false;
  function ensureLinked(): void {
    if (linked || !ctx.isValid) return;
    try {
      const port = browser.runtime.connect({ name: WORKER_LINK_PORT });
      linked = true;
      port.onDisconnect.addListener(() => {
        linked = false;
        // Reading isValid checks the runtime: an orphaned script stops here.
        if (ctx.isValid) onWorkerStopped();
      });
    } catch {
      // connect throws only when the extension is gone; isValid says so from now on.
      linked = false;
    }
  }
  ensureLinked();
  return { ensureLinked };
}
