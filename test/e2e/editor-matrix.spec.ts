/**
 * ReplyLoop's insertion (utils/insertion) against the REAL editor packages, one page per editor
 * (test/editors/pages, bundled by test/editors/build.ts). Every assertion reads the editor's own
 * model through test/editors/harness.ts (getRoot/getChildren, state.doc, getEditorState,
 * Editor.string, getText, getContent, ContentState), never the DOM. No extension is needed here.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { EDITORS_DIST } from '../editors/build';

const test = base.extend({});
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] } });

const EDITORS = ['ckeditor5', 'prosemirror', 'tiptap', 'lexical-rich', 'lexical-plain', 'slate', 'quill', 'draft-js', 'tinymce-inline', 'tinymce-iframe'];
const REPLY = 'Hi Sam,\n\nBoth charges will be reversed\nwithin five days.\n\nBest,\nAlex';
const REPLY_LINES = ['Hi Sam,', 'Both charges will be reversed', 'within five days.', 'Best,', 'Alex'];
const ORIGIN = 'http://editors.test';

type Placement = 'after-text' | 'replace-selection';
interface Result {
  ok: boolean;
  problem?: string;
}

async function openEditor(page: Page, name: string): Promise<void> {
  page.on('pageerror', (error) => console.log(`[${name}] page error: ${error.message}`));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.startsWith('/dist/')) {
      return route.fulfill({ contentType: 'text/javascript', body: await readFile(resolve(EDITORS_DIST, pathname.slice('/dist/'.length))) });
    }
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"><style>#host [contenteditable], #host iframe { min-height: 120px; border: 1px solid #999; width: 600px }</style></head>
<body><button id="elsewhere">Elsewhere</button><div id="host"></div>
<script src="/dist/insertion.js"></script><script src="/dist/${name}.js"></script></body></html>`,
    });
  });
  await page.goto(`${ORIGIN}/${name}`);
  await page.waitForFunction(() => window.harnessReady !== undefined);
  await page.evaluate(() => window.harnessReady);
}

const model = (page: Page) => page.evaluate(() => window.harness.blocks());
const restore = (page: Page, paragraphs: string[]) => page.evaluate((blocks) => window.harness.restore(blocks), paragraphs);
const insert = (page: Page, text: string, placement: Placement = 'after-text') =>
  page.evaluate(({ text, placement }) => window.replyloopInsert(window.harness.editable(), text, placement) as Promise<Result>, { text, placement });

/** The model as lines: blocks and soft breaks both end a line. */
const lines = (blocks: string[]) => blocks.join('\n').split('\n');
const textLines = (blocks: string[]) => lines(blocks).filter((line) => line.trim() !== '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The agent's text, exactly one blank line, then the reply (and nothing else). */
function expectAfter(blocks: string[], agentLines: string[], afterLines: string[] = []): void {
  expect(textLines(blocks)).toEqual([...agentLines, ...REPLY_LINES, ...afterLines]);
  expect(blocks.join('\n')).toContain(`${agentLines.at(-1)}\n\n${REPLY_LINES[0]}`);
}

/**
 * Where a character of the editor's text is on screen (through TinyMCE's iframe too): the agent
 * clicks or double-clicks there, as with a mouse, and the editor reads the selection itself.
 */
function pointAt(page: Page, text: string, offset: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ text, offset }) => {
      const editable = window.harness.editable();
      const document = editable.ownerDocument;
      const frame = document.defaultView?.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at + offset);
        range.setEnd(node, at + offset + 1);
        const box = range.getBoundingClientRect();
        return { x: frame.left + box.left + 1, y: frame.top + box.top + box.height / 2 };
      }
      if (text === '') {
        const box = editable.getBoundingClientRect();
        return { x: frame.left + box.left + 8, y: frame.top + box.top + 8 };
      }
      throw new Error(`the editor shows no “${text}”`);
    },
    { text, offset },
  );
}

async function clickAt(page: Page, text: string, offset = 0, clickCount = 1): Promise<void> {
  const { x, y } = await pointAt(page, text, offset);
  await page.mouse.click(x, y, { clickCount });
}

