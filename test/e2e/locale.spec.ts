import { DEMO_CATEGORIES, syntheticReviewHistory } from '../../utils/metrics/synthetic-history';
import { buttonLines, capturePopup, captureState } from '../support/screens';
import { serveZendesk, TICKET_URL } from '../support/zendesk-pages';
import { expect, openPanel, test, writeRows } from './extension';

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

/**
 * The review panel's states in German at the narrowest side-panel width, where German's longer
 * words press hardest: nothing may be cut off or push the actions out of sight. The model is set
 * up through storage, not the options form, so this does not depend on how options words its labels.
 */
test('the review panel speaks German at 320 px: draft with reasons, editing, rejecting', async ({ context, extensionId, llm }) => {
  test.setTimeout(300_000); // axe runs twice per state, on a shared machine
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/options.html`);
  await setup.evaluate(
    (model) => chrome.storage.local.set({ modelSettings: { ...model, model: 'replyloop-mock', timeoutSeconds: 120 } }),
    { apiKey: llm.apiKey, baseURL: llm.baseURL },
  );
  await setup.close();
  await serveZendesk(context);
  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await panel.setViewportSize({ width: 320, height: 600 });
  await expect(panel.getByTestId('draft-text')).toContainText('Best regards');
  const noSideways = async () => expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await expect(panel.getByRole('navigation', { name: 'Entwürfe, die auf Prüfung warten' })).toContainText(/Zu prüfen.*wartet seit wenigen Sekunden/);
  await expect(panel.getByRole('list', { name: 'Warum ein Mensch das prüfen muss' }).getByRole('listitem').first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Letzte Nachricht des Kunden' })).toBeVisible();
  const actions = panel.getByRole('group', { name: 'Über diesen Entwurf entscheiden' });
  for (const name of ['Freigeben', 'Bearbeiten', 'Ablehnen', 'Neu entwerfen…']) await expect(actions.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await noSideways();
  await captureState(panel, 'panel-320-de-draft');

  await panel.keyboard.press('e');
  const editor = panel.getByLabel('Bearbeitete Antwort');
  await editor.fill((await editor.inputValue()).replace('Best regards', 'We have refunded the duplicate charge today.\n\nBest regards'));
  await expect(panel.getByText(/Wörter hinzugefügt/)).toHaveText('7 Wörter hinzugefügt, 0 entfernt');
  for (const name of ['Änderung freigeben', 'Auswahl ersetzen', 'Verwerfen']) await expect(actions.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  await expect(actions.getByRole('button', { name: 'Änderung freigeben' })).toContainText('Strg+Eingabe');
  await expect(actions.getByRole('button', { name: 'Verwerfen' })).toContainText('Esc');
  expect(await buttonLines(actions)).toBeLessThanOrEqual(2);
  await noSideways();
  await captureState(panel, 'panel-320-de-editing');
  await editor.press('Escape');
  const discard = panel.getByRole('alertdialog', { name: 'Ihre Änderungen verwerfen?' });
  await discard.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(panel.getByTestId('draft-text')).not.toContainText('refunded the duplicate');

  await panel.keyboard.press('?');
  const help = panel.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(help.getByText('Entwurf freigeben')).toBeVisible();
  await expect(help.getByText('Die Seitenleiste von ReplyLoop öffnen')).toBeVisible(); // the manifest's command, from _locales/de
  await captureState(panel, 'panel-320-de-shortcuts');
  await panel.keyboard.press('Escape');

  await actions.getByRole('button', { name: 'Ablehnen', exact: true }).click();
  await panel.getByLabel('Grund (optional)').fill('Falsche Richtlinie');
  for (const name of ['Ablehnung bestätigen', 'Mit diesem Grund neu entwerfen', 'Abbrechen']) await expect(actions.getByRole('button', { name })).toBeInViewport({ ratio: 1 });
  await noSideways();
  await captureState(panel, 'panel-320-de-rejecting');
  await actions.getByRole('button', { name: 'Ablehnung bestätigen' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Entwurf abgelehnt; nichts wurde eingefügt.' })).toBeVisible();
  await expect(panel.getByText(/^Keine Entwürfe in Wartestellung/)).toBeVisible();
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
  await expect(popup.getByRole('button', { name: 'Bestellungen hochstufen' })).toBeVisible();
  const size = await capturePopup(popup, 'de-popup-history');
  expect(size.height).toBeLessThanOrEqual(600);
  expect(size.width).toBeLessThanOrEqual(800);

  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Modell-Endpunkt' })).toBeVisible();
  await expect(options.getByLabel('API-Schlüssel', { exact: true })).toBeVisible();
  // The shipped categories, unrenamed, read in the agent's language.
  await expect(options.getByRole('combobox', { name: 'Stufe für Bestellungen' })).toBeVisible();
  await captureState(options, 'de-options', { fullPage: true });
});
