import { OK, type ActionResult } from '../content-messages';
import { editorProfile } from './editor-profile';
import { dispatchInput } from './input-paths';
import { SELECTION_READ_MS, selectAndSettle, settled } from './settle';
import type { Placement } from '../messages';
import { afterTextTarget, selectionIn, selectionToReplace, type Target } from './target';
import { judgeAttempt } from './verify';

/** Time for an editor to render what it accepted (Lexical and React editors render later). */
const RENDER_MS = 30;

const NOT_TAKEN: ActionResult = {
  ok: false,
  reason: 'The reply box did not take the reply, so nothing was inserted.',
  fallback: 'clipboard',
};
const TAKEN_OTHERWISE: ActionResult = {
  ok: false,
  reason: 'The reply box changed, but it does not show the whole reply: check it before sending.',
  fallback: 'clipboard',
};

/**
 * Inserts an approved reply into a host editor (CKEditor 5, ProseMirror, Lexical, Slate, Quill,
 * Draft.js, TinyMCE, Gmail's body) through the editor's own input handling, and reports success
 * only once the editor shows it. The agent's text is never replaced unless they asked for
 * `replace-selection`; the semantics are written down in the README ("Inserting a reply").
 */
export async function insertReply(editor: HTMLElement, text: string, placement: Placement = 'after-text'): Promise<ActionResult> {
  const document = editor.ownerDocument;
  const replacing = placement === 'replace-selection' ? selectionToReplace(editor) : null;
  if (placement === 'replace-selection' && !replacing) {
    return { ok: false, reason: 'Select the words to replace in the reply box first. Nothing was inserted.' };
  }
  await focusEditor(editor);
  // Decided after focusing: an editor may render its own selection into the DOM when focused.
  const target: Target = replacing ?? afterTextTarget(editor);
  await selectAndSettle(document, target.range);

  const profile = editorProfile(editor);
  for (const path of profile.paths) {
    const before = editor.textContent ?? '';
    dispatchInput(editor, path, { text, separate: target.separate, profile });
    await settled(document, RENDER_MS);
    const outcome = judgeAttempt(before, editor.textContent ?? '', text);
    if (outcome === 'inserted') return OK;
    // Something else happened: another path could insert the reply a second time.
    if (outcome === 'changed-otherwise') return TAKEN_OTHERWISE;
  }
  return NOT_TAKEN;
}

/** Focuses the editor (and its frame, for iframe editors such as TinyMCE's) and lets it react. */
async function focusEditor(editor: HTMLElement): Promise<void> {
  const document = editor.ownerDocument;
  const view = document.defaultView;
  if (view && view !== view.top) view.focus();
  if (document.activeElement !== editor && !editor.contains(document.activeElement)) {
    // Keep the agent's selection through focusing: focus() can move it to the editor's start.
    const kept = selectionIn(editor);
    editor.focus({ preventScroll: true });
    if (kept) {
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(kept);
    }
  }
  await settled(document, SELECTION_READ_MS);
}
