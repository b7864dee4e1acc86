import { editorProfile } from './editor-profile';
import { dispatchInput } from './input-paths';
import { SELECTION_READ_MS, selectAndSettle, settled } from './settle';
import type { Placement } from '../messaging/messages';
import { afterTextTarget, selectionIn, selectionToReplace, type Target } from './target';
import { judgeAttempt } from './verify';

/** Time for an editor to render what it accepted (Lexical and React editors render later). */
const RENDER_MS = 30;

/**
 * Why nothing (or not the whole reply) went in. A code, not a sentence: insertion also runs outside
 * the extension (the editor matrix, test/e2e/editor-matrix.spec.ts), and the words for the agent
 * come from utils/composer-actions/explain.ts.
 */
export type InsertionProblem = 'not-taken' | 'taken-otherwise' | 'no-selection';
export type InsertionResult = { ok: true } | { ok: false; problem: InsertionProblem };

const INSERTED: InsertionResult = { ok: true };
const failed = (problem: InsertionProblem): InsertionResult => ({ ok: false, problem });

/**
 * Inserts an approved reply into a host editor (CKEditor 5, ProseMirror, Lexical, Slate, Quill,
 * Draft.js, TinyMCE, Gmail's body) through the editor's own input handling, and reports success
 * only once the editor shows it. The agent's text is never replaced unless they asked for
 * `replace-selection`; the semantics are written down in the README ("Inserting a reply").
 */
export async function insertReply(editor: HTMLElement, text: string, placement: Placement = 'after-text'): Promise<InsertionResult> {
  const document = editor.ownerDocument;
  const replacing = placement === 'replace-selection' ? selectionToReplace(editor) : null;
  if (placement === 'replace-selection' && !replacing) {
    return failed('no-selection');
  }
  await focusEditor(editor);
  // Decided after focusing: an editor may render its own selection into the DOM when focused.
  const target: Target = replacing ?? afterTextTarget(editor);
  await selectAndSettle(document, target.range);

  const profile = editorProfile(editor);
  profile.checkpointUndo?.(editor);
  for (const path of profile.paths) {
    const before = editor.textContent ?? '';
    dispatchInput(editor, path, { text, separate: target.separate, profile });
    await settled(document, RENDER_MS);
    const outcome = judgeAttempt(before, editor.textContent ?? '', text);
    if (outcome === 'inserted') return INSERTED;
    // Something else happened: another path could insert the reply a second time.
    if (outcome === 'changed-otherwise') return failed('taken-otherwise');
  }
  return failed('not-taken');
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
