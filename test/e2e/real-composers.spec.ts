/**
 * The built extension's whole loop (draft → Approve / Edit → Approve edit / Replace selection)
 * into the REAL editors of the helpdesk fixtures: CKEditor 5 in Zendesk's, ProseMirror in
 * Intercom's. Every assertion reads the editor's own model (test/editors/fixture-editors.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { configureModel, expect, openPanel, test } from './extension';
import { composerBlocks as zendeskBlocks, serveZendesk, TICKET_URL, ZENDESK_COMPOSER } from '../support/zendesk-pages';
import { composerBlocks as intercomBlocks, EMAIL_CONVERSATION_URL, INTERCOM_COMPOSER, serveIntercom } from '../support/intercom-pages';

const EDITED = 'Hi Sam,\n\nBoth charges will be reversed.\n\nBest,\nAlex';
const EDITED_BLOCKS = ['Hi Sam,', 'Both charges will be reversed.', 'Best,\nAlex'];

const HELPDESKS = [
  { name: 'Zendesk (CKEditor 5)', serve: (context: BrowserContext) => serveZendesk(context), url: TICKET_URL, composer: ZENDESK_COMPOSER, blocks: zendeskBlocks },
  { name: 'Intercom (ProseMirror)', serve: serveIntercom, url: EMAIL_CONVERSATION_URL, composer: INTERCOM_COMPOSER, blocks: intercomBlocks },
];

for (const helpdesk of HELPDESKS) {
  test.describe(helpdesk.name, () => {
    async function open(context: BrowserContext, extensionId: string, draft?: string[]): Promise<{ page: Page; panel: Page }> {
      await helpdesk.serve(context);
      const page = await context.newPage();
      await page.goto(helpdesk.url);
      if (draft) {
        // A draft the helpdesk restored: set through the editor's API, never focused.
        await page.waitForFunction(() => window.__fixtureEditor !== undefined);
        await page.evaluate(
          async ({ selector, text }) => {
            await window.__fixtureEditor.ready();
            window.__fixtureEditor.setText(document.querySelector(selector)!, text);
          },
          { selector: helpdesk.composer, text: draft.join('\n\n') },
        );
      }
      const panel = await openPanel(context, extensionId, page);
      await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
      return { page, panel };
    }

    async function approveEdit(panel: Page, text: string, button = 'Approve edit'): Promise<void> {
      await panel.getByRole('button', { name: 'Edit' }).click();
      await panel.getByLabel('Edited reply').fill(text);
      await panel.getByRole('button', { name: button, exact: true }).click();
    }

    test.beforeEach(async ({ context, extensionId, llm }) => {
      await configureModel(context, extensionId, llm);
    });

    test('empty composer: Approve edit puts the reply alone; typing continues after it; one undo removes it', async ({ context, extensionId }) => {
      const { page, panel } = await open(context, extensionId);
      await approveEdit(panel, EDITED);
      await expect(panel.getByRole('status')).toContainText('Inserted your edited reply');
      expect(await helpdesk.blocks(page)).toEqual(EDITED_BLOCKS);

      await page.bringToFront();
      await page.keyboard.type(' Thanks!');
      expect((await helpdesk.blocks(page)).at(-1)).toBe('Best,\nAlex Thanks!');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      await expect.poll(() => helpdesk.blocks(page)).toEqual(['']);
    });

    test('a restored draft: the reply goes after it, a blank paragraph apart; markup stays text, once', async ({ context, extensionId }) => {
      const { page, panel } = await open(context, extensionId, ['Quick note first.']);
      const markup = 'Use <b>bold</b> & <script>alert(1)</script>';
      await approveEdit(panel, markup);
      await expect(panel.getByRole('status')).toContainText('Inserted your edited reply');
      expect(await helpdesk.blocks(page)).toEqual(['Quick note first.', '', markup]);
    });

    test('a caret inside the text: the reply after that paragraph', async ({ context, extensionId }) => {
      const { page, panel } = await open(context, extensionId, ['First paragraph here.', 'Second paragraph.']);
      await page.bringToFront();
      await page.locator(helpdesk.composer).getByText('First paragraph here.').click({ position: { x: 12, y: 6 } });
      await approveEdit(panel, EDITED);
      await expect(panel.getByRole('status')).toContainText('Inserted your edited reply');
      expect(await helpdesk.blocks(page)).toEqual(['First paragraph here.', '', ...EDITED_BLOCKS, 'Second paragraph.']);
    });

    test('a selection: Approve keeps it; Replace selection is the explicit way over it', async ({ context, extensionId }) => {
      const { page, panel } = await open(context, extensionId, ['Keep this sentence.']);
      await page.bringToFront();
      await page.locator(helpdesk.composer).getByText('Keep this sentence.').dblclick({ position: { x: 8, y: 6 } });
      await approveEdit(panel, 'Swap', 'Replace selection');
      await expect(panel.getByRole('status')).toContainText('Replaced the selected text');
      expect(await helpdesk.blocks(page)).toEqual(['Swap this sentence.']);
    });
  });
}
