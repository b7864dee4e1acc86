import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory, type HistoryEditor } from 'slate-history';
import { register } from '../harness';

/** Slate + slate-react (React 19) + slate-history, the default element renderer. */
register(async (host) => {
  const editor = withHistory(withReact(createEditor()));
  const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
  createRoot(host).render(createElement(Slate, { editor, initialValue, children: createElement(Editable, { placeholder: 'Reply…' }) }));
  await new Promise((rendered) => setTimeout(rendered, 50));
  return {
    kind: 'lines',
    editable: () => host.querySelector<HTMLElement>('[data-slate-editor="true"]')!,
    blocks: () => editor.children.map((_, index) => Editor.string(editor, [index])),
    restore: async (paragraphs) => {
      editor.children = paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }) as Descendant);
      editor.selection = null;
      (editor as HistoryEditor).history = { undos: [], redos: [] };
      editor.onChange();
      await new Promise((rendered) => setTimeout(rendered, 50));
    },
  };
});
