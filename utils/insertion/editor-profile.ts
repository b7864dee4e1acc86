/** The ways a reply can be handed to an editor, in the order tried. */
export type InputPath = 'rich-paste' | 'plain-paste' | 'typed';

export interface EditorProfile {
  name: string;
  paths: InputPath[];
  /**
   * Pasted before the reply's paragraphs when it goes after the agent's text. Editors merge the
   * first pasted paragraph into the one at the caret, so two empty paragraphs leave exactly one
   * blank paragraph between the agent's words and the reply.
   */
  separatorHtml: string;
}

const DEFAULT: EditorProfile = { name: 'editor', paths: ['rich-paste', 'plain-paste', 'typed'], separatorHtml: '<p></p><p></p>' };

/**
 * Editors whose input handling differs from the default, recognised by the markup each library
 * puts on its editable (read in the libraries' own sources, named per line). Measured on the real
 * packages by test/e2e/editor-matrix.spec.ts.
 */
const PROFILES: { selector: string; profile: EditorProfile }[] = [
  // lexical/src/LexicalEditor.ts sets data-lexical-editor on the root element. Lexical keeps a
  // pasted empty first paragraph as its own paragraph instead of merging it.
  { selector: '[data-lexical-editor="true"]', profile: { name: 'Lexical', paths: DEFAULT.paths, separatorHtml: '<p></p>' } },
  // draft-js/lib/DraftEditor.react.js: cx('public/DraftEditor/content'). Draft's HTML paste drops
  // empty paragraphs and joins the first one to the caret's: plain text keeps the blank line.
  { selector: '.public-DraftEditor-content', profile: { name: 'Draft.js', paths: ['plain-paste', 'typed'], separatorHtml: '' } },
  // slate-react's Editable renders data-slate-editor; in Chrome its onPaste handles only a
  // plain-text-only paste (isPlainTextOnlyPaste) and leaves rich pastes to native beforeinput.
  { selector: '[data-slate-editor="true"]', profile: { name: 'Slate', paths: ['plain-paste', 'typed'], separatorHtml: '' } },
];

export function editorProfile(editor: Element): EditorProfile {
  return PROFILES.find(({ selector }) => editor.matches(selector))?.profile ?? DEFAULT;
}
