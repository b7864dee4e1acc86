import { configureModel, expect, openPanel, readTable, test } from './extension';
import { composerText, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

test.beforeEach(async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
});

test('a new customer message marks the waiting draft stale and drafts again', async ({ context, extensionId, llm }) => {
  await serveZendesk(context, 'two-tickets');
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('draft-text')).toContainText('Visa ending in 4242');

  await ticket.locator('#fixture-new-message').click();

  await expect(panel.getByTestId('customer-message')).toContainText('my bank app still shows both $89.00 charges');
  await expect(panel.getByText('That draft was set aside')).toBeVisible();
  await expect(panel.getByTestId('draft-text')).toContainText('my bank app still shows');
  const drafts = await readTable<{ status: string }>(panel, 'drafts');
  expect(drafts.map((draft) => draft.status).sort()).toEqual(['pending', 'stale']);
  expect(llm.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(2);
});

test('a reply changed in the composer after approval is captured when sent, as the final version', async ({ context, extensionId }) => {
  await serveZendesk(context);
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect.poll(() => composerText(ticket)).toContain('Best regards');

  // The agent adds a fact in the helpdesk's own editor, then submits.
  await ticket.bringToFront();
  const editor = ticket.locator('.ck-editor__editable[contenteditable="true"]').first();
  await editor.click();
  await ticket.keyboard.press('Control+End');
  await ticket.keyboard.type(' Refunds take 5-10 business days.');
  await ticket.locator('[data-test-id="submit_button-button"]').first().click();
  await expect(ticket.locator('[data-test-id="omni-log-item-message"][type="agent"]').last()).toContainText('5-10 business days');

  await expect.poll(async () => (await readTable<{ sentText: string | null }>(panel, 'reviews'))[0]?.sentText ?? '').toContain('5-10 business days');
  const [review] = await readTable(panel, 'reviews');
  expect(review).toMatchObject({ decision: 'edited', editKind: 'substantive' });
  const [correction] = await readTable<{ approvedText: string }>(panel, 'corrections');
  expect(correction?.approvedText).toContain('Refunds take 5-10 business days.');
});

test('a page the adapter cannot read is reported in the panel, and nothing is drafted', async ({ context, extensionId, llm }) => {
  // A ticket whose log has markup the adapter does not know (as when Zendesk changes its page).
  const changedMarkup =
    '<main id="main_panes"><div><div data-side-conversations-anchor-id="12345">' +
    '<input data-test-id="omni-header-subject" value="Charged twice"><div class="new-log"><p>I was charged twice</p></div>' +
    '</div></div></main>';
  await context.route(TICKET_URL, (route) => route.fulfill({ contentType: 'text/html', body: changedMarkup }));
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByRole('alert')).toContainText('Zendesk: no conversation found in ticket #12345.');
  await expect(panel.getByRole('alert')).toContainText('Report it to the ReplyLoop project');
  expect(llm.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(0);
});
