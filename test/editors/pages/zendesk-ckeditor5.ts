import { Bold, DecoupledEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import { ckeditorBlocks } from '../ckeditor5-blocks';
import { installFixtureEditors, textToParagraphsHtml } from '../fixture-editors';

/**
 * The Zendesk fixtures' composers are real CKEditor 5 editors (Zendesk's Agent Workspace
 * composer is CKEditor 5: its editable carries ck-editor__editable, see utils/adapters/zendesk.ts).
 * A decoupled editor keeps the fixture's editable element, with its data-test-id.
 */
installFixtureEditors('.ck-editor__editable[contenteditable="true"]', async (editable) => {
  const editor = await DecoupledEditor.create(editable, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, Italic] });
  return { blocks: () => ckeditorBlocks(editor), setText: (text) => editor.setData(textToParagraphsHtml(text)) };
});
