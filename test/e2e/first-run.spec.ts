import type { BrowserContext, Page } from '@playwright/test';
import { configureModel, expect, openPanel, readTable, tabIdOf, test } from './extension';
import { captureState } from '../support/screens';
import { composerText, OTHER_TICKET_URL, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

// #15's first run: the welcome page on install, its first draft on the sample conversation,
// drafts waiting on the toolbar badge, and single-key shortcuts turned off.

const worker = async (context: BrowserContext) => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
/** What the toolbar button shows, as Chrome reports it to the worker. */
const badgeText = async (context: BrowserContext) => (await worker(context)).evaluate(() => chrome.action.getBadgeText({}));

/** The tab the extension opened by itself on install. */
async function installTab(context: BrowserContext, path: string): Promise<Page> {
  const opened = () => context.pages().find((page) => page.url().includes(path));
  await expect.poll(() => opened()?.url() ?? '', { message: `${path} opened on install`, timeout: 30_000 }).toContain(path);
  return opened()!;
}

test('install opens the welcome page; it connects a model and drafts the sample conversation in the panel', async ({ context, extensionId, llm }) => {
  test.setTimeout(240_000); // axe runs on four states, twice each
  const welcome = await installTab(context, '/welcome.html');
  expect(context.pages().filter((page) => page.url().includes('/options.html'))).toEqual([]);
  await welcome.setViewportSize({ width: 1000, height: 900 });
  await expect(welcome.getByRole('heading', { level: 1, name: 'Welcome to ReplyLoop' })).toBeVisible();
  await expect(welcome.getByTestId('sample-message')).toContainText('order #10432');
  await expect(welcome.getByText('Connect a model first')).toBeVisible();
  await captureState(welcome, 'welcome-setup', { fullPage: true });

  // Step 1: the options' own model fields, presets and Test connection, with a Save of their own.
  await welcome.getByLabel('Provider').selectOption('ollama');
  await expect(welcome.getByLabel('Base URL', { exact: true })).toHaveValue('http://localhost:11434/v1');
  await welcome.getByLabel('API key', { exact: true }).fill(llm.apiKey);
  await welcome.getByLabel('Base URL', { exact: true }).fill(llm.baseURL);
  await welcome.getByLabel('Model', { exact: true }).fill('replyloop-mock');
  await welcome.getByRole('button', { name: 'Test connection' }).click();
  await expect(welcome.getByText('model "replyloop-mock" is available')).toBeVisible();
  await welcome.getByRole('button', { name: 'Save model settings' }).click();
  await expect(welcome.getByText('Saved. ReplyLoop drafts with replyloop-mock.')).toBeVisible();
  await expect(welcome.getByText('Connect a model first')).toHaveCount(0);
  expect(await badgeText(context)).toBe('');

  // Step 2: one click drafts the sample for this tab; the panel following the tab shows it.
  await welcome.getByRole('button', { name: 'Draft a reply in the review panel' }).click();
  const panel = await openPanel(context, extensionId, welcome);
  await expect(panel.getByTestId('customer-message')).toContainText('order #10432');
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  await panel.setViewportSize({ width: 400, height: 700 });
  await captureState(panel, 'welcome-sample-panel');
  await expect(welcome.getByRole('status').filter({ hasText: 'waiting for your review' })).toBeVisible();
  await expect.poll(() => badgeText(context)).toBe('1');
  const prompt = llm.requests.find((request) => request.path === '/v1/chat/completions');
  expect(JSON.stringify(prompt?.body)).toContain('order #10432');
  await captureState(welcome, 'welcome-drafted', { fullPage: true });

  // Asking again answers the same message: no second draft.
  await welcome.getByRole('button', { name: 'Open the review panel' }).click();
  await panel.getByRole('button', { name: 'Approve and copy' }).click();
  await expect(panel.getByRole('status')).toContainText('Approved and copied');
  await expect(welcome.getByRole('status').filter({ hasText: 'Approved: the reply was copied' })).toBeVisible();
  await expect.poll(() => badgeText(context)).toBe('');
  expect(await readTable(panel, 'drafts')).toHaveLength(1);
});

test('single-key shortcuts turned off: the keys do nothing, Ctrl+Enter and the browser commands still act, the badge counts', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel(/Single-key shortcuts in the review panel/).uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByText('Saved.')).toBeVisible();
  await options.close();

  await serveZendesk(context, 'two-tickets');
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  await expect.poll(() => badgeText(context)).toBe('1');

  // A, E, R, D, J and ? are plain typing now: nothing is approved, edited, rejected or opened.
  await panel.getByRole('heading', { name: 'Draft reply' }).click();
  for (const key of ['a', 'e', 'r', 'd', 'j', '?']) await panel.keyboard.press(key);
  await expect(panel.getByLabel('Edited reply')).toHaveCount(0);
  await expect(panel.getByLabel('Reason (optional)')).toHaveCount(0);
  await expect(panel.getByRole('dialog')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Approve', exact: true })).not.toHaveAttribute('aria-keyshortcuts', 'A');
  expect(await composerText(ticket)).toBe('');
  expect((await readTable<{ status: string }>(panel, 'drafts')).map((draft) => draft.status)).toEqual(['pending']);

  // Ctrl+Enter is no single key: it still approves an edit.
  await panel.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = panel.getByLabel('Edited reply');
  await editor.fill(`${await editor.inputValue()}\n\nP.S. Thank you for your patience.`);
  await editor.press('Control+Enter');
  await expect.poll(() => composerText(ticket)).toContain('Thank you for your patience');
  await expect.poll(() => badgeText(context)).toBe('');

  // The browser-wide commands do not depend on the setting. Playwright cannot press a browser
  // shortcut, so the worker gets the event the browser would deliver for Alt+Shift+Y.
  const second = await context.newPage();
  await second.goto(OTHER_TICKET_URL);
  const tabId = await tabIdOf(context, second);
  await expect.poll(() => badgeText(context)).toBe('1');
  const commands = await (await worker(context)).evaluate(async (id) => {
    const tab = await chrome.tabs.get(id);
    (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('approve-draft', tab);
    return (await chrome.commands.getAll()).map((command) => `${command.name}=${command.shortcut}`);
  }, tabId);
  expect(commands).toEqual(expect.arrayContaining(['approve-draft=Alt+Shift+Y', 'next-draft=Alt+Shift+J']));
  await expect.poll(() => composerText(second, '12346')).toContain('Best regards');
  await expect.poll(() => badgeText(context)).toBe('');
});
