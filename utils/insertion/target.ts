/** Elements that hold one paragraph (or one line, in Gmail's body) in the editors we insert into. */
const BLOCK = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td';

/** Where the reply goes: a range to select, and whether it starts a blank paragraph after the agent's text. */
export interface Target {
  range: Range;
  separate: boolean;
}

/** Text the agent can see: empty, zero-width filler and non-editable parts (placeholders) are not text. */
function visibleTextNodes(editor: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.replace(/[\s\u200b\ufeff]+/g, '') === '') continue;
    if (text.parentElement?.closest('[contenteditable="false"]')) continue;
    nodes.push(text);
  }
  return nodes;
}

/** The agent's selection or caret inside the editor, if any. */
export function selectionIn(editor: HTMLElement): Range | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) && editor.contains(range.endContainer) ? range.cloneRange() : null;
}

/** The agent's selection in the editor, when there is one to replace. */
export function selectionToReplace(editor: HTMLElement): Target | null {
  const range = selectionIn(editor);
  return range && !range.collapsed && range.toString().trim() !== '' ? { range, separate: false } : null;
}

/**
 * Where an approved reply goes when nothing is to be replaced:
 * - an empty editor: at its start;
 * - the agent's caret (or the end of their selection) after some of their text: at the end of
 *   that paragraph, a blank paragraph apart;
 * - otherwise (no caret in the editor, or a restored draft's caret at its very start): after all
 *   of the agent's text, a blank paragraph apart. Never before it, never inside a sentence.
 */
export function afterTextTarget(editor: HTMLElement): Target {
  const document = editor.ownerDocument;
  const texts = visibleTextNodes(editor);
  const range = document.createRange();
  if (texts.length === 0) {
    const first = editor.querySelector(BLOCK) ?? editor;
    range.setStart(first, 0);
    return { range, separate: false };
  }
  const anchor = lastTextOfCaretParagraph(editor, texts) ?? texts.at(-1)!;
  range.setStart(anchor, anchor.data.replace(/[\s\u200b\ufeff]+$/, '').length);
  return { range, separate: true };
}

/**
 * The last text of the paragraph where the agent put the caret, if they put it after some of
 * their text. A paragraph is the caret's block (p, div, li…) up to a blank line inside it: plain
 * text editors (Lexical's) keep all paragraphs in one block, a blank line being two <br>s.
 */
function lastTextOfCaretParagraph(editor: HTMLElement, texts: Text[]): Text | null {
  const caret = selectionIn(editor);
  if (!caret) return null;
  const before = editor.ownerDocument.createRange();
  before.setStart(editor, 0);
  before.setEnd(caret.endContainer, caret.endOffset);
  if (before.toString().trim() === '') return null;
  const caretText = texts.filter((text) => before.intersectsNode(text)).at(-1);
  if (!caretText) return null;
  const block = caretText.parentElement?.closest(BLOCK);
  const paragraph = texts.filter((text) => (block && editor.contains(block) ? block : editor).contains(text));
  let index = paragraph.indexOf(caretText);
  while (index + 1 < paragraph.length && !blankLineBetween(paragraph[index]!, paragraph[index + 1]!)) index++;
  return paragraph[index]!;
}

function blankLineBetween(first: Text, second: Text): boolean {
  const between = first.ownerDocument.createRange();
  between.setStartAfter(first);
  between.setEndBefore(second);
  return between.cloneContents().querySelectorAll('br').length >= 2;
}
