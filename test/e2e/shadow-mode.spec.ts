import type { BrowserContext, Page } from '@playwright/test';
import { fitPopup } from '../support/screens';
import { serveTicketVariant } from '../support/zendesk-pages';
import { configureModel, expect, openPanel, readTable, test } from './extension';

const ORDER_QUESTION = 'Can I still change the size in my order #A-20417? I placed it this morning.';
const ORDER_PARAPHRASE = 'Is it possible to change the size on my order #A-20417 that I placed this morning?';
/** Each ticket's own wording, so the panel is seen to show the ticket just opened. */
const ORDER_AGAIN = 'Can I still change the size in my order #A-20417? I placed it this morning, thanks.';

type Shadow = { level: number; action: string | null; reasons: string[] }[];

/** Waits until the ticket's draft has this status: the panel's status line may still show the previous decision. */
async function decided(panel: Page, ticketId: string, status: 'pending' | 'approved' | 'rejected'): Promise<void> {
  await expect
    .poll(async () => (await readTable<{ conversationId: string; status: string }>(panel, 'drafts')).find((draft) => draft.conversationId.endsWith(`:${ticketId}`))?.status, { timeout: 30_000 })
    .toBe(status);
}

/** Opens a ticket whose latest customer message is `text` and waits for its draft in the panel. */
async function openTicket(context: BrowserContext, panel: Page, ticketId: string, text: string): Promise<Page> {
  const ticket = await context.newPage();
  await ticket.goto(await serveTicketVariant(context, ticketId, text));
  await decided(panel, ticketId, 'pending');
  await expect(panel.getByTestId('customer-message')).toContainText(text);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  return ticket;
}

async function approveEdited(panel: Page, ticketId: string, text: string): Promise<void> {
  await panel.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Edited reply').fill(text);
  await panel.getByRole('button', { name: 'Approve edit' }).click();
  await decided(panel, ticketId, 'approved');
}

test('at level 1 each draft records what level 2 and 3 would have done; the reviews score it and the popup shows it per category', async ({ context, extensionId, llm }) => {
  test.setTimeout(180_000);
  await configureModel(context, extensionId, llm);
  const panel = await openPanel(context, extensionId);

  // The first orders question: nothing approved is like it yet, so level 2 would have asked for review too.
  let ticket = await openTicket(context, panel, '4999', ORDER_QUESTION);
  await approveEdited(panel, '4999', 'I have found your order #A-20417 and changed the size for you.');
  await ticket.close();

  // A paraphrase: level 2 would have acted on it alone; the agent corrects it substantively (a new amount and date).
  ticket = await openTicket(context, panel, '4998', ORDER_PARAPHRASE);
  await expect(panel.getByTestId('draft-text')).toContainText('I have found your order #A-20417');
  await approveEdited(panel, '4998', 'I have found your order #A-20417. The new size costs $5.00 more and ships on 14 May.');
  await ticket.close();

  // The same question again: level 2 would have acted; approved as drafted.
  ticket = await openTicket(context, panel, '4997', ORDER_QUESTION);
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await decided(panel, '4997', 'approved');
  await ticket.close();

  // And once more: level 2 would have acted; the agent rejects it.
  ticket = await openTicket(context, panel, '4996', ORDER_AGAIN);
  await panel.getByRole('button', { name: 'Reject' }).click();
  await panel.getByLabel('Reason (optional)').fill('wrong policy');
  await panel.getByRole('button', { name: 'Confirm reject' }).click();
  await decided(panel, '4996', 'rejected');
  await ticket.close();

  // Nothing was acted on: level 1 reviews everything; the shadow is only recorded, with its reasons.
  const drafts = await readTable<{ conversationId: string; status: string; level: number; route: string; shadow: Shadow }>(panel, 'drafts');
  expect(drafts.map((draft) => draft.route)).toEqual(['review', 'review', 'review', 'review']);
  const shadowOf = (id: string) => drafts.find((draft) => draft.conversationId.endsWith(`:${id}`))!.shadow;
  expect(shadowOf('4999')).toEqual([
    { level: 2, route: 'review', action: null, reasons: [expect.objectContaining({ code: 'new-question' })] },
    { level: 3, route: 'review', action: null, reasons: [expect.objectContaining({ code: 'new-question' })] },
  ]);
  expect(shadowOf('4998')[0]).toMatchObject({ level: 2, action: 'insert', reasons: [expect.objectContaining({ code: 'acted', level: 2 })] });
  const reviews = await readTable<{ conversationId: string; decision: string; editKind: string | null; shadow: Shadow }>(panel, 'reviews');
  expect(reviews.find((review) => review.conversationId.endsWith(':4998'))).toMatchObject({ decision: 'edited', editKind: 'substantive', shadow: shadowOf('4998') });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Closed at first, so the popup fits 800×600 with the shadow figures there (#15).
  const shadowSummary = popup.locator('summary', { hasText: 'Shadow mode' });
  await expect(shadowSummary).toBeVisible();
  const size = await fitPopup(popup);
  expect(size.height).toBeLessThanOrEqual(600);
  expect(size.width).toBeLessThanOrEqual(800);
  await shadowSummary.click();
  const orders = popup.getByRole('list', { name: 'Shadow mode' }).getByRole('listitem', { name: 'Orders' });
  await expect(orders).toContainText('Level 2 would have acted alone on 3 of 4 (sent or put in the reply box).');
  await expect(orders).toContainText('2 of those were later corrected substantively or rejected.');
  await expect(orders).toContainText('Corrected substantively: 1 · rejected: 1');
  await expect(orders).toContainText('Level 3 would have done the same');
  // Readiness reads it: level 2 would have let those two out.
  // The cell shows the short form; its title holds the full reasons (#15: the German column no longer truncates).
  const readiness = popup.getByRole('row', { name: 'Orders' }).locator('td.readiness');
  await expect(readiness).toContainText('shadow: 2 would have gone wrong');
  await expect(readiness).toHaveAttribute('title', /Shadow: level 2 would have acted alone on 3 of 4; 1 of those later corrected substantively, 1 rejected/);
});
