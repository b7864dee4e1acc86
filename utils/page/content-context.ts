/**
 * How long a content script lives, decided by the extension alone (#19).
 *
 * WXT's ContentScriptContext announces each start to the page (a postMessage
 * carrying the extension id and an event name) and stops when a
 * `…:wxt:content-script-started` event reaches the document: any page script
 * can dispatch that event and switch ReplyLoop off in the tab. This context
 * sends nothing to the page and listens to nothing the page can dispatch: it
 * ends only when the extension's runtime is gone (the extension was reloaded,
 * updated or removed, which orphans this script).
 */
export interface ExtensionContext {
  /** Aborted once, when the extension is gone. */
  readonly signal: AbortSignal;
  /** False from the moment the extension is gone (checked on each call). */
  readonly isValid: boolean;
  onInvalidated(callback: () => void): void;
  /** window.setTimeout that never fires after invalidation. */
  setTimeout(handler: () => void, ms: number): number;
}

/** The part of `browser.runtime` this needs: its id disappears when the script is orphaned. */
export interface RuntimeIdentity {
  readonly id?: string;
}

export function createExtensionContext(runtime: RuntimeIdentity): ExtensionContext {
  const controller = new AbortController();
  const checkRuntime = () => {
    if (!controller.signal.aborted && !runtime.id) controller.abort(new Error('the extension was reloaded or removed'));
    return !controller.signal.aborted;
  };
  return {
    signal: controller.signal,
    get isValid() {
      return checkRuntime();
    },
    onInvalidated(callback) {
      if (controller.signal.aborted) callback();
      else controller.signal.addEventListener('abort', callback, { once: true });
    },
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => {
        if (checkRuntime()) handler();
      }, ms);
      controller.signal.addEventListener('abort', () => window.clearTimeout(id), { once: true });
      return id;
    },
  };
}
