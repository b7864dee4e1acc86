/**
 * What the on-demand page-structure script (entrypoints/page-structure.ts)
 * needs from a helpdesk content script: the helpdesk's name and the element
 * its adapter reads. The description itself is built only when the agent
 * asks for it, so it is not in the content scripts every helpdesk page loads
 * (#14: ≤ 10 KB).
 */
import { isolatedWorldSlot } from './isolated-world-slot';

export interface PageStructureSource {
  label: string;
  root(): Element;
}

const slot = isolatedWorldSlot<PageStructureSource>('page-structure-source');

export function lendPageStructureSource(source: PageStructureSource): void {
  slot.lend(source);
}

/** The lent source, or undefined where no ReplyLoop content script runs in this frame. */
export function pageStructureSource(): PageStructureSource | undefined {
  return slot.get();
}
