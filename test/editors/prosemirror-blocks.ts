import type { Node } from 'prosemirror-model';

/** A ProseMirror document's blocks as text, a hard break as "\n" (ProseMirror's and tiptap's model). */
export function proseMirrorBlocks(doc: Node): string[] {
  const blocks: string[] = [];
  doc.forEach((block) => blocks.push(block.textBetween(0, block.content.size, '\n', (leaf) => (leaf.type.name.startsWith('hard') ? '\n' : ''))));
  return blocks;
}
