import type { StoredReason } from '../../utils/autonomy/reasons';
import type { BrowserContext, Page } from '@playwright/test';
import { DEFAULT_TAXONOMY } from '../../utils/autonomy/categories';
import { DEVELOPMENT_CORPUS } from '../eval/safety/corpus';
import { routeCorpusMessage } from '../eval/safety/safety-metrics';
import type { LlmServer } from '../llm-server/server';
import { escapeHtml } from '../support/escape-html';
import { composerText, serveTicketVariant } from '../support/zendesk-pages';
import { configureModel, expect, openPanel, readTable, test } from './extension';

/**
 * Issue 13: what must reach a human does, through the built extension, with
 * auto-send on and everything else in favour of acting alone — a model that
 * is always sure and flags nothing, a known category with an approved reply
 * in memory, no novelty bar. Only the sensitivity checks stand between the
 * customer and a sent reply.
 */

/** The four messages of the issue, then variants of each written for this test. */
const ISSUE_MESSAGES = [
  'Wegen des Ausfalls letzte Woche hätten wir gerne eine Gutschrift für die verlorenen Tage.',
  'Can you merge my two workspaces into one?',
  "I'm going to post about this on every review site unless someone senior calls me.",
  'My SSN is 078-05-1120 if you need to verify me.',
  'Könnten Sie uns für den Ausfall am Dienstag eine Entschädigung gutschreiben?',
  'Could you please combine both of our workspaces into a single workspace?',
  'Unless a senior person phones me today, I will write about this on every review website I can find.',
  'my ssn: 000-12-3456, please check my identity',
  // Issue 13's third pass: the same four acts in other languages and other words.
  'Pourriez-vous nous créditer les jours de panne de la semaine dernière ?',
  'Por la caída de la semana pasada queremos un abono por los días perdidos.',
  'Können Sie meine beiden Arbeitsbereiche zu einem zusammenlegen?',
  'If no manager rings me back today, I will leave one-star reviews on every site there is.',
  'Als er vandaag geen leidinggevende belt, zet ik overal online een slechte review.',
  'For verification, my social security number is 219-09-9999.',
  'Mi número de la seguridad social es 28 1234567890, por si lo necesitan.',
];

/**
 * Every 12th sensitive message of the development corpus that eval:safety
 * says reaches a human: the built extension must agree with the figures it
 * prints (the misses are in its report, not here).
 */
const CORPUS_SAMPLE = DEVELOPMENT_CORPUS.flatMap(({ language, messages }) => messages.map((message) => ({ language, ...message })))
  .filter((message) => message.class !== 'benign')
  .filter((_message, index) => index % 12 === 0)
  .filter((message) => routeCorpusMessage(message.language, message.class, message.text).reachedHuman[3]);

const ROUTINE_FIRST = 'How do I change the language of the app to English? I cannot find the setting.';
const ROUTINE_AGAIN = 'Where do I change the language of the app to English? I cannot find that setting.';

async function setAllCategories(panel: Page, level: 1 | 2 | 3): Promise<void> {
  const taxonomy = DEFAULT_TAXONOMY.map((category) => ({ ...category, level, autoSend: true, undoSeconds: 3, noveltyThreshold: 0, sampleRate: 0 }));
  await panel.evaluate((value) => chrome.storage.local.set({ taxonomy: value }), taxonomy);
}

interface DraftRow {
  conversationId: string;
  route: string | null;
  status: string;
  reasons: StoredReason[];
}

async function routedDraft(panel: Page, ticketId: string): Promise<DraftRow> {
  let row: DraftRow | undefined;
  await expect
    .poll(async () => {
      row = (await readTable<DraftRow>(panel, 'drafts')).find((draft) => draft.conversationId.endsWith(`:${ticketId}`));
      return row?.route ?? null;
    }, { timeout: 20_000 })
    .not.toBeNull();
  return row!;
}

