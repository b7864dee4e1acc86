import { DecoupledEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';
import { ckeditorBlocks } from '../ckeditor5-blocks';
import { paragraphsHtml, register } from '../harness';

/** CKEditor 5 (Zendesk's composer): a decoupled editor on a div, as the Zendesk fixture mounts it. */
register(async (host) => {
  const element = host.appendChild(document.createElement('div'));
  const editor = await DecoupledEditor.create(element, { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, Italic] });
  return {
    kind: 'rich',
    editable: () => editor.ui.getEditableElement()!,
    blocks: () => ckeditorBlocks(editor),
    restore: (paragraphs) => editor.setData(paragraphsHtml(paragraphs)),
  };
});
