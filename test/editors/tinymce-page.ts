import tinymce, { type Editor } from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
// Bundled skins (TinyMCE's skin.js / content.js register their CSS): TinyMCE shows the editor once its skin loaded.
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/ui/oxide/content.inline.js';
import 'tinymce/skins/content/default/content.js';
import { paragraphsHtml, type EditorHarness } from './harness';

/** TinyMCE (GPL build, bundled skin), inline on a div or in its classic iframe. */
export async function mountTinyMce(host: HTMLElement, mode: 'inline' | 'iframe'): Promise<EditorHarness> {
  const target = host.appendChild(document.createElement(mode === 'inline' ? 'div' : 'textarea'));
  const [editor] = (await tinymce.init({
    target,
    inline: mode === 'inline',
    license_key: 'gpl',
    skin_url: 'default',
    content_css: 'default',
    menubar: false,
    toolbar: false,
    statusbar: false,
    promotion: false,
  })) as Editor[];
  if (!editor) throw new Error('TinyMCE did not start');
  return {
    kind: 'rich',
    editable: () => editor.getBody(),
    blocks: () => {
      // getContent() is TinyMCE's serialized model (bogus nodes and carets removed).
      const holder = document.createElement('div');
      holder.innerHTML = editor.getContent();
      return [...holder.children].map((block) => {
        block.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
        return (block.textContent ?? '').replace(/\u00a0/g, ' ');
      });
    },
    restore: (paragraphs) => {
      editor.setContent(paragraphsHtml(paragraphs));
      editor.undoManager.clear();
      editor.selection.select(editor.getBody(), true);
      editor.selection.collapse(true);
    },
  };
}
