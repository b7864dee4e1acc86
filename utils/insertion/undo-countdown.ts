import { i18n } from '@/utils/i18n';
import { invisibilityReason, type StyleFacts, type VisibilityFacts } from './visibility-check';

/**
 * The visible undo countdown before ReplyLoop sends a reply on its own: a
 * small bar in the helpdesk page with a Cancel button. Its shadow root is
 * closed, so page scripts cannot read, restyle or click inside it; it sits in
 * the top layer (a popover) above the page's own stacking. What a page can
 * still do to its host (hide, shrink, cover, remove it) is checked while it
 * counts down: the reply is sent only if the agent could see the countdown
 * all along; otherwise the countdown stops and the reply stays inserted (#19).
 */
export interface UndoCountdownHandlers {
  onSend(): void;
  onCancel(): void;
  /** The countdown stopped because the agent could not see it; the reason, in words. */
  onHidden(reason: string): void;
}

/** How often visibility is checked between the browser's own reports. */
const CHECK_INTERVAL_MS = 200;
/** The browser must confirm the countdown is visible this soon after it appears. */
const FIRST_SIGHT_MS = 2_000;
/** IntersectionObserver v2 reports at most this often (its minimum is 100). */
const OBSERVER_DELAY_MS = 100;

const STYLE = `
  div { position: fixed; inset: auto auto 16px 50%; margin: 0; transform: translateX(-50%);
        display: flex; gap: 12px; align-items: center; padding: 10px 16px; border: 0; border-radius: 8px;
        background: #1f2937; color: #fff; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px #0004; z-index: 2147483647; }
  button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 0; background: #fff; color: #1f2937; cursor: pointer; }`;

export function showUndoCountdown(document: Document, seconds: number, handlers: UndoCountdownHandlers): void {
  const window = document.defaultView!;
  const host = document.createElement('replyloop-undo-countdown');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const bar = document.createElement('div');
  bar.setAttribute('role', 'status');
  const label = document.createElement('span');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = i18n.t('countdown.cancel');
  bar.append(label, cancel);
  root.append(style, bar);
  document.body.append(host);
  if (typeof bar.showPopover === 'function') {
    bar.popover = 'manual';
    bar.showPopover();
  }

  let observerVisible: boolean | null = null;
  /** IntersectionObserver v2 (Chromium): not in TypeScript's DOM types. */
  type EntryV2 = IntersectionObserverEntry & { isVisible?: boolean };
  const supportsV2 = 'isVisible' in window.IntersectionObserverEntry.prototype;
  const observer = new window.IntersectionObserver(
    (entries) => {
      for (const entry of entries as EntryV2[]) observerVisible = supportsV2 ? entry.isVisible === true : entry.isIntersecting && entry.intersectionRatio >= 0.99;
      check();
    },
    // trackVisibility: occlusion, opacity, filters and transforms, computed by the browser (Chromium).
    { threshold: 1, ...(supportsV2 ? { trackVisibility: true, delay: OBSERVER_DELAY_MS } : {}) } as IntersectionObserverInit,
  );
  observer.observe(bar);

  const shownAt = Date.now();
  let remainingMs = seconds * 1_000;
  let lastTick = Date.now();
  let done = false;
  const render = () => {
    label.textContent = i18n.t('countdown.label', { seconds: Math.max(1, Math.ceil(remainingMs / 1_000)) });
  };
  const finish = (then: () => void) => {
    if (done) return;
    done = true;
    clearInterval(timer);
    observer.disconnect();
    host.remove();
    then();
  };
  function check(): void {
    if (done) return;
    const reason = invisibilityReason(gatherFacts(window, host, root, bar, observerVisible));
    if (reason) return finish(() => handlers.onHidden(reason));
    if (observerVisible === null && Date.now() - shownAt > FIRST_SIGHT_MS) {
      return finish(() => handlers.onHidden(i18n.t('countdown.withheld.neverConfirmed')));
    }
  }
  const timer = setInterval(() => {
    check();
    if (done) return;
    const now = Date.now();
    // The countdown runs only once the browser has confirmed it is on screen.
    if (observerVisible) remainingMs -= now - lastTick;
    lastTick = now;
    if (remainingMs > 0) return render();
    // One last look right before sending.
    check();
    finish(handlers.onSend);
  }, CHECK_INTERVAL_MS);
  cancel.addEventListener('click', () => finish(handlers.onCancel));
  render();
}

function gatherFacts(window: Window, host: Element, root: ShadowRoot, bar: HTMLElement, observerVisible: boolean | null): VisibilityFacts {
  const rect = bar.getBoundingClientRect();
  const styles: StyleFacts[] = [];
  for (let element: Element | null = bar; element; element = element.parentElement ?? (element === bar ? host : null)) {
    const style = window.getComputedStyle(element);
    styles.push({
      display: style.display,
      visibility: style.visibility,
      opacity: style.opacity,
      filter: style.filter,
      clipPath: style.clipPath,
      maskImage: style.maskImage,
    });
  }
  // Inset sample points: the page's topmost element there must be our host (a closed root retargets to it).
  const points = [
    [0.5, 0.5],
    [0.1, 0.25],
    [0.9, 0.25],
    [0.1, 0.75],
    [0.9, 0.75],
  ].map(([x, y]) => window.document.elementFromPoint(rect.left + rect.width * x!, rect.top + rect.height * y!));
  return {
    connected: host.isConnected && bar.getRootNode() === root,
    documentVisible: window.document.visibilityState === 'visible',
    checkVisibility: typeof bar.checkVisibility === 'function' ? bar.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true,
    styles,
    rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    onTopAt: points.map((element) => element === host),
    observerVisible,
  };
}
