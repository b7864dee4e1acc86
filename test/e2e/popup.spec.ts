import type { StoredReason } from '../../utils/autonomy/reasons';
import { DEMO_CATEGORIES, syntheticReviewHistory } from '../../utils/metrics/synthetic-history';
import { summarise } from '../../utils/metrics/metrics';
import { configureModel, expect, openPanel, readTable, test, writeRows } from './extension';
import { serveTicketVariant } from '../support/zendesk-pages';

test('a new install explains what the popup will show', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('empty-state')).toContainText('No reviews yet');
  await expect(popup.getByTestId('empty-state')).toContainText('after 50 reviews in 28 days');
});

test('with a seeded history the popup shows the right figures and a ready category; promoting it changes its routing', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  const now = Date.now();
  const reviews = syntheticReviewHistory({ seed: 42, now, weeks: 12, categories: DEMO_CATEGORIES });
  const panel = await openPanel(context, extensionId);
  await writeRows(panel, 'reviews', reviews);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const recent = summarise(reviews.filter((review) => review.decidedAt > now - 28 * 86_400_000));
  await expect(popup.getByTestId('accuracy')).toHaveText(`${Math.round(recent.accuracy * 100)}%`);
  await expect(popup.getByText(`${recent.volume} reviews`)).toBeVisible();
  await expect(popup.getByRole('img', { name: /Accuracy per week/ })).toBeVisible();
  const orders = popup.getByRole('row', { name: 'Orders' });
  await expect(orders).toContainText('Ready for level 2');
  await expect(popup.getByRole('row', { name: 'Technical' })).not.toContainText('Ready');

  // Promote only where the data allows, and only after saying what will change.
  await expect(popup.getByRole('row', { name: 'Technical' }).getByRole('button', { name: 'Promote Technical' })).toHaveCount(0);
  await orders.getByRole('button', { name: 'Promote Orders' }).click();
  const confirm = popup.getByRole('alertdialog', { name: 'Promote Orders to level 2?' });
  await expect(confirm).toContainText('confident answers to known questions go into the reply box without review');
  await confirm.getByRole('button', { name: 'Move to level 2' }).click();
  await expect(orders).toContainText('L2 edge cases');

  // The next orders question is routed at level 2, not reviewed for being level 1.
  const ticket = await context.newPage();
  await ticket.goto(await serveTicketVariant(context, '40001', 'Can I still change the size in my order #A-20417? I placed it this morning.'));
  await expect
    .poll(async () => (await readTable<{ conversationId: string; level: number | null }>(panel, 'drafts')).find((d) => d.conversationId.endsWith(':40001'))?.level)
    .toBe(2);
  const [draft] = (await readTable<{ conversationId: string; reasons: StoredReason[] }>(panel, 'drafts')).filter((d) => d.conversationId.endsWith(':40001'));
  // Promoted: level 1's rule (every draft is reviewed) no longer applies.
  expect(draft?.reasons.some((reason) => typeof reason === 'object' && reason.code === 'every-draft-reviewed')).toBe(false);
});
