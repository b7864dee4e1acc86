import type { ExtensionContext } from './content-context';

/** Polling interval where the Navigation API is missing (Firefox before 147). */
const POLL_MS = 1_000;

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls `onChange` after the page's URL changed (SPA navigation, hash
 * routes), for as long as the extension context lives. Replaces WXT's
 * `wxt:locationchange`, which is a window event named after the extension id:
 * the page could see it, and forge it.
 *
 * The URL is read from `location` each time, never from the event, so an
 * event a page script dispatches can at most cause one more (truthful) read.
 */
export function watchLocation(ctx: ExtensionContext, onChange: () => void): void {
  let lastUrl = location.href;
  const check = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Fires once the URL is the new one (pushState, replaceState, hash routes); `navigate` fires before it changes.
    navigation.addEventListener('currententrychange', check, { signal: ctx.signal });
    return;
  }
  const poll = () => {
    check();
    ctx.setTimeout(poll, POLL_MS);
  };
  ctx.setTimeout(poll, POLL_MS);
}
