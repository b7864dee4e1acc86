import '../editors/fixture-editors';
import type { Page } from '@playwright/test';

/** What the Gmail body imitation's model holds (test/fixtures/editors/model-editor.js), by the editable's selector. */
export function editorModelText(page: Page, selector: string): Promise<string> {
  return page.evaluate((editable) => document.querySelector<HTMLElement>(editable)?.dataset.modelText ?? '', selector);
}

/** Every change the page's fixture editors accepted: proof the host's own input listeners fired. */
export function hostEditorLog(page: Page): Promise<{ inputType: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __fixtureEditorLog?: { inputType: string; text: string }[] }).__fixtureEditorLog ?? []);
}

/**
 * The blocks of a REAL editor's model in a helpdesk fixture (CKEditor 5 in Zendesk's, ProseMirror
 * in Intercom's; test/editors/fixture-editors.ts): one string per paragraph, a soft break as "\n".
 */
export async function realEditorBlocks(page: Page, selector: string): Promise<string[]> {
  await page.waitForFunction(() => window.__fixtureEditor !== undefined);
  return page.evaluate(async (editable) => {
    await window.__fixtureEditor.ready();
    const element = document.querySelector(editable);
    return element ? window.__fixtureEditor.blocks(element) : [];
  }, selector);
}

/** The model as text: paragraphs a blank line apart (an empty paragraph adds one more), soft breaks as "\n". */
export const blocksText = (blocks: string[]) => blocks.join('\n\n').trim();
