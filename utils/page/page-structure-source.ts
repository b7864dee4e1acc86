/**
 * What the on-demand page-structure script (entrypoints/page-structure.ts)
 * needs from a helpdesk content script: the helpdesk's name and the element
 * its adapter reads. The description itself is built only when the agent
 * asks for it, so it is not in the content scripts every helpdesk page loads
 * (#14: ≤ 10 KB). Same isolated world as composer-actions (../composer-actions/slot.ts).
 */
export interface PageStructureSource {
  label: string;
  root(): Element;
}

const SLOT = Symbol.for('replyloop.page-structure-source');

interface WithSlot {
  [SLOT]?: PageStructureSource;
}

export function lendPageStructureSource(source: PageStructureSource): void {
  (globalThis as WithSlot)[SLOT] = source;
}

/** The lent source, or undefined where no ReplyLoop content script runs in this frame. */
export function pageStructureSource(): PageStructureSource | undefined {
  return (globalThis as WithSlot)[SLOT];
}
