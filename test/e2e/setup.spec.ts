import { configureModel, expect, openPanel, test } from './extension';
import { composerText, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

test('without an API key the panel says so, links to options, and drafts by itself once a key is saved', async ({ context, extensionId, llm }) => {
  await serveZendesk(context);
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);

  await expect(panel.getByRole('alert').first()).toContainText('No API key is set');
  await expect(panel.getByTestId('customer-message')).toContainText('Visa ending in 4242');
  await expect(panel.getByRole('button', { name: 'Open options' }).first()).toBeVisible();
  expect(llm.requests).toEqual([]);

  // Options opens by itself on install (#15); an open options tab would only be focused, so close it first.
  for (const page of context.pages()) if (page.url().includes('/options.html')) await page.close();
  const optionsOpened = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open options' }).first().click();
  expect((await optionsOpened).url()).toContain('/options.html');

  // Said once, not twice: the banner explains, the draft only waits (issue #15).
  await expect(panel.getByText('No API key')).toHaveCount(1);
  await expect(panel.getByTestId('customer-message')).toBeVisible();
  await expect(panel.getByText('Waiting for an API key')).toBeVisible();

  // Nothing was lost: once a key is saved, the same message drafts without a Retry.
  await configureModel(context, extensionId, llm);
  await expect(panel.getByText('cannot draft replies yet')).toHaveCount(0);
  await expect(panel.getByTestId('draft-text')).toContainText('You asked about "');
  expect(await composerText(ticket)).toBe('');
});

test('an unreachable model gives a clear failure with Retry', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, { baseURL: 'http://127.0.0.1:9/v1', apiKey: llm.apiKey });
  await serveZendesk(context);
  await (await context.newPage()).goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByRole('alert')).toContainText('Could not reach the model endpoint', { timeout: 30_000 });
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test.describe('options', () => {
  test('Test connection reports success, and the exact failure for a wrong key', async ({ context, extensionId, llm }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('API key', { exact: true }).fill(llm.apiKey);
    await options.getByLabel('Base URL', { exact: true }).fill(llm.baseURL);
    await options.getByLabel('Model', { exact: true }).fill('replyloop-mock');
    await options.getByRole('button', { name: 'Test connection' }).click();
    // The result is beside the model fields it tests, not further down the page.
    await expect(options.getByRole('region', { name: 'Model endpoint' }).getByRole('status')).toContainText('model "replyloop-mock" is available');

    await options.getByLabel('API key', { exact: true }).fill('wrong-key');
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect(options.getByRole('alert')).toContainText('refused the API key (401)');
  });

  test('a malformed base URL is refused before saving', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByLabel('Base URL', { exact: true }).fill('localhost:11434');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('alert')).toContainText('Base URL must');
  });
});

test('personal data is hidden from the model and back in the draft; a kind can be switched off in options', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  await serveZendesk(context, 'two-tickets');
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId, ticket);
  await expect(panel.getByTestId('draft-text')).toContainText('Hi Jane Doe');
  await expect(panel.getByText(/Hidden from the model: .*name/)).toBeVisible();
  const prompts = () => llm.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => JSON.stringify(request.body));
  expect(prompts()[0]).not.toContain('Jane Doe');
  expect(prompts()[0]).toMatch(/\[NAME_\d+\]/);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('The customer’s name').uncheck();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByText('Saved.')).toBeVisible();

  await ticket.locator('[data-test-id="header-tab"][data-entity-id="12346"]').click();
  await expect.poll(() => prompts().length).toBe(2);
  expect(prompts()[1]).toContain('Tom Becker');
});
