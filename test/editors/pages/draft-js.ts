import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { register } from '../harness';

/** Draft.js 0.11 in React 18 (its last supported React), with its own undo stack. */
register(async (host) => {
  let state = EditorState.createEmpty();
  let setState: (next: EditorState) => void = () => undefined;
  function Composer() {
    const [editorState, update] = useState(state);
    state = editorState;
    setState = (next) => flushSync(() => update(next));
    return createElement(Editor, { editorState, onChange: setState, placeholder: 'Reply…' });
  }
  createRoot(host).render(createElement(Composer));
  await new Promise((rendered) => setTimeout(rendered, 50));
  return {
    // Insertion hands Draft.js plain text (its HTML paste drops empty paragraphs): one block a line.
    kind: 'lines',
    editable: () => host.querySelector<HTMLElement>('.public-DraftEditor-content')!,
    blocks: () => state.getCurrentContent().getBlocksAsArray().map((block) => block.getText()),
    restore: (paragraphs) => setState(EditorState.createWithContent(ContentState.createFromText(paragraphs.join('\n')))),
  };
});
