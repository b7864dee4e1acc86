import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveHelpdesk } from '../support/browser';
import { DAMAGED_THREAD_URL, GMAIL_ORIGIN, serveGmail } from '../support/gmail-pages';
import { currentBuildHtml, serveCurrentBuild } from '../support/intercom-pages';
import { OTHER_TICKET_URL, serveZendesk, serveZendeskApi, TICKET_URL, ZENDESK_API_FIXTURES, ZENDESK_ORIGIN } from '../support/zendesk-pages';
import { configureModel, expect, openPanel, readTable, test } from './extension';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const chatPrompts = (llm: { requests: { path: string; body: unknown }[] }) =>
  llm.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => JSON.stringify(request.body));

test.beforeEach(async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
});

test.describe('Zendesk through its REST API', () => {
  test('reads the ticket through /api/v2 by default, even where the page markup is unknown', async ({ context, extensionId, llm }) => {
    // The log's markup renamed (as after a Zendesk release): the page alone cannot be read.
    const page = (await readFile(resolve(FIXTURES, 'zendesk/ticket.html'), 'utf8')).replaceAll('omni-log-comment-item', 'omni-log-entry-v2');
    await serveHelpdesk(context, ZENDESK_ORIGIN, {});
    const asked = await serveZendeskApi(context, ZENDESK_API_FIXTURES);
    await context.route(TICKET_URL, (route) => route.fulfill({ contentType: 'text/html', body: page }));
    const ticket = await context.newPage();
    await ticket.goto(TICKET_URL);
    const panel = await openPanel(context, extensionId, ticket);

    await expect(panel.getByTestId('customer-message')).toContainText("It's the Visa ending in 4242");
    await expect(panel.getByTestId('draft-text')).toContainText('Visa ending in 4242');
    expect(asked).toEqual(expect.arrayContaining(['/api/v2/tickets/12345.json', '/api/v2/tickets/12345/comments.json']));
    // The internal note (public: false) reached the model as a note, not as the customer's words.
    expect(chatPrompts(llm)[0]).not.toMatch(/latest_customer_message>\\n[^<]*payment provider/);
  });

  for (const status of [403, 429]) {
    test(`falls back to the page when the API answers ${status}`, async ({ context, extensionId }) => {
      await serveZendesk(context);
      await context.route(`${ZENDESK_ORIGIN}/api/v2/**`, (route) => route.fulfill({ status, headers: { 'Retry-After': '60' }, body: '' }));
      const ticket = await context.newPage();
      await ticket.goto(TICKET_URL);
      const panel = await openPanel(context, extensionId, ticket);
      await expect(panel.getByTestId('draft-text')).toContainText('Visa ending in 4242');
    });
  }

  test('takes the requester of the tab the URL names, not of the first tab in the page', async ({ context, extensionId, llm }) => {
    await serveZendesk(context, 'two-tickets');
    const workspace = await context.newPage();
    await workspace.goto(OTHER_TICKET_URL);
    const panel = await openPanel(context, extensionId, workspace);
    await expect(panel.getByTestId('draft-text')).toContainText('You asked about');
    const conversations = await readTable<{ id: string; customerName: string }>(panel, 'conversations');
    expect(conversations).toEqual([expect.objectContaining({ id: 'zendesk:acme:12346', customerName: 'Tom Becker' })]);
    // The requester's name is hidden from the model: Tom's, not another tab's.
    expect(chatPrompts(llm)[0]).not.toContain('Tom Becker');
  });
});

