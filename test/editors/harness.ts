/**
 * What every real-editor test page exposes to the matrix test (test/e2e/editor-matrix.spec.ts).
 * Tests read the editor's OWN model through `blocks()`, never the DOM.
 */
export interface EditorHarness {
  /** The element a helpdesk adapter hands to insertion (TinyMCE's iframe mode: the iframe's body). */
  editable(): HTMLElement;
  /** The editor's model: one string per block, a soft line break inside a block as "\n". */
  blocks(): string[];
  /** A draft the helpdesk restored, set through the editor's API: caret where the editor puts it, editor not focused. */
  restore(paragraphs: string[]): void | Promise<void>;
  /**
   * How the model holds a reply: 'rich' has paragraphs with soft breaks inside, 'lines' one block
   * per line (Quill, plain Slate, Draft.js fed plain text), 'plain' one block of text (Lexical plain-text).
   */
  kind: 'rich' | 'lines' | 'plain';
}

declare global {
  interface Window {
    harness: EditorHarness;
    harnessReady: Promise<void>;
  }
}

/** Mounts the page's editor in #host and publishes its harness. */
export function register(create: (host: HTMLElement) => EditorHarness | Promise<EditorHarness>): void {
  window.harnessReady = (async () => {
    const host = document.getElementById('host');
    if (!host) throw new Error('the page has no #host');
    const harness = await create(host);
    // The matrix test finds the editable by this mark (TinyMCE's iframe body through its frame).
    harness.editable().setAttribute('data-matrix-editable', '');
    window.harness = {
      ...harness,
      // An editor's "empty" paragraph may hold a non-breaking space (TinyMCE's &nbsp;): still blank.
      blocks: () => harness.blocks().map((block) => (/^[\u00a0 ]*$/.test(block) ? '' : block)),
      async restore(paragraphs) {
        await harness.restore(paragraphs);
        // Restored, not touched: focus and the DOM selection are elsewhere.
        document.getElementById('elsewhere')?.focus();
        harness.editable().ownerDocument.getSelection()?.removeAllRanges();
      },
    };
  })();
}

/** Paragraph markup for an editor's setData/setContent; test text is never markup. */
export function paragraphsHtml(paragraphs: string[]): string {
  const container = document.createElement('div');
  for (const text of paragraphs) container.append(Object.assign(document.createElement('p'), { textContent: text }));
  return container.innerHTML;
}
