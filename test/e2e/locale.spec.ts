import { DEMO_CATEGORIES, syntheticReviewHistory } from '../../utils/metrics/synthetic-history';
import { capturePopup, captureState } from '../support/screens';
import { expect, test, writeRows } from './extension';

test.use({ lang: 'de' });

/** A browser set to German gets ReplyLoop in German: browser.i18n picks _locales/de (#15). */
test('the options page speaks German in a German browser', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('group', { name: 'Datenschutz: vor dem Modell verbergen' })).toBeVisible();
  await expect(options.getByLabel('Postanschriften')).toBeVisible();
  await expect(options.getByText('Autonomie pro Kategorie')).toBeVisible();
  expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de/);
  await options.screenshot({ path: test.info().outputPath('options-de.png'), fullPage: true });
});

test('the welcome page, the popup and the options in German, with their screenshots', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  // Opened on install, in the browser's language, with a German sample conversation.
  await expect.poll(() => context.pages().some((page) => page.url().includes('/welcome.html'))).toBe(true);
  const welcome = context.pages().find((page) => page.url().includes('/welcome.html'))!;
  await welcome.setViewportSize({ width: 1000, height: 900 });
  await expect(welcome.getByRole('heading', { level: 1, name: 'Willkommen bei ReplyLoop' })).toBeVisible();
  await expect(welcome.getByTestId('sample-message')).toContainText('Bestellung #10432');
  await expect(welcome.getByRole('button', { name: 'Antwort im Prüfbereich entwerfen' })).toBeVisible();
  expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('de');
  await captureState(welcome, 'de-welcome', { fullPage: true });

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('empty-state')).toContainText('Noch keine Prüfungen');
  await capturePopup(popup, 'de-popup-empty');
  await writeRows(popup, 'reviews', syntheticReviewHistory({ seed: 42, now: Date.now(), weeks: 12, categories: DEMO_CATEGORIES }));
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Unverändert freigegeben' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Orders hochstufen' })).toBeVisible();
  const size = await capturePopup(popup, 'de-popup-history');
  expect(size.height).toBeLessThanOrEqual(600);
  expect(size.width).toBeLessThanOrEqual(800);

  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Modell-Endpunkt' })).toBeVisible();
  await expect(options.getByLabel('API-Schlüssel', { exact: true })).toBeVisible();
  await captureState(options, 'de-options', { fullPage: true });
});
