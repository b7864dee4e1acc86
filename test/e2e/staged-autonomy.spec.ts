import type { Page } from '@playwright/test';
import { DEFAULT_TAXONOMY, type CategorySettings } from '../../utils/autonomy/categories';
import { configureModel, expect, openPanel, readTable, test } from './extension';
import { clickInClosedShadow, closedShadowText } from '../support/closed-shadow';
import { composerText, serveTicketVariant } from '../support/zendesk-pages';

const ORDER_QUESTION = 'Can I still change the size in my order #A-20417? I placed it this morning.';
const ORDER_PARAPHRASE = 'Is it possible to change the size on my order #A-20417 that I placed this morning?';
const REFUND_REQUEST = 'Please refund the second charge of $89.00 on my Visa today.';

/** Sets categories' levels and thresholds as the options page stores them. */
async function setCategories(extensionPage: Page, changes: Record<string, Partial<CategorySettings>>): Promise<void> {
  const taxonomy = DEFAULT_TAXONOMY.map((category) => ({ ...category, ...changes[category.id] }));
  await extensionPage.evaluate((value) => chrome.storage.local.set({ taxonomy: value }), taxonomy);
}

async function openTicket(page: Page, url: string): Promise<void> {
  await page.goto(url);
}

test('level 2 inserts a confident known question by itself; a refund and a new question type wait in the queue with their reasons', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  const panel = await openPanel(context, extensionId);
  await setCategories(panel, { orders: { level: 2, noveltyThreshold: 0.5 }, refunds: { level: 2 }, billing: { level: 2 } });

  // A new type of question: to the queue, saying so. The agent approves it, and memory knows it from now on.
  const first = await context.newPage();
  await openTicket(first, await serveTicketVariant(context, '20001', ORDER_QUESTION));
  await expect(panel.getByTestId('customer-message')).toContainText(ORDER_QUESTION);
  await expect(panel.getByRole('list', { name: 'Why this needs a human' })).toContainText('New question type');
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');

  // The same question in other words: known, confident, nothing sensitive — inserted without review.
  const second = await context.newPage();
  await openTicket(second, await serveTicketVariant(context, '20002', ORDER_PARAPHRASE));
  await expect.poll(() => composerText(second, '20002')).toContain('I have found your order');
  // The reply box shows the text before the worker has the tab's answer and marks the draft.
  const autoDraft = async () => (await readTable<{ conversationId: string; status: string; route: string }>(panel, 'drafts')).find((d) => d.conversationId.endsWith(':20002'));
  await expect.poll(autoDraft).toMatchObject({ status: 'auto-inserted', route: 'insert' });

  // A refund request: always a human, with the reason.
  const third = await context.newPage();
  await openTicket(third, await serveTicketVariant(context, '20003', REFUND_REQUEST));
  await panel.getByRole('button', { name: /20003|Charged twice/ }).last().click();
  await expect(panel.getByTestId('customer-message')).toContainText(REFUND_REQUEST);
  await expect(panel.getByRole('list', { name: 'Why this needs a human' })).toContainText('Money: refund');
  expect(await composerText(third, '20003')).toBe('');

  const audit = await readTable<{ action: string; actor: string }>(panel, 'audit');
  expect(audit.filter((entry) => entry.action === 'inserted' && entry.actor === 'ReplyLoop')).toHaveLength(1);
});

test('level 3 sends after the undo countdown, the agent can cancel it, and a sample waits for an after-the-fact review', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  const panel = await openPanel(context, extensionId);
  await setCategories(panel, { orders: { level: 3, sampleRate: 1, autoSend: true, undoSeconds: 3, noveltyThreshold: 0.5 } });

  // Level 3 fails closed too: a question nothing approved resembles waits for a human first.
  const first = await context.newPage();
  await openTicket(first, await serveTicketVariant(context, '30000', ORDER_QUESTION));
  await expect(panel.getByRole('list', { name: 'Why this needs a human' })).toContainText('New question type');
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');

  // Cancelled: the reply stays in the composer, unsent.
  const cancelled = await context.newPage();
  await openTicket(cancelled, await serveTicketVariant(context, '30001', ORDER_PARAPHRASE));
  // The countdown is in a closed shadow root: read and clicked as the agent would, not through the page's DOM.
  await expect.poll(() => closedShadowText(cancelled, 'replyloop-undo-countdown')).toMatch(/ReplyLoop sends this reply in \d s/);
  await clickInClosedShadow(cancelled, 'replyloop-undo-countdown', 'Cancel sending');
  await expect.poll(() => closedShadowText(cancelled, 'replyloop-undo-countdown')).toBeNull();
  expect(await composerText(cancelled, '30001')).toContain('I have found your order');
  await expect(cancelled.locator('[data-test-id="omni-log-item-message"][type="agent"]')).toHaveCount(1);

  // Not cancelled: the helpdesk's own Submit is clicked when the countdown ends.
  const sent = await context.newPage();
  await openTicket(sent, await serveTicketVariant(context, '30002', ORDER_QUESTION));
  await expect(sent.locator('[data-test-id="omni-log-item-message"][type="agent"]').last()).toContainText('I have found your order', { timeout: 15_000 });
  await expect
    .poll(async () => (await readTable<{ conversationId: string; status: string }>(panel, 'drafts')).find((d) => d.conversationId.endsWith(':30002'))?.status)
    .toBe('auto-sent');

  // Both were sampled (rate 100%): the after-the-fact queue has them.
  await panel.getByRole('tab', { name: /After-the-fact/ }).click();
  await expect(panel.getByRole('article', { name: /Sampled reply/ })).toHaveCount(2);
  await panel.getByRole('button', { name: 'Fine' }).first().click();
  await expect(panel.getByRole('article', { name: /Sampled reply/ })).toHaveCount(1);
  expect(await readTable(panel, 'reviews')).toMatchObject([
    { decision: 'approved', level: 3, category: 'orders' },
    { decision: 'approved', level: 3, category: 'orders' },
  ]);
  const actions = (await readTable<{ action: string }>(panel, 'audit')).map((entry) => entry.action);
  expect(actions).toEqual(expect.arrayContaining(['routed', 'inserted', 'send-cancelled', 'sent', 'sample-fine']));
});
