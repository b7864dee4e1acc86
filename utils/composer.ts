import { OK, refused, type ActionResult } from './content-messages';

/**
 * Inserts reply text into a host editor (CKEditor 5, ProseMirror, Gmail's
 * contenteditable) through the editor's own input path, so the host's model
 * and its Send button see the text. innerHTML is never set: editors revert
 * it, and page text must never become markup.
 */
export function insertIntoComposer(editor: HTMLElement, text: string): ActionResult {
  const document = editor.ownerDocument;
  const hadText = visibleText(editor) !== '';
  placeCaretForInsert(editor);
  // The agent's own words stay: the reply goes after them, a blank line apart.
  const separate = hadText && !caretIsInsideText(editor);

  if (!pasteInto(editor, text, separate)) {
    document.execCommand('insertText', false, separate ? `\n\n${text}` : text);
  }
  return composerShows(editor, text)
    ? OK
    : refused('The reply box did not accept the text. Nothing was sent; paste the reply by hand or reload the page.');
}

/** Keeps the agent's caret if it is in the editor; otherwise puts it at the end (never over a selection). */
function placeCaretForInsert(editor: HTMLElement): void {
  const document = editor.ownerDocument;
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const caretInEditor = range !== null && editor.contains(range.commonAncestorContainer);
  editor.focus();
  const target = document.createRange();
  if (caretInEditor) {
    target.setStart(range.endContainer, range.endOffset);
  } else {
    target.selectNodeContents(editor);
    target.collapse(false);
  }
  target.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(target);
}

/** True when the caret sits before the end of the editor's text, i.e. the agent put it there to insert. */
function caretIsInsideText(editor: HTMLElement): boolean {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const after = editor.ownerDocument.createRange();
  after.selectNodeContents(editor);
  after.setStart(selection.getRangeAt(0).endContainer, selection.getRangeAt(0).endOffset);
  return after.toString().trim() !== '';
}

/**
 * A synthetic paste carrying plain text and paragraph HTML: CKEditor 5 and
 * ProseMirror handle it in their own clipboard pipelines (and cancel it).
 * `separate` starts the reply a blank line after the text at the caret.
 * Returns whether the editor took it.
 */
function pasteInto(editor: HTMLElement, text: string, separate: boolean): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', separate ? `\n\n${text}` : text);
  // HTML-first editors (ProseMirror) join a pasted first paragraph to the one at the caret:
  // an empty first paragraph is what keeps the reply apart from the agent's words.
  data.setData('text/html', (separate ? '<p></p>' : '') + paragraphsHtml(editor.ownerDocument, text));
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  return !editor.dispatchEvent(event);
}

/** Paragraph markup built with DOM nodes, so reply text is always text. */
export function paragraphsHtml(document: Document, text: string): string {
  const container = document.createElement('div');
  for (const paragraph of splitParagraphs(text)) {
    const element = document.createElement('p');
    paragraph.split('\n').forEach((line, index) => {
      if (index > 0) element.append(document.createElement('br'));
      element.append(document.createTextNode(line));
    });
    container.append(element);
  }
  return container.innerHTML;
}

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function visibleText(element: HTMLElement): string {
  return (element.textContent ?? '').replace(/[\s\u200b\ufeff]+/g, ' ').trim();
}

/** Whether the editor now shows the reply: every paragraph's words, whitespace ignored. */
function composerShows(editor: HTMLElement, text: string): boolean {
  const squeeze = (value: string) => value.replace(/[\s\u200b\ufeff\u00a0]+/g, '');
  const shown = squeeze(editor.textContent ?? '');
  return splitParagraphs(text).every((paragraph) => shown.includes(squeeze(paragraph)));
}
