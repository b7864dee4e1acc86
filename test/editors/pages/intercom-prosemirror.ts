import { installFixtureEditors, textToParagraphsHtml } from '../fixture-editors';
import { proseMirrorBlocks } from '../prosemirror-blocks';
import { mountProseMirror, setProseMirrorHtml } from '../prosemirror-view';

/**
 * The Intercom fixture's composers are real ProseMirror editors (Intercom's composer is
 * ProseMirror: `.ProseMirror.embercom-prosemirror-composer-editor`, see utils/adapters/intercom.ts),
 * mounted on the fixture's own editable so its classes stay.
 */
installFixtureEditors('.ProseMirror[contenteditable="true"]', (editable) => {
  const view = mountProseMirror(editable);
  return {
    blocks: () => proseMirrorBlocks(view.state.doc),
    setText: (text) => setProseMirrorHtml(view, textToParagraphsHtml(text)),
  };
});