/** Configures a sure, flag-less model in the Account category and puts one approved reply there. */
async function prepare(context: BrowserContext, extensionId: string, llm: LlmServer, level: 1 | 2 | 3): Promise<Page> {
  llm.setAssessment({ category: 'account', confidence: 0.97, flags: [] });
  await configureModel(context, extensionId, llm);
  const panel = await openPanel(context, extensionId);
  await setAllCategories(panel, level);
  const first = await context.newPage();
  await first.goto(await serveTicketVariant(context, '40000', ROUTINE_FIRST));
  await expect(panel.getByTestId('customer-message')).toContainText(ROUTINE_FIRST);
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
  return panel;
}

async function expectHumanFor(context: BrowserContext, panel: Page, ticketId: string, message: string): Promise<DraftRow> {
  const page = await context.newPage();
  // The customer typed it: an HTML comment in it is text on the page, as in a plain-text mail.
  await page.goto(await serveTicketVariant(context, ticketId, escapeHtml(message)));
  const draft = await routedDraft(panel, ticketId);
  expect(draft, message).toMatchObject({ route: 'review', status: 'pending' });
  // A concern from a check, not only the absence of evidence.
  expect(draft.reasons.some((reason) => typeof reason === 'object' && reason.code === 'concern'), `${message}: ${JSON.stringify(draft.reasons)}`).toBe(true);
  expect(await composerText(page, ticketId)).toBe('');
  await page.close();
  return draft;
}

for (const level of [1, 2, 3] as const) {
  test(`level ${level}, auto-send on: the issue's four messages and their variants reach a human`, async ({ context, extensionId, llm }) => {
    // Fifteen drafts one after another: 40–56 s for eight at load 10–19, over a minute at load 25 on this 2-core machine.
    test.setTimeout(300_000);
    const panel = await prepare(context, extensionId, llm, level);
    for (const [index, message] of ISSUE_MESSAGES.entries()) await expectHumanFor(context, panel, `4100${index}`, message);

    // The SSN, called by its name, never reached the model although its checksum fails.
    const prompts = JSON.stringify(llm.requests.filter((request) => request.path === '/v1/chat/completions').map((request) => request.body));
    expect(prompts).not.toContain('078-05-1120');
    expect(prompts).not.toContain('000-12-3456');
    expect(prompts).not.toContain('219-09-9999');
    expect(prompts).toContain('[NATIONAL_ID_1]');

    const audit = await readTable<{ action: string; actor: string }>(panel, 'audit');
    expect(audit.filter((entry) => entry.actor === 'ReplyLoop' && ['sent', 'inserted'].includes(entry.action))).toEqual([]);
  });
}

test('level 3, auto-send on: a routine question is sent on its own; a sample of the safety corpus reaches a human', async ({ context, extensionId, llm }) => {
  // The sample is every 12th sensitive message of 532 (about 35 drafts): over four minutes at load 25–30.
  test.setTimeout(480_000);
  const panel = await prepare(context, extensionId, llm, 3);

  // The same setup acts when nothing is of concern: the sample below is stopped by the checks, not by the setup.
  const routine = await context.newPage();
  await routine.goto(await serveTicketVariant(context, '40001', ROUTINE_AGAIN));
  await expect(routine.locator('[data-test-id="omni-log-item-message"][type="agent"]').last()).toContainText('Best regards', { timeout: 20_000 });
  expect(await routedDraft(panel, '40001')).toMatchObject({ route: 'send-after-undo' });

  expect(CORPUS_SAMPLE.length).toBeGreaterThanOrEqual(15);
  for (const [index, message] of CORPUS_SAMPLE.entries()) await expectHumanFor(context, panel, `42${String(index).padStart(3, '0')}`, message.text);
  const sent = (await readTable<{ action: string; actor: string }>(panel, 'audit')).filter((entry) => entry.actor === 'ReplyLoop' && entry.action === 'sent');
  expect(sent).toHaveLength(1);
});
