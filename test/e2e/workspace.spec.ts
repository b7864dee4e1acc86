import { DEMO_CATEGORIES, syntheticReviewHistory } from '../../utils/metrics/synthetic-history';
import { configureModel, expect, openPanel, test, writeRows } from './extension';
import { buttonLines, capturePopup, captureState } from '../support/screens';
import { serveZendesk, TICKET_URL } from '../support/zendesk-pages';

// Every page state in light and dark, checked with axe; the screenshots land in docs/screens.

test.describe('the review panel at side-panel widths', () => {
  for (const [width, height] of [
    [320, 600],
    [400, 700],
  ] as const) {
    test(`${width} px: reasons, draft, editing, rejecting, help and the empty queue`, async ({ context, extensionId, llm }) => {
      test.setTimeout(300_000); // axe runs twice per state, on a shared machine
      await configureModel(context, extensionId, llm);
      await serveZendesk(context);
      const ticket = await context.newPage();
      await ticket.goto(TICKET_URL);
      const panel = await openPanel(context, extensionId);
      await panel.setViewportSize({ width, height });
      await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
      expect(await panel.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');

      // The demo ticket: money once, no "account deletion" from "account close to an overdraft".
      const reasons = panel.getByRole('list', { name: 'Why this needs a human' }).getByRole('listitem');
      await expect(reasons.first()).toContainText(/^Money: .*refund.* — in the message/);
      await expect(reasons.last()).toHaveText('Level 1: every draft is reviewed');
      const texts = await reasons.allTextContents();
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.join(' ')).not.toContain('deletion');
      await expect(panel.getByTestId('customer-message').locator('mark').first()).toBeVisible();
      const approve = panel.getByRole('button', { name: 'Approve', exact: true });
      await expect(approve).toBeInViewport({ ratio: 1 });
      await expect(approve).toHaveAttribute('aria-keyshortcuts', 'A');
      await captureState(panel, `panel-${width}-draft`);

      await panel.keyboard.press('e');
      const editor = panel.getByLabel('Edited reply');
      await editor.fill((await editor.inputValue()).replace('Best regards', 'We have refunded the duplicate charge today.\n\nBest regards'));
      await expect(panel.getByRole('button', { name: 'Approve edit' })).toBeInViewport({ ratio: 1 });
      // Approve edit, Replace selection and Discard edits, each with its shortcut, on at most two lines.
      expect(await buttonLines(panel.getByRole('group', { name: 'Decide on this draft' }))).toBeLessThanOrEqual(2);
      await expect(panel.getByRole('button', { name: 'Approve edit' })).toContainText('Ctrl+Enter');
      await expect(panel.getByRole('button', { name: 'Discard edits' })).toContainText('Esc');
      await expect(panel.getByText(/words added/)).toContainText('7 words added');
      // The added words are marked in place, under the text being edited.
      await expect(panel.locator('.editor-marks ins')).toContainText('We have refunded');
      await panel.locator('.editor-marks ins').scrollIntoViewIfNeeded();
      await captureState(panel, `panel-${width}-editing`);
      await panel.getByRole('button', { name: 'Side by side' }).click();
      await expect(panel.getByLabel('Your changes side by side').locator('ins').first()).toBeVisible();
      await captureState(panel, `panel-${width}-side-by-side`, { fullPage: true });

      // Esc with edits asks first; keeping them keeps the text.
      await editor.press('Escape');
      const discard = panel.getByRole('alertdialog', { name: 'Discard your edits?' });
      await expect(discard).toBeVisible();
      await captureState(panel, `panel-${width}-discard-dialog`);
      await discard.getByRole('button', { name: 'Keep editing' }).click();
      await expect(editor).toHaveValue(/refunded the duplicate charge/);
      await panel.getByRole('button', { name: 'Discard edits' }).click();
      await panel.getByRole('alertdialog').getByRole('button', { name: 'Discard edits' }).click();
      await expect(panel.getByTestId('draft-text')).not.toContainText('refunded the duplicate');

      await panel.keyboard.press('?');
      await expect(panel.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await captureState(panel, `panel-${width}-shortcuts`);
      await panel.keyboard.press('Escape');

      await panel.getByRole('button', { name: 'Reject' }).click();
      await panel.getByLabel('Reason (optional)').fill('Wrong policy');
      await expect(panel.getByRole('button', { name: 'Confirm reject' })).toBeInViewport({ ratio: 1 });
      await captureState(panel, `panel-${width}-rejecting`);
      await panel.getByRole('button', { name: 'Confirm reject' }).click();
      await expect(panel.getByText('No drafts waiting')).toBeVisible();
      await captureState(panel, `panel-${width}-empty`);
    });
  }
});

test('options, light and dark', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('API key', { exact: true }).waitFor();
  // Chrome's extension-page stylesheet (body{font-size:75%}) no longer shrinks the text to 10.5 px.
  expect(await options.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
  // Save sticks to the bottom of the window, however long the page.
  await expect(options.getByRole('button', { name: 'Save', exact: true })).toBeInViewport({ ratio: 1 });
  await captureState(options, 'options', { fullPage: true });
});

test('the popup at its real size, empty and with twelve weeks of history', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 800, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('empty-state').waitFor();
  const empty = await capturePopup(popup, 'popup-empty');
  expect(empty.height).toBeLessThan(300); // a short note, not a 600 px window

  await writeRows(popup, 'reviews', syntheticReviewHistory({ seed: 42, now: Date.now(), weeks: 12, categories: DEMO_CATEGORIES }));
  await popup.reload();
  await popup.getByTestId('accuracy').waitFor();
  // Eight categories fit without a scrollbar: Chrome would scroll beyond 800×600.
  const history = await capturePopup(popup, 'popup-history');
  expect(history.height).toBeLessThanOrEqual(600);
  expect(history.width).toBeLessThanOrEqual(800);
  // Nothing cut off at the right either: Promote is the last column.
  await expect(popup.getByRole('button', { name: 'Promote Orders' })).toBeInViewport({ ratio: 1 });
  // The current week is drawn as partial, and helpdesks go by their names, not their ids.
  await expect(popup.locator('.trend rect.bar.partial')).toHaveCount(1);
  await expect(popup.getByText(/\bZendesk \d/).first()).toBeVisible();
  expect(await popup.locator('body').innerText()).not.toMatch(/\b(zendesk|intercom|gmail) \d/);
});
