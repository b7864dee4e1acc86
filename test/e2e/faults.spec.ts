import { configureModel, expect, openPanel, readTable, test } from './extension';
import { serveZendesk, TICKET_URL } from '../support/zendesk-pages';

// One worker, in order, so the tally below covers the whole suite.
test.describe.configure({ mode: 'default' });

/** Faults injected and survived, printed when the suite ends (the closing note quotes it). */
const tally = { injected: 0, survived: 0, draftsLost: 0 };
test.afterAll(() => console.log(`fault suite: ${tally.injected} faults injected, ${tally.survived} survived, ${tally.draftsLost} drafts lost`));

async function draftStatuses(panel: import('@playwright/test').Page): Promise<string[]> {
  return (await readTable<{ status: string }>(panel, 'drafts')).map((draft) => draft.status);
}

test.beforeEach(async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  await serveZendesk(context);
});

test('a bad key (401) says to check the API key, with a link to options; fixing it and Retry drafts', async ({ context, extensionId, llm }) => {
  tally.injected += 1;
  llm.setFailure('unauthorized');
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByRole('alert')).toContainText('refused the API key (401). Check your API key in options.');
  await expect(panel.getByRole('button', { name: 'Open options' })).toBeVisible();
  llm.clearFailure();
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  tally.survived += 1;
});

test('429 with Retry-After: the wait is shown and the draft arrives', async ({ context, extensionId, llm }) => {
  tally.injected += 1;
  llm.setFailure('rate-limit', { count: 1, retryAfterSeconds: 2 });
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByText(/Rate limited by the model endpoint \(429\): retrying in 2 s/)).toBeVisible();
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  tally.survived += 1;
});

test('a failing server (500) is retried with backoff, then fails clearly with Retry; nothing is lost', async ({ context, extensionId, llm }) => {
  tally.injected += 1;
  llm.setFailure('server-error');
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  // Any of the backoff notes (1, 2, 4 s): a panel slow to open under load may miss the first second.
  await expect(panel.getByText(/The model endpoint failed \(500\): retrying in \d s/)).toBeVisible();
  await expect(panel.getByRole('alert')).toContainText('The model endpoint failed (500). Try again.', { timeout: 20_000 });
  expect(llm.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(4);
  llm.clearFailure();
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  tally.survived += 1;
});

test('a garbled stream gets one more try', async ({ context, extensionId, llm }) => {
  tally.injected += 1;
  llm.setFailure('malformed', { count: 1 });
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  tally.survived += 1;
});

test('the agent can cancel a draft in progress, and Retry writes it again', async ({ context, extensionId, llm }) => {
  tally.injected += 1;
  llm.setFailure('slow', { delayMs: 1_500 });
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await panel.getByRole('button', { name: 'Cancel drafting' }).click();
  await expect(panel.getByRole('alert')).toContainText('Drafting was cancelled');
  llm.clearFailure();
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  tally.survived += 1;
});

test('the worker killed mid-draft loses nothing: the draft resumes when a page wakes it', async ({ context, extensionId, llm }) => {
  tally.injected += 1;
  llm.setFailure('slow', { delayMs: 800 });
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByTestId('draft-text')).toHaveAttribute('aria-busy', 'true');

  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  expect(await draftStatuses(panel)).toEqual(['drafting']);

  llm.clearFailure();
  await panel.reload();
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards', { timeout: 20_000 });
  const statuses = await draftStatuses(panel);
  tally.draftsLost += statuses.length === 1 ? 0 : 1;
  expect(statuses).toEqual(['pending']);
  tally.survived += 1;
});

test('the helpdesk tab closed while a draft waits: it survives and goes to the reopened conversation', async ({ context, extensionId }) => {
  tally.injected += 1;
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  await ticket.close();
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');

  const reopened = await context.newPage();
  await reopened.goto(TICKET_URL);
  await panel.bringToFront();
  await expect.poll(async () => (await readTable(panel, 'tabs')).length).toBe(1);
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
  expect(await readTable(panel, 'drafts')).toHaveLength(1);
  tally.survived += 1;
});
