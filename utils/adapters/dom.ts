/**
 * Small DOM helpers every adapter uses. Selector lists are tried in order:
 * the first is the current UI, later ones are older or rarer variants.
 */

export type SelectorList = readonly string[];

export function first<T extends Element = HTMLElement>(root: ParentNode, selectors: SelectorList): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

export function all<T extends Element = HTMLElement>(root: ParentNode, selectors: SelectorList): T[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<T>(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** The text of a field, whether it is an input (read its value) or an element. */
export function fieldText(element: Element | null): string {
  if (!element) return '';
  const value = 'value' in element && typeof element.value === 'string' ? element.value : element.textContent;
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Hidden the way workspaces hide inactive tabs (visibility, display, the
 * hidden attribute) on the element or an ancestor. Layout-based checks are
 * unreliable there: hidden panes keep their size and position.
 */
export function isHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** A short, stable id for a message that has none on the page (FNV-1a over what identifies it). */
export function contentId(...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u241f')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
