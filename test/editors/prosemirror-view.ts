import { EditorState } from 'prosemirror-state';
import { DOMParser as SchemaParser } from 'prosemirror-model';
import { EditorView } from 'prosemirror-view';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { schema } from 'prosemirror-schema-basic';

/**
 * A ProseMirror view on `mount` (kept as the editable, its classes too): basic schema, history,
 * Shift-Enter for a hard break.
 */
export function mountProseMirror(mount: HTMLElement): EditorView {
  const hardBreak = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break!.create()).scrollIntoView());
    return true;
  });
  const plugins = [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Shift-Enter': hardBreak }), keymap(baseKeymap)];
  const classes = mount.className.replace(/\bProseMirror(-\S+)?\b/g, '').trim();
  return new EditorView({ mount }, { state: EditorState.create({ schema, plugins }), attributes: classes ? { class: classes } : {} });
}

/** Replaces the document (a restored draft, or emptied after Send): a new state, so not undoable. */
export function setProseMirrorHtml(view: EditorView, html: string): void {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  view.updateState(EditorState.create({ doc: SchemaParser.fromSchema(schema).parse(holder), plugins: view.state.plugins }));
}
