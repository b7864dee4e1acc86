import type { SelectorList } from '@/utils/adapters/dom';

/** An adapter's named selectors; lists hold the current UI first, then fallbacks for older or rarer variants. */
export type NamedSelectors = Record<string, string | SelectorList | ((...args: string[]) => SelectorList)>;

/**
 * Every selector string of an adapter, labelled "name" or "name[i]" for the
 * i-th entry of a list, so a table can pin how many elements each matches on
 * each fixture. Selector builders (functions) are left to the reading tests.
 */
export function selectorEntries(selectors: NamedSelectors): [label: string, selector: string][] {
  return Object.entries(selectors).flatMap(([name, value]): [string, string][] => {
    if (typeof value === 'string') return [[name, value]];
    if (typeof value === 'function') return [];
    return value.map((selector, index): [string, string] => [`${name}[${index}]`, selector]);
  });
}

/** How many elements a selector matches in a document. */
export function matchCount(document: Document, selector: string): number {
  return document.querySelectorAll(selector).length;
}
