import { i18n } from '@/utils/i18n';
/**
 * Whether the undo countdown is really in front of the agent (#19). A page
 * script cannot reach into the countdown's closed shadow root, but it can
 * still style or cover its host element; auto-send then must stop at
 * inserting. Pure: the content script gathers these facts from the DOM.
 */

/** The computed styles that can hide an element, of the countdown and each ancestor in the composed tree. */
export interface StyleFacts {
  display: string;
  visibility: string;
  opacity: string;
  filter: string;
  clipPath: string;
  maskImage: string;
}

export interface VisibilityFacts {
  /** Still in the page's document, inside our shadow root. */
  connected: boolean;
  /** document.visibilityState: a background tab shows nothing to the agent. */
  documentVisible: boolean;
  /** Element.checkVisibility with opacity and visibility checks (display: none or content-visibility anywhere above). */
  checkVisibility: boolean;
  styles: StyleFacts[];
  rect: { left: number; top: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** At sample points of the countdown: whether the topmost element there is ours. */
  onTopAt: boolean[];
  /** IntersectionObserver v2's isVisible (occlusion, opacity, filters, transforms), null where the browser lacks it or has not said yet. */
  observerVisible: boolean | null;
}

/** Smaller than this is not readable: a page shrinking the bar hides it. */
export const MIN_WIDTH_PX = 160;
export const MIN_HEIGHT_PX = 24;
/** Combined opacity below this hides the bar in practice. */
const MIN_OPACITY = 0.9;

/** Why the countdown is not visible to the agent, as the sentence the draft shows, or null when it is. */
export function invisibilityReason(facts: VisibilityFacts): string | null {
  if (!facts.connected) return i18n.t('countdown.withheld.removed');
  if (!facts.documentVisible) return i18n.t('countdown.withheld.background');
  if (!facts.checkVisibility) return i18n.t('countdown.withheld.hidden');
  const opacity = facts.styles.reduce((product, style) => product * (Number.parseFloat(style.opacity) || 0), 1);
  if (opacity < MIN_OPACITY) return i18n.t('countdown.withheld.transparent');
  if (facts.styles[0]?.visibility !== 'visible') return i18n.t('countdown.withheld.hidden');
  if (facts.styles.some((style) => style.display === 'none')) return i18n.t('countdown.withheld.hidden');
  if (facts.styles.some((style) => style.filter !== 'none')) return i18n.t('countdown.withheld.filtered');
  if (facts.styles.some((style) => style.clipPath !== 'none' || style.maskImage !== 'none')) return i18n.t('countdown.withheld.clipped');
  const { rect, viewport } = facts;
  if (rect.width < MIN_WIDTH_PX || rect.height < MIN_HEIGHT_PX) return i18n.t('countdown.withheld.shrunk');
  if (rect.left < 0 || rect.top < 0 || rect.left + rect.width > viewport.width || rect.top + rect.height > viewport.height) {
    return i18n.t('countdown.withheld.outside');
  }
  if (facts.onTopAt.some((onTop) => !onTop)) return i18n.t('countdown.withheld.covered');
  if (facts.observerVisible === false) return i18n.t('countdown.withheld.reportedHidden');
  return null;
}
