import { configureModel, expect, openPanel, readTable, test } from './extension';
import { composerText, serveZendesk, TICKET_URL, ZENDESK_ORIGIN } from '../support/zendesk-pages';
import { INSTRUCTION_PREFIX } from '../llm-server/reply';
import type { Page } from '@playwright/test';

/** Once the new draft is in, nothing says it is still coming (#15: "Drafting again." stayed after it arrived). */
async function expectNoStaleStatus(panel: Page): Promise<void> {
  await expect(panel.getByTestId('draft-text')).toHaveAttribute('aria-busy', 'false');
  await expect(panel.locator('.toast')).toHaveCount(0);
  await expect(panel.getByRole('status')).toHaveCount(0);
  await expect(panel.getByText(/Drafting|drafting again/)).toHaveCount(0);
}

test.describe('steering a draft on a Zendesk ticket', () => {
  test.beforeEach(async ({ context, extensionId, llm }) => {
    await configureModel(context, extensionId, llm);
    await serveZendesk(context);
  });

  test('Reject → Draft again with this reason → Approve: the new draft replaces the old, and counts as the correction of the first', async ({ context, extensionId, llm }) => {
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText('Best regards');
    const firstDraft = (await draft.textContent())!;

    await panel.getByRole('button', { name: 'Reject' }).click();
    await panel.getByLabel('Reason (optional)').fill('mention the 30-day window');
    await panel.getByRole('button', { name: 'Draft again with this reason' }).click();

    await expect(draft).toContainText(`${INSTRUCTION_PREFIX}mention the 30-day window`);
    await expect(panel.getByTestId('draft-instructions')).toHaveText('Drafted again: “mention the 30-day window”.');
    await expectNoStaleStatus(panel);
    // The model saw the draft it replaces and the instruction, as quoted data.
    const lastPrompt = JSON.stringify(llm.requests.filter((request) => request.path === '/v1/chat/completions').at(-1)?.body);
    expect(lastPrompt).toContain('<agent_instructions>');
    expect(lastPrompt).toContain('<previous_draft>');
    const redrafted = (await draft.textContent())!;

    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
    await expect.poll(() => composerText(ticket)).toContain(`${INSTRUCTION_PREFIX}mention the 30-day window`);

    expect(await readTable(panel, 'drafts')).toHaveLength(1);
    expect(await readTable(panel, 'reviews')).toMatchObject([{ decision: 'edited', draftText: firstDraft, finalText: redrafted, instructions: ['mention the 30-day window'] }]);
    expect(await readTable(panel, 'corrections')).toMatchObject([{ draftText: firstDraft, approvedText: redrafted }]);
  });

  test('Draft again… with "shorter" at any time, by key', async ({ context, extensionId }) => {
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText('Best regards');
    const paragraphs = (text: string) => text.split('\n\n').length;
    const before = paragraphs((await draft.textContent())!);

    await panel.keyboard.press('d');
    await panel.getByLabel('What should change?').fill('shorter');
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('draft-instructions')).toContainText('shorter');
    await expect.poll(async () => paragraphs((await draft.textContent())!)).toBeLessThan(before);
    await expectNoStaleStatus(panel);
  });

  test("every draft carries the agent's greeting and signature from options", async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Greeting').fill('Hey {name}!');
    await options.getByLabel('Signature').fill('Cheers,\nSam · Acme Support');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();
    await options.close();

    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText('Cheers,\nSam · Acme Support');
    const text = (await draft.textContent())!;
    expect(text).toMatch(/^Hey \S+!\n\n/);
    expect(text).not.toContain('Best regards');
  });

  test('Save page to knowledge is refused on a ticket; a help article is saved with its email address removed, listed, and deleted', async ({ context, extensionId }) => {
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const ticketPanel = await openPanel(context, extensionId, ticket);
    await ticketPanel.getByRole('button', { name: 'Save page to knowledge' }).click();
    await expect(ticketPanel.getByRole('alert').filter({ hasText: 'This is a helpdesk conversation' })).toContainText('save that instead');
    expect(await readTable(ticketPanel, 'knowledge')).toEqual([]);

    const articleUrl = `${ZENDESK_ORIGIN}/hc/en-us/articles/360002-Refunds`;
    await context.route(articleUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<title>Refunds – Acme Help Center</title><article><h1>Refunds</h1><p>Refunds reach your card within 5-10 business days. Questions? Write to marco.rossi@acme.com and quote your order number.</p></article>',
      }),
    );
    const article = await context.newPage();
    await article.goto(articleUrl);
    const panel = await openPanel(context, extensionId, article);
    await panel.getByRole('button', { name: 'Save page to knowledge' }).click();
    await expect(panel.getByRole('status')).toContainText('Saved “Refunds');
    const [chunk] = await readTable<{ text: string }>(panel, 'knowledge');
    expect(chunk?.text).toContain('Write to [email address removed] and quote');
    expect(chunk?.text).not.toContain('marco.rossi');

    await panel.getByText('Saved knowledge (1)').click();
    await expect(panel.getByRole('link', { name: /^Refunds/ })).toHaveAttribute('href', articleUrl);
    await panel.getByRole('button', { name: /^Delete “Refunds.*” from knowledge$/ }).click();
    await expect(panel.getByText('Saved knowledge (0)')).toBeVisible();
    expect(await readTable(panel, 'knowledge')).toEqual([]);
  });
});
