import { configureModel, expect, openPanel, readTable, test } from './extension';
import { correctTicketDraft, serveTicketVariant, serveZendesk, TICKET_URL, ZENDESK_ORIGIN } from '../support/zendesk-pages';

const PARAPHRASE = 'Both payments for order #A-20417 went through on my Visa and I am close to my overdraft. Please refund the second charge today, or tell me when the money will be back.';
const CORRECTED = 'Hi Jane,\n\nWe refunded the duplicate $89.00 charge today. Refunds take 5-10 business days to reach your card; we cannot make it faster.\n\nBest regards,\nMarco';

test('a correction shapes the draft for a paraphrased question in another conversation, and the panel shows it', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  await serveZendesk(context);
  // A second ticket asking the same thing in other words.
  const secondTicketUrl = await serveTicketVariant(context, '12399', PARAPHRASE);

  const first = await context.newPage();
  await first.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, first);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Edited reply').fill(CORRECTED);
  await panel.getByRole('button', { name: 'Approve edit' }).click();
  await expect(panel.getByRole('status')).toContainText('The correction is remembered');

  const second = await context.newPage();
  await second.goto(secondTicketUrl);
  const secondPanel = await openPanel(context, extensionId, second);
  await expect(secondPanel.getByTestId('customer-message')).toContainText('Both payments for order #A-20417');
  // The local model visibly reuses an example reply it finds in the prompt.
  await expect(secondPanel.getByTestId('draft-text')).toContainText('As we have answered before: Hi Jane,');
  const prompts = llm.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => JSON.stringify(request.body));
  expect(prompts[1]).toContain('<approved_reply>Hi Jane,\\n\\nWe refunded the duplicate $89.00 charge today.');

  await expect(secondPanel.getByText('Shaped by 1 past correction')).toBeVisible();
  await secondPanel.getByText('Shaped by 1 past correction').click();
  await expect(secondPanel.locator('.provenance')).toContainText('Refunds take 5-10 business days to reach your card');
  const drafts = await readTable<{ conversationId: string; provenance: { kind: string; similarity: number }[] }>(secondPanel, 'drafts');
  expect(drafts.find((draft) => draft.conversationId === 'zendesk:acme:12399')?.provenance).toMatchObject([{ kind: 'correction' }]);
});

test('Save page to knowledge: a help-centre article is chunked, retrieved for a related ticket and cited', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  const articleUrl = `${ZENDESK_ORIGIN}/hc/en-us/articles/360001-Refund-policy`;
  await context.route(articleUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<title>Refund policy – Acme Help Center</title><nav>Home · Help</nav><article><h1>Refund policy</h1>
        <p>When a card was charged twice, we refund the duplicate charge to the same card. The money is back on your card within 5-10 business days; banks cannot speed this up.</p>
        <p>Refunds for orders cancelled before shipping include the shipping fee.</p></article><footer>© Acme</footer>`,
    }),
  );
  const article = await context.newPage();
  await article.goto(articleUrl);
  const panel = await openPanel(context, extensionId, article);
  await panel.getByRole('button', { name: 'Save page to knowledge' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved “Refund policy');
  expect(await readTable(panel, 'knowledge')).toMatchObject([{ sourceUrl: articleUrl, text: expect.stringContaining('within 5-10 business days') }]);

  await serveZendesk(context);
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const ticketPanel = await openPanel(context, extensionId, ticket);
  await expect(ticketPanel.getByTestId('draft-text')).toContainText('Best regards');
  const prompt = JSON.stringify(llm.requests.find((request) => request.path === '/v1/chat/completions')?.body);
  expect(prompt).toContain('<knowledge>');
  expect(prompt).toContain('back on your card within 5-10 business days');
  await expect(ticketPanel.getByText('Shaped by 1 knowledge article')).toBeVisible();
});

test('switching to the endpoint’s embeddings re-embeds memory in the background', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  const panel = await correctTicketDraft(context, extensionId, CORRECTED);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('The model endpoint’s embeddings').check();
  await options.getByLabel('Embedding dimensions').fill('128');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByText('Saved.')).toBeVisible();

  // Nothing drafts meanwhile: the worker re-embeds because the setting changed.
  const endpointKeys = async () =>
    (await readTable<{ embedderId: string; keys: string[] }>(panel, 'vectorBlocks')).find((block) =>
      block.embedderId.startsWith('openai:text-embedding-3-small:128@'),
    )?.keys;
  await expect.poll(endpointKeys).toEqual([expect.stringMatching(/^correction:/)]);
  expect(llm.requests.some((request) => request.path === '/v1/embeddings')).toBe(true);
});
