import Quill from 'quill';
import { register } from '../harness';

/** Quill 2 (no toolbar), with its history module. */
register((host) => {
  const quill = new Quill(host, { modules: { toolbar: false, history: { delay: 1000, maxStack: 100, userOnly: false } } });
  return {
    kind: 'lines',
    editable: () => quill.root,
    // getText() ends with the document's final newline.
    blocks: () => quill.getText().replace(/\n$/, '').split('\n'),
    restore: (paragraphs) => {
      quill.setText(`${paragraphs.join('\n')}\n`, 'api');
      quill.history.clear();
      quill.blur();
    },
  };
});
