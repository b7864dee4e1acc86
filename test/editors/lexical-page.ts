import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, $setSelection, createEditor, HISTORIC_TAG, type LexicalEditor } from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { registerPlainText } from '@lexical/plain-text';
import type { EditorHarness } from './harness';

/** A Lexical editor on a contenteditable div, rich or plain text, with history. */
export function mountLexical(host: HTMLElement, kind: 'rich' | 'plain'): EditorHarness {
  const root = host.appendChild(Object.assign(document.createElement('div'), { contentEditable: 'true' }));
  const editor: LexicalEditor = createEditor({ namespace: `matrix-${kind}`, nodes: [HeadingNode, QuoteNode], onError: (error) => console.error(error) });
  editor.setRootElement(root);
  if (kind === 'rich') registerRichText(editor);
  else registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  return {
    kind,
    editable: () => root,
    blocks: () => editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent())),
    restore: (paragraphs) =>
      new Promise<void>((done) => {
        editor.update(
          () => {
            const body = $getRoot().clear();
            // Plain text: one paragraph, lines joined by line break nodes (as Lexical's own input makes them).
            const blocks = kind === 'rich' ? paragraphs.map((text) => [text]) : [paragraphs.join('\n\n').split('\n')];
            for (const lines of blocks) {
              const paragraph = $createParagraphNode();
              lines.forEach((line, index) => {
                if (index > 0) paragraph.append($createLineBreakNode());
                if (line !== '') paragraph.append($createTextNode(line));
              });
              body.append(paragraph);
            }
            $setSelection(null);
          },
          { tag: HISTORIC_TAG, onUpdate: done },
        );
      }),
  };
}
