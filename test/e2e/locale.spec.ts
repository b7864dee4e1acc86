import { expect, test } from './extension';

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
