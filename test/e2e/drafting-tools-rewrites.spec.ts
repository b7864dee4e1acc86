import { configureModel, expect, openPanel, readTable, test } from './extension';
import { DEFAULT_TAXONOMY } from '../../utils/autonomy/categories';
import { serveLongTicket, serveTicketVariant, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

test.describe('quick rewrites, translation and feedback on a Zendesk ticket (#16)', () => {
  test.beforeEach(async ({ context, extensionId, llm }) => {
    await configureModel(context, extensionId, llm);
    await serveZendesk(context);
  });

  test('a rewrite of a selection is previewed, accepted, then undone', async ({ context, extensionId }) => {
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText('Best regards');
    const original = (await draft.textContent())!;
    // The agent opens the rewrites first: a click elsewhere would clear the selection.
    await panel.getByText('Rewrite the draft or the selected part').click();
    // Select the paragraph that starts "Thank you for reaching out" in the shown draft.
    await draft.evaluate((element) => {
      const node = element.firstChild!;
      const text = node.textContent!;
      const start = text.indexOf('Thank you for reaching out');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, text.indexOf('\n\n', start));
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await panel.getByRole('button', { name: 'Friendlier' }).click();

    const preview = panel.getByRole('region', { name: 'Rewrite preview' });
    await expect(preview).toContainText('Friendlier (selection)');
    await expect(preview.locator('ins')).toContainText('Happy to help!');
    await expect(draft).toHaveText(original);

    await preview.getByRole('button', { name: 'Accept rewrite' }).click();
    await expect(draft).toContainText('Happy to help! Thank you for reaching out');
    expect((await draft.textContent())!.startsWith(original.slice(0, original.indexOf('Thank you')))).toBe(true);

    await panel.getByRole('button', { name: 'Undo “Friendlier (selection)”' }).click();
    await expect(draft).toHaveText(original);
  });

  test('a Spanish customer message is drafted in Spanish, with a translation for the agent', async ({ context, extensionId }) => {
    const url = await serveTicketVariant(context, '12350', 'Hola, quiero un reembolso de mi pedido porque llegó roto y no funciona.');
    const ticket = await context.newPage();
    await ticket.goto(url);
    const panel = await openPanel(context, extensionId);
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText('Saludos cordiales');
    await expect(draft).toContainText('He pasado tu solicitud de reembolso');
    await expect(panel.getByText('The customer writes in Spanish')).toBeVisible();

    await panel.getByRole('button', { name: 'Translate to English' }).click();
    await expect(panel.getByTestId('translated-draft')).toContainText('I have passed your refund request to our billing team.');
    await expect(panel.getByTestId('translated-customer-message')).toContainText('[English] Hola, quiero un reembolso');
    // The draft itself stays in Spanish: it is what the customer gets.
    await expect(draft).toContainText('He pasado tu solicitud de reembolso');

    await panel.getByLabel('Why this rating (optional)').fill('right language');
    await panel.getByRole('button', { name: 'Good draft' }).click();
    await expect.poll(async () => (await readTable(panel, 'drafts'))[0]).toMatchObject({ feedback: { verdict: 'up', reason: 'right language' } });

    // The popup counts it, overall and for the draft's category, with its reason.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('summary', { hasText: 'Quick feedback' }).click();
    await expect(popup.getByTestId('feedback-overall')).toContainText('👍 1 · 👎 0');
    const { category } = (await readTable<{ category: string }>(panel, 'drafts'))[0]!;
    const label = DEFAULT_TAXONOMY.find((entry) => entry.id === category)!.label;
    await expect(popup.getByRole('list', { name: 'Quick feedback' }).getByRole('listitem', { name: label })).toContainText('👍 1 · 👎 0 · Reasons: 👍 “right language” ×1');
  });

  test('a long conversation is summarised at the top of the review, and the summary is kept with the draft', async ({ context, extensionId, llm }) => {
    const url = await serveLongTicket(context, '12360', 4);
    const ticket = await context.newPage();
    await ticket.goto(url);
    const panel = await openPanel(context, extensionId, ticket);
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText('Best regards');
    // The four messages the model sees of the committed ticket, and four follow-ups: over SUMMARY_MIN_MESSAGES (6).
    const summary = panel.getByRole('region', { name: 'Conversation summary' });
    await expect(summary.getByTestId('conversation-summary')).toHaveText(/^8 messages\. First: "Hi,.*" Latest: "It's the Visa ending in 4242\."$/);
    // At the top: above the customer's message and the draft.
    const top = async (locator: typeof draft) => (await locator.boundingBox())!.y;
    expect(await top(summary)).toBeLessThan(await top(panel.getByTestId('customer-message')));
    expect(await top(summary)).toBeLessThan(await top(draft));

    // Cached with the draft: a fresh panel shows it with no new model call.
    const [stored] = await readTable<{ summary: string | null }>(panel, 'drafts');
    expect(stored?.summary).toMatch(/^8 messages\./);
    const modelCalls = llm.requests.filter((request) => request.path === '/v1/chat/completions').length;
    await panel.close();
    const again = await openPanel(context, extensionId, ticket);
    await expect(again.getByTestId('conversation-summary')).toHaveText(stored!.summary!);
    expect(llm.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(modelCalls);
  });

  test('a short conversation gets no summary', async ({ context, extensionId }) => {
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
    await expect(panel.getByRole('region', { name: 'Conversation summary' })).toHaveCount(0);
    expect((await readTable<{ summary: string | null }>(panel, 'drafts'))[0]?.summary).toBeNull();
  });
});
