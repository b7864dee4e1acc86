import type { Page } from '@playwright/test';

/** What a fixture editor's own model holds (test/fixtures/editors/model-editor.js), by the editable's selector. */
export function editorModelText(page: Page, selector: string): Promise<string> {
  return page.evaluate((editable) => document.querySelector<HTMLElement>(editable)?.dataset.modelText ?? '', selector);
}

/** Every change the page's fixture editors accepted: proof the host's own input listeners fired. */
export function hostEditorLog(page: Page): Promise<{ inputType: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __fixtureEditorLog?: { inputType: string; text: string }[] }).__fixtureEditorLog ?? []);
}
