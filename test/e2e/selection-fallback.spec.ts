import { configureModel, expect, openPanel, readTable, tabIdOf, test } from './extension';

const FORUM_URL = 'https://forum.example.com/t/order-stuck/42';

test('on any other page, "Draft a reply to the selection" drafts from the selected text and Approve copies it', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  await context.route(FORUM_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Order stuck</title><article><p>My order #1042 has not shipped after ten days. Where is it?</p></article>' }),
  );
  const forum = await context.newPage();
  await forum.goto(FORUM_URL);
  const selection = 'My order #1042 has not shipped after ten days. Where is it?';

  // Playwright cannot click the browser's own context menu: dispatch the click it would deliver.
  // A real click also grants activeTab; a dispatched one does not, so the page's text stays unread
  // and the selection alone is drafted from (the path for pages the browser protects).
  const tabId = await tabIdOf(context, forum);
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(
    async ({ id, url, selectionText }) => {
      const tab = await chrome.tabs.get(id);
      const info = { menuItemId: 'replyloop-draft-selection', selectionText, pageUrl: url, editable: false };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, tab);
    },
    { id: tabId, url: FORUM_URL, selectionText: selection },
  );

  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('customer-message')).toHaveText(selection);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  await panel.getByRole('button', { name: 'Approve and copy' }).click();
  await expect(panel.getByRole('status')).toContainText('Approved and copied');
  expect(await readTable(panel, 'reviews')).toMatchObject([{ decision: 'approved', helpdesk: 'web' }]);
});
