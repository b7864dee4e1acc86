import { configureModel, expect, openPanel, readTable, test } from './extension';
import { composerBlocks, composerText, OTHER_TICKET_URL, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

const REPLY_TOPIC = 'You asked about "'; // the local model quotes the customer's message

test.describe('the review loop on a Zendesk ticket', () => {
  test.beforeEach(async ({ context, extensionId, llm }) => {
    await configureModel(context, extensionId, llm);
  });

  test('detects the customer message, drafts, and Approve puts the draft in the composer', async ({ context, extensionId, llm }) => {
    await serveZendesk(context);
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);

    await expect(panel.getByTestId('customer-message')).toContainText('Visa ending in 4242');
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText(REPLY_TOPIC);
    await expect(panel.getByRole('button', { name: 'Approve', exact: true })).toBeEnabled();
    const draftText = (await draft.textContent())!;

    // The model saw the latest customer message, not the later internal note.
    const prompt = JSON.stringify(llm.requests.find((request) => request.path === '/v1/chat/completions')?.body);
    expect(prompt).toContain('<latest_customer_message>');
    expect(prompt).toMatch(/latest_customer_message>\\n[^<]*Visa ending in 4242/);

    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
    await expect.poll(() => composerText(ticket)).toContain(draftText.split('\n')[0]!);

    const reviews = await readTable(panel, 'reviews');
    expect(reviews).toMatchObject([{ decision: 'approved' }]);
    expect(await readTable(panel, 'corrections')).toHaveLength(0);
  });

  test('Edit then Approve edit inserts the edited text and stores a correction', async ({ context, extensionId }) => {
    await serveZendesk(context);
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);
    const draftText = (await panel.getByTestId('draft-text').textContent())!;

    await panel.getByRole('button', { name: 'Edit' }).click();
    const edited = 'Hi Jane,\n\nWe refunded the duplicate charge of $49.00 today; it shows in 3–5 business days.\n\nBest regards,\nSam';
    await panel.getByLabel('Edited reply').fill(edited);
    await panel.getByRole('button', { name: 'Approve edit' }).click();

    await expect(panel.getByRole('status')).toContainText('The correction is remembered');
    await expect.poll(() => composerText(ticket)).toBe(edited);
    const [correction] = await readTable(panel, 'corrections');
    expect(correction).toMatchObject({ draftText, approvedText: edited, category: 'refunds', helpdesk: 'zendesk' });
    expect(correction?.customerMessage).toContain('Visa ending in 4242');
  });

  test('Reject inserts nothing and records the decision', async ({ context, extensionId }) => {
    await serveZendesk(context);
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);

    await panel.getByRole('button', { name: 'Reject' }).click();
    await panel.getByLabel('Reason (optional)').fill('Wrong policy');
    await panel.getByRole('button', { name: 'Confirm reject' }).click();
    await expect(panel.getByRole('status')).toContainText('nothing was inserted');
    await expect(panel.getByText('No drafts waiting')).toBeVisible();
    expect(await composerBlocks(ticket)).toEqual(['']);
    expect(await readTable(panel, 'reviews')).toMatchObject([{ decision: 'rejected', finalText: null, rejectReason: 'Wrong policy' }]);
  });

  test('a conversation switched before Approve gets nothing, and the panel says why', async ({ context, extensionId }) => {
    await serveZendesk(context, 'two-tickets');
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId);
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);

    // The agent opens the other ticket's workspace tab (SPA navigation, no page load).
    await ticket.locator('[data-test-id="header-tab"][data-entity-id="12346"]').click();
    await expect(ticket).toHaveURL(OTHER_TICKET_URL);
    await expect(panel.getByRole('navigation', { name: 'Drafts waiting for review' }).getByRole('button')).toHaveCount(2);

    // Approve the first ticket's draft while the tab shows the second one.
    await panel.getByRole('navigation', { name: 'Drafts waiting for review' }).getByRole('button').first().click();
    await expect(panel.getByTestId('customer-message')).toContainText('Visa ending in 4242');
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();

    await expect(panel.getByRole('alert')).toContainText('not the conversation this draft was written for');
    expect(await composerText(ticket, '12345')).toBe('');
    expect(await composerText(ticket, '12346')).toBe('');
    expect(await readTable(panel, 'reviews')).toEqual([]);
  });
});

test('Approve keeps what the agent already typed in the composer', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  await serveZendesk(context);
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  await ticket.locator('.ck-editor__editable[contenteditable="true"]').first().click();
  await ticket.keyboard.type('Quick note before the reply.');
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');

  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
  // The real CKEditor's model: the agent's paragraph, one blank paragraph, the reply.
  const blocks = await composerBlocks(ticket);
  expect(blocks.slice(0, 2)).toEqual(['Quick note before the reply.', '']);
  expect(blocks[2]).toMatch(/^Hi Jane/);
  expect(blocks.join('\n')).toContain('Best regards');
});
