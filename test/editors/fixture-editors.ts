/**
 * Real editors in the helpdesk fixture pages (test/fixtures/zendesk, test/fixtures/intercom):
 * mounts one on every editable the page has or adds later, and offers the page's app scripts and
 * the tests the editor's model through `window.__fixtureEditor` (the hook the fixture apps use
 * for their Send buttons).
 */
export interface MountedEditor {
  /** The model: one string per block, a soft break as "\n". */
  blocks(): string[];
  /** Replaces the content, as the helpdesk does after sending (paragraphs a blank line apart). */
  setText(text: string): void;
}

declare global {
  interface Window {
    __fixtureEditor: {
      /** Blocks as lines: a blank paragraph is an empty line (what tests and the fixture apps read). */
      getText(editable: Element): string;
      blocks(editable: Element): string[];
      setText(editable: Element, text: string): void;
      /** Resolves once every editable on the page has its editor. */
      ready(): Promise<void>;
    };
  }
}

export function installFixtureEditors(selector: string, mount: (editable: HTMLElement) => Promise<MountedEditor> | MountedEditor): void {
  const editors = new WeakMap<Element, MountedEditor>();
  const mounting = new Map<Element, Promise<unknown>>();
  const mountAll = () => {
    for (const editable of document.querySelectorAll<HTMLElement>(selector)) {
      if (mounting.has(editable)) continue;
      mounting.set(
        editable,
        Promise.resolve(mount(editable)).then((editor) => editors.set(editable, editor)),
      );
    }
  };
  const editorOf = (editable: Element) => {
    const editor = editors.get(editable);
    if (!editor) throw new Error('this editable has no fixture editor (yet)');
    return editor;
  };
  window.__fixtureEditor = {
    getText: (editable) => editorOf(editable).blocks().join('\n'),
    blocks: (editable) => editorOf(editable).blocks(),
    setText: (editable, text) => editorOf(editable).setText(text),
    ready: async () => {
      await Promise.all(mounting.values());
    },
  };
  mountAll();
  // SPA views add composers later; a mounted editor's own DOM changes match nothing new.
  new MutationObserver(mountAll).observe(document.body, { childList: true, subtree: true });
}

/** Paragraph markup for setData-style APIs; the text stays text. */
export function textToParagraphsHtml(text: string): string {
  const container = document.createElement('div');
  for (const paragraph of text.split(/\n\s*\n/).filter((part) => part.trim() !== '')) {
    const element = container.appendChild(document.createElement('p'));
    paragraph.split('\n').forEach((line, index) => {
      if (index > 0) element.append(document.createElement('br'));
      element.append(line);
    });
  }
  return container.innerHTML;
}
