import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { paragraphsHtml, register } from '../harness';
import { proseMirrorBlocks } from '../prosemirror-blocks';

/** tiptap with its starter kit (ProseMirror underneath, as many helpdesk composers use it). */
register((host) => {
  const editor = new Editor({ element: host, extensions: [StarterKit], content: '' });
  return {
    kind: 'rich',
    editable: () => editor.view.dom,
    blocks: () => proseMirrorBlocks(editor.state.doc),
    restore: (paragraphs) => {
      // The helpdesk's restore is not the agent's edit: not in the undo history.
      editor.chain().setMeta('addToHistory', false).setContent(paragraphsHtml(paragraphs), { emitUpdate: false }).setTextSelection(1).run();
    },
  };
});