test.describe('Intercom in every region, current markup', () => {
  for (const host of ['app.eu.intercom.com', 'app.au.intercom.com']) {
    test(`drafts in a workspace hosted at ${host}, from the current part markup`, async ({ context, extensionId }) => {
      const url = `https://${host}/a/inbox/x7k2m9pq/inbox/shared/all/conversation/215470038211834`;
      await serveCurrentBuild(context, url);
      const inbox = await context.newPage();
      await inbox.goto(url);
      const panel = await openPanel(context, extensionId, inbox);
      await expect(panel.getByTestId('customer-message')).toContainText('two pending charges of €240');
      await expect(panel.getByTestId('draft-text')).toContainText('You asked about');
    });
  }

  test('refuses to insert while the composer’s own switch says Note', async ({ context, extensionId }) => {
    const url = 'https://app.eu.intercom.com/a/inbox/x7k2m9pq/inbox/shared/all/conversation/215470038211834';
    await serveCurrentBuild(context, url);
    const inbox = await context.newPage();
    await inbox.goto(url);
    const panel = await openPanel(context, extensionId, inbox);
    await expect(panel.getByTestId('draft-text')).toContainText('You asked about');
    await inbox.locator('.inbox-2__composer button[aria-haspopup]').evaluate((button) => (button.textContent = 'Note ▾'));
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(panel.getByText('the composer is set to Note')).toBeVisible();
  });

  test('says when no author can be told, and copies the page structure without any of its text', async ({ context, extensionId, llm }) => {
    const url = 'https://app.intercom.com/a/inbox/x7k2m9pq/inbox/shared/all/conversation/215470038211834';
    // Parts that show neither their kind nor a teammate name, all in one column: nothing tells who wrote them.
    const page = (await currentBuildHtml())
      .replaceAll(/inbox-2__(user|admin)-email-part/g, 'email-part')
      .replaceAll(/<span data-testid="admin-avatar-name">[^<]*<\/span>/g, '');
    await serveCurrentBuild(context, url, page);
    const inbox = await context.newPage();
    await inbox.goto(url);
    const panel = await openPanel(context, extensionId, inbox);

    const alert = panel.getByRole('alert').filter({ hasText: 'do not show who wrote them' });
    await expect(alert).toContainText("ReplyLoop cannot tell the customer's from the team's");
    await panel.getByRole('button', { name: 'Copy page structure for a bug report' }).click();
    const structure = await panel.getByLabel('Page structure').inputValue();
    expect(structure).toContain('.group/content-part');
    for (const personal of ['Sam Lee', 'sam.lee@example.net', 'refund', '€240', 'Priya', 'Northwind']) expect(structure).not.toContain(personal);
    expect(chatPrompts(llm)).toHaveLength(0);
  });
});

test.describe('Gmail: collapsed messages and shared mailboxes', () => {
  test('reads collapsed messages in full from the print view before drafting', async ({ context, extensionId, llm }) => {
    await serveGmail(context);
    const gmail = await context.newPage();
    await gmail.goto(DAMAGED_THREAD_URL);
    const panel = await openPanel(context, extensionId, gmail);
    await expect(panel.getByTestId('draft-text')).toContainText('You asked about');
    // Only the print view has it: the collapsed first email's snippet stops before it.
    expect(chatPrompts(llm)[0]).toContain('Can you get one to me by Friday?');
  });

  test('an address listed in options is the agent’s own: its reply is never taken for the customer’s', async ({ context, extensionId }) => {
    // The latest email came from the shared support@ mailbox (here: replacing Priya's expanded one).
    const mailbox = (await readFile(resolve(FIXTURES, 'gmail/mailbox.html'), 'utf8')).replace(
      /(aria-expanded="true"[\s\S]*?class="gD" )email="priya\.nair@example\.com" name="Priya Nair"/,
      '$1email="support@brightkettle.com" name="Brightkettle Support"',
    );
    const printView = (await readFile(resolve(FIXTURES, 'gmail/print-view-damaged.html'), 'utf8')).replace(
      /(<b>Dana Whitfield <\/b>[\s\S]*)<b>Priya Nair <\/b>&lt;priya\.nair@example\.com&gt;/,
      '$1<b>Brightkettle Support </b>&lt;support@brightkettle.com&gt;',
    );
    await serveGmail(context);
    await context.route(`${GMAIL_ORIGIN}/mail/u/0/`, (route) => route.fulfill({ contentType: 'text/html', body: mailbox }));
    await context.route(
      (url) => url.origin === GMAIL_ORIGIN && url.searchParams.get('view') === 'pt',
      (route) => route.fulfill({ contentType: 'text/html', body: printView }),
    );
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Your other addresses in Gmail').fill('support@brightkettle.com');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.').waitFor();
    await options.close();

    const gmail = await context.newPage();
    await gmail.goto(DAMAGED_THREAD_URL);
    const panel = await openPanel(context, extensionId, gmail);
    await expect(panel.getByTestId('customer-message')).toContainText('by Friday');
    await expect(panel.getByTestId('customer-message')).not.toContainText('packaging photo');
  });
});
