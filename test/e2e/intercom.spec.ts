import { configureModel, expect, openPanel, readTable, test } from './extension';
import { CHAT_CONVERSATION_URL, composerBlocks, composerText, EMAIL_CONVERSATION_URL, openConversation, serveIntercom } from '../support/intercom-pages';

const REPLY_TOPIC = 'You asked about "'; // the local model quotes the customer's message

test.describe('the review loop in Intercom', () => {
  test.beforeEach(async ({ context, extensionId, llm }) => {
    await configureModel(context, extensionId, llm);
    await serveIntercom(context);
  });

  test('drafts for the latest customer part, and Approve puts the draft in the ProseMirror composer', async ({ context, extensionId, llm }) => {
    const inbox = await context.newPage();
    await inbox.goto(EMAIL_CONVERSATION_URL);
    const panel = await openPanel(context, extensionId, inbox);

    await expect(panel.getByTestId('customer-message')).toContainText('two pending charges of €240');
    const draft = panel.getByTestId('draft-text');
    await expect(draft).toContainText(REPLY_TOPIC);
    await expect(panel.getByRole('button', { name: 'Approve', exact: true })).toBeEnabled();
    const draftText = (await draft.textContent())!;

    // The model saw the customer's latest part, not the note after it, nor the quoted history.
    const prompt = JSON.stringify(llm.requests.find((request) => request.path === '/v1/chat/completions')?.body);
    expect(prompt).toMatch(/latest_customer_message>\\n[^<]*two pending charges/);
    expect(prompt).not.toMatch(/latest_customer_message>\\n[^<]*only one will settle/);

    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
    // Read from the real ProseMirror's document: its own input path took the reply.
    await expect.poll(() => composerText(inbox)).toContain(draftText.split('\n')[0]!);

    // Intercom's own Send sees the text, and ReplyLoop reads the sent reply back.
    await inbox.bringToFront();
    await inbox.locator('.inbox2__conversation-page [data-fixture-send]').click();
    await expect(inbox.locator('[data-part-group-category="3"]').last()).toContainText(draftText.split('\n')[0]!);
    await expect.poll(async () => (await readTable<{ sentText: string | null }>(panel, 'reviews'))[0]?.sentText ?? '').toContain(
      draftText.split('\n')[0]!,
    );
  });

  test('keeps what the agent already typed, a blank line above the reply', async ({ context, extensionId }) => {
    const inbox = await context.newPage();
    await inbox.goto(EMAIL_CONVERSATION_URL);
    const panel = await openPanel(context, extensionId, inbox);
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);

    await inbox.bringToFront();
    await inbox.locator('.inbox2__composer__container .ProseMirror').click();
    await inbox.keyboard.type('Hi Sam, quick note first.');
    await panel.getByRole('button', { name: 'Edit' }).click();
    await panel.getByLabel('Edited reply').fill('Both charges will be reversed.\n\nBest,\nAlex');
    await panel.getByRole('button', { name: 'Approve edit' }).click();

    await expect.poll(() => composerBlocks(inbox)).toEqual(['Hi Sam, quick note first.', '', 'Both charges will be reversed.', 'Best,\nAlex']);
  });

  test('follows SPA navigation to another conversation, and refuses a draft for the one left behind', async ({ context, extensionId }) => {
    const inbox = await context.newPage();
    await inbox.goto(EMAIL_CONVERSATION_URL);
    const panel = await openPanel(context, extensionId, inbox);
    await expect(panel.getByTestId('customer-message')).toContainText('two pending charges');

    // The agent clicks another conversation in the list: pushState and a new column, no page load.
    await openConversation(inbox, 'Tom Becker');
    await expect(inbox).toHaveURL(CHAT_CONVERSATION_URL);
    await expect(panel.getByTestId('customer-message')).toContainText("It's the Projects export, about 12k rows.");
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);

    // Approve the first conversation's draft while the tab shows the chat.
    await panel.getByRole('navigation', { name: 'Drafts waiting for review' }).getByRole('button').first().click();
    await expect(panel.getByTestId('customer-message')).toContainText('two pending charges');
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();

    await expect(panel.getByRole('alert')).toContainText('not the conversation this draft was written for');
    expect(await composerBlocks(inbox)).toEqual(['']);
    expect(await readTable(panel, 'reviews')).toEqual([]);
  });

  test('refuses a composer in Note mode, and says how to fix it', async ({ context, extensionId }) => {
    const inbox = await context.newPage();
    await inbox.goto(EMAIL_CONVERSATION_URL);
    const panel = await openPanel(context, extensionId, inbox);
    await expect(panel.getByTestId('draft-text')).toContainText(REPLY_TOPIC);

    await inbox.bringToFront();
    await inbox.locator('[data-fixture-composer-mode-button]').click();
    await inbox.getByRole('menuitemradio', { name: 'Note' }).click();
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();

    await expect(panel.getByRole('alert')).toContainText('the composer is set to Note');
    expect(await composerText(inbox)).toBe('');
  });

  test('a new customer message sets the waiting draft aside and drafts again', async ({ context, extensionId }) => {
    const inbox = await context.newPage();
    await inbox.goto(EMAIL_CONVERSATION_URL);
    const panel = await openPanel(context, extensionId, inbox);
    await expect(panel.getByTestId('draft-text')).toContainText(`${REPLY_TOPIC}Thanks Alex.`);

    await inbox.locator('#fixture-new-message').click();

    await expect(panel.getByTestId('customer-message')).toContainText('both €240 charges as settled');
    await expect(panel.getByText('That draft was set aside')).toBeVisible();
    await expect(panel.getByTestId('draft-text')).toContainText(`${REPLY_TOPIC}Any update?`);
  });
});
