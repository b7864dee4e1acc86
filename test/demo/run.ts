/**
 * `npm run demo`: the review loop, end to end, with the local model server
 * and a Zendesk ticket served at its real URL. With a display it opens
 * Chromium for you to try; without one (or with --headless / CI=true) it
 * walks the loop once and saves screenshots.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startLlmServer } from '../llm-server/server';
import { DEMO_CATEGORIES, syntheticReviewHistory } from '../../utils/metrics/synthetic-history';
import { configureModel, launchWithExtension, openPanel, readTable, writeRows } from '../support/browser';
import { fitPopup } from '../support/screens';
import { composerText, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

const OUTPUT_DIR = resolve(process.cwd(), 'demo-output');
const headless = process.argv.includes('--headless') || process.env.CI === 'true' || !process.env.DISPLAY;

/** The helpdesk and the panel side by side, as an agent sees them. */
async function sideBySide(helpdesk: Page, panel: Page, file: string): Promise<string> {
  const shots = await Promise.all([helpdesk.screenshot(), panel.screenshot()]);
  const canvas = await helpdesk.context().newPage();
  await canvas.setViewportSize({ width: 1280 + 420, height: 800 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#888">${shots
      .map((png) => `<img src="data:image/png;base64,${png.toString('base64')}">`)
      .join('')}</body>`,
  );
  const path = resolve(OUTPUT_DIR, file);
  await canvas.screenshot({ path, fullPage: true });
  await canvas.close();
  return path;
}

/** The welcome page opened on install: the model set up there, then its sample drafted in the panel beside it. */
async function firstRunOnWelcome(context: BrowserContext, extensionId: string, llm: { baseURL: string; apiKey: string }): Promise<{ page: Page; panel: Page }> {
  const page = context.pages().find((candidate) => candidate.url().includes('/welcome.html')) ?? (await context.waitForEvent('page', (candidate) => candidate.url().includes('/welcome.html')));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel('API key', { exact: true }).fill(llm.apiKey);
  await page.getByLabel('Base URL', { exact: true }).fill(llm.baseURL);
  await page.getByLabel('Model', { exact: true }).fill('replyloop-mock');
  await page.getByRole('button', { name: 'Save model settings' }).click();
  await page.getByText('Saved. ReplyLoop drafts with').waitFor();
  await page.getByRole('button', { name: 'Draft a reply in the review panel' }).click();
  const panel = await openPanel(context, extensionId, page);
  await panel.setViewportSize({ width: 420, height: 800 });
  await panel.getByTestId('draft-text').filter({ hasText: 'Best regards' }).waitFor();
  // The sample's own step, in view beside the panel.
  await page.getByRole('heading', { name: '2. Try a first draft' }).scrollIntoViewIfNeeded();
  return { page, panel };
}

async function main(): Promise<void> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const llm = await startLlmServer({ port: Number(process.env.LLM_PORT ?? 0) });
  console.log(`Local model server: ${llm.baseURL} (key: ${llm.apiKey})`);
  const { context, extensionId } = await launchWithExtension({ headless });
  const shots: string[] = [];
  if (headless) {
    // A new user's first minute: the welcome page opened on install connects the model and drafts its sample conversation.
    const welcome = await firstRunOnWelcome(context, extensionId, llm);
    shots.push(await sideBySide(welcome.page, welcome.panel, '0-welcome-first-draft.png'));
    await welcome.panel.getByRole('button', { name: 'Approve and copy' }).click();
    await welcome.panel.getByRole('status').filter({ hasText: 'Approved and copied' }).waitFor();
    await welcome.panel.close();
  } else {
    await configureModel(context, extensionId, llm);
  }
  await serveZendesk(context);

  const ticket = await context.newPage();
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await panel.setViewportSize({ width: 420, height: 800 });

  if (!headless) {
    console.log(`Chromium is open with ReplyLoop. The ticket is at ${TICKET_URL}; the review panel is in its own tab`);
    console.log('(or click the ReplyLoop toolbar button). Approve, edit or reject the draft. Close the browser or press Ctrl-C to stop.');
    await new Promise<void>((done) => {
      context.on('close', () => done());
      process.once('SIGINT', () => done());
    });
    await llm.close();
    return;
  }

  await panel.getByTestId('draft-text').filter({ hasText: 'Best regards' }).waitFor();
  shots.push(await sideBySide(ticket, panel, '1-draft-ready.png'));

  await panel.getByRole('button', { name: 'Edit' }).click();
  const editor = panel.getByLabel('Edited reply');
  const draft = await editor.inputValue();
  await editor.fill(draft.replace('Best regards', 'We have refunded the duplicate charge today; it reaches your card in 3–5 business days.\n\nBest regards'));
  shots.push(await sideBySide(ticket, panel, '2-agent-edits.png'));

  await panel.getByRole('button', { name: 'Approve edit' }).click();
  // The panel has other status lines (memory, import): wait for the approval's own (an edit is remembered as a correction).
  await panel.getByRole('status').filter({ hasText: 'The correction is remembered' }).waitFor();
  await ticket.bringToFront();
  if (!(await composerText(ticket)).includes('We have refunded the duplicate charge today')) throw new Error('the approved reply is not in the ticket’s composer');
  shots.push(await sideBySide(ticket, panel, '3-reply-in-composer.png'));

  const [correction] = await readTable<{ customerMessage: string; approvedText: string }>(panel, 'corrections');

  // Twelve weeks of a team's reviews, so the popup has a story to tell.
  await writeRows(panel, 'reviews', syntheticReviewHistory({ seed: 42, now: Date.now(), weeks: 12, categories: DEMO_CATEGORIES }));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('accuracy').waitFor();
  // At the size Chrome gives the popup: its content's, up to 800×600.
  await fitPopup(popup);
  const popupShot = resolve(OUTPUT_DIR, '4-popup.png');
  await popup.screenshot({ path: popupShot });
  shots.push(popupShot);
  console.log('\nThe loop ran once:');
  console.log('  welcomed  the welcome page connected the model and drafted its sample conversation');
  console.log('  detected  the customer’s latest message on the Zendesk ticket');
  const modelRequests = llm.requests.filter((r) => r.path === '/v1/chat/completions').length;
  console.log(`  drafted   a reply with the local model (${modelRequests} model ${modelRequests === 1 ? 'request' : 'requests'} in all, the welcome's sample included)`);
  console.log('  reviewed  the agent edited the draft and approved it');
  console.log('  inserted  the approved text into the ticket’s own composer');
  console.log(`  learned   a correction for “${correction?.customerMessage.slice(0, 60)}…”`);
  console.log('  measured  accuracy, weekly trend and readiness per category in the popup (seeded history)');
  console.log(`\nScreenshots:\n${shots.map((path) => `  ${path}`).join('\n')}`);
  await context.close();
  await llm.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
