import { paragraphsHtml, register } from '../harness';
import { proseMirrorBlocks } from '../prosemirror-blocks';
import { mountProseMirror, setProseMirrorHtml } from '../prosemirror-view';

/** ProseMirror (Intercom's composer): the basic schema, history, Shift-Enter for a hard break. */
register((host) => {
  const view = mountProseMirror(host.appendChild(document.createElement('div')));
  return {
    kind: 'rich',
    editable: () => view.dom,
    blocks: () => proseMirrorBlocks(view.state.doc),
    restore: (paragraphs) => setProseMirrorHtml(view, paragraphsHtml(paragraphs)),
  };
});
