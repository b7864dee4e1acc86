import type { EditorProfile, InputPath } from './editor-profile';
import { paragraphsHtml, paragraphsText } from './paragraphs';

/** What one input path hands the editor at the selected target. */
export interface Payload {
  text: string;
  separate: boolean;
  profile: EditorProfile;
}

/**
 * Hands the reply to the editor through one path; returns whether the editor claimed the event.
 * Every path goes through the editor's own input handling (its clipboard pipeline, its
 * beforeinput handler, or the browser's editing that the editor reads back), never innerHTML.
 */
export function dispatchInput(editor: HTMLElement, path: InputPath, payload: Payload): boolean {
  const plain = (payload.separate ? '\n\n' : '') + paragraphsText(payload.text);
  if (path === 'rich-paste') {
    const html = (payload.separate ? payload.profile.separatorHtml : '') + paragraphsHtml(editor.ownerDocument, payload.text);
    return paste(editor, { 'text/plain': plain, 'text/html': html });
  }
  // slate-react (in Chrome) handles only a paste that carries nothing but text/plain.
  if (path === 'plain-paste') return paste(editor, { 'text/plain': plain });
  return typeIn(editor, plain);
}

function paste(editor: HTMLElement, items: Record<string, string>): boolean {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(items)) data.setData(type, value);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  return !editor.dispatchEvent(event);
}

/**
 * An insertText input: editors with a beforeinput handler take it from the event; for the rest
 * the browser's own editing inserts it, which editors read back from the DOM (Chromium fires
 * no beforeinput for execCommand, only trusted input events).
 */
function typeIn(editor: HTMLElement, text: string): boolean {
  const event = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
  if (!editor.dispatchEvent(event)) return true;
  return editor.ownerDocument.execCommand('insertText', false, text);
}