for (const name of EDITORS) {
  test.describe(name, () => {
    test('empty editor: the reply alone, paragraphs and soft breaks kept', async ({ page }) => {
      await openEditor(page, name);
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      const blocks = await model(page);
      expect(textLines(blocks)).toEqual(REPLY_LINES);
      expect(blocks[0]).not.toBe('');
      expect(blocks.at(-1)).not.toBe('');
      const kind = await page.evaluate(() => window.harness.kind);
      // A rich editor keeps a soft break inside its paragraph; a plain-text one keeps the reply's text as is.
      if (kind === 'rich') expect(blocks).toContain('Best,\nAlex');
      if (kind === 'plain') expect(blocks).toEqual([REPLY]);
    });

    test('text the agent typed: the reply after it, one blank paragraph apart', async ({ page }) => {
      await openEditor(page, name);
      await clickAt(page, '');
      await page.keyboard.type('Thanks for waiting.');
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      expectAfter(await model(page), ['Thanks for waiting.']);
    });

    test('a restored draft (caret at its start, not focused): the reply after it', async ({ page }) => {
      await openEditor(page, name);
      await restore(page, ['Quick note first.', 'Second line of the note.']);
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      expectAfter(await model(page), ['Quick note first.', 'Second line of the note.']);
    });

    test('a caret placed inside the text: the reply after that paragraph', async ({ page }) => {
      await openEditor(page, name);
      await restore(page, ['First paragraph here.', 'Second paragraph.']);
      await clickAt(page, 'paragraph here', 2);
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      expectAfter(await model(page), ['First paragraph here.'], ['Second paragraph.']);
    });

    test('a selection is never overwritten by Approve', async ({ page }) => {
      await openEditor(page, name);
      await restore(page, ['Please keep this sentence.']);
      await clickAt(page, 'keep', 1, 2);
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      expectAfter(await model(page), ['Please keep this sentence.']);
    });

    test('Replace selection replaces exactly the selection', async ({ page }) => {
      await openEditor(page, name);
      await restore(page, ['Please keep this sentence.']);
      await clickAt(page, 'keep', 1, 2);
      expect(await insert(page, REPLY, 'replace-selection')).toEqual({ ok: true });
      expect(squeeze((await model(page)).join('\n'))).toBe(squeeze(`Please ${REPLY} this sentence.`));
    });

    test('text typed after insertion continues after the reply', async ({ page }) => {
      await openEditor(page, name);
      await restore(page, ['Quick note first.']);
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      await page.keyboard.type('XYZ');
      expect(textLines(await model(page)).at(-1)).toBe('AlexXYZ');
    });

    test('one undo removes the whole insertion', async ({ page }) => {
      await openEditor(page, name);
      await restore(page, ['Quick note first.']);
      expect(await insert(page, REPLY)).toEqual({ ok: true });
      // TinyMCE's UndoManager: the insertion is one step, the restored draft is none (its history was cleared).
      const canUndo = () => page.evaluate(() => window.harness.canUndo?.() ?? null);
      if ((await canUndo()) !== null) expect(await canUndo()).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => model(page).then(textLines)).toEqual(['Quick note first.']);
      if ((await canUndo()) !== null) expect(await canUndo()).toBe(false);
    });

    test('markup-looking text stays text, inserted once', async ({ page }) => {
      await openEditor(page, name);
      const markup = 'Use <b>bold</b> & <script>alert(1)</script> <img src=x onerror=alert(2)>';
      expect(await insert(page, markup)).toEqual({ ok: true });
      expect(textLines(await model(page))).toEqual([markup]);
    });
  });
}

test('an editor that takes nothing: a clear failure, and the reply goes to the clipboard instead', async ({ page }) => {
  await openEditor(page, 'prosemirror');
  const result = await page.evaluate(() => {
    const stubborn = document.body.appendChild(Object.assign(document.createElement('div'), { contentEditable: 'true' }));
    // An editor that claims every input and applies none (a broken or read-only host editor).
    for (const type of ['paste', 'beforeinput', 'input']) stubborn.addEventListener(type, (event) => event.preventDefault());
    return window.replyloopInsert(stubborn, 'Hi Sam,\n\nBest,\nAlex');
  });
  expect(result).toEqual({ ok: false, problem: 'not-taken' });
});

test('Replace selection without a selection inserts nothing', async ({ page }) => {
  await openEditor(page, 'ckeditor5');
  await restore(page, ['Quick note first.']);
  expect(await insert(page, REPLY, 'replace-selection')).toEqual({ ok: false, problem: 'no-selection' });
  expect(await model(page)).toEqual(['Quick note first.']);
});
