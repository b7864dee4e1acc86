import type { DecoupledEditor, ModelElement } from 'ckeditor5';

/** CKEditor 5's model root as text blocks, a soft break as "\n". */
export function ckeditorBlocks(editor: DecoupledEditor): string[] {
  const root = editor.model.document.getRoot()!;
  return Array.from(root.getChildren()).map((block) =>
    Array.from((block as ModelElement).getChildren())
      .map((node) => (node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : ''))
      .join(''),
  );
}
