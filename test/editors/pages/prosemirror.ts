import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { DOMParser as SchemaParser } from 'prosemirror-model';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { schema } from 'prosemirror-schema-basic';
import { paragraphsHtml, register } from '../harness';
import { proseMirrorBlocks } from '../prosemirror-blocks';

/** ProseMirror (Intercom's composer): the basic schema, history, Shift-Enter for a hard break. */
register((host) => {
  const view = mountProseMirror(host.appendChild(document.createElement('div')));
  return {
    kind: 'rich',
    editable: () => view.dom,
    blocks: () => proseMirrorBlocks(view.state.doc),
    restore: (paragraphs) => {
      const holder = document.createElement('div');
      holder.innerHTML = paragraphsHtml(paragraphs);
      view.updateState(EditorState.create({ doc: SchemaParser.fromSchema(schema).parse(holder), plugins: view.state.plugins }));
    },
  };
});

export function mountProseMirror(mount: HTMLElement): EditorView {
  const hardBreak = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break!.create()).scrollIntoView());
    return true;
  });
  const plugins = [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Shift-Enter': hardBreak }), keymap(baseKeymap)];
  return new EditorView({ mount }, { state: EditorState.create({ schema, plugins }) });
}
