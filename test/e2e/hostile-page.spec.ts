import type { Page } from '@playwright/test';
import { DEFAULT_TAXONOMY } from '../../utils/autonomy/categories';
import { configureModel, expect, openPanel, readTable, test } from './extension';
import { composerText, serveTicketVariant, serveZendesk, TICKET_URL } from '../support/zendesk-pages';

/**
 * A helpdesk page with hostile script in it (a compromised widget, a rogue
 * integration) tries to switch ReplyLoop off, watch it, or hide what it does (#19).
 */
test.describe.configure({ mode: 'default' });

const probes: { probe: string; outcome: string }[] = [];
test.afterAll(() => console.log(`hostile-page probes:\n${probes.map((entry) => `  ${entry.probe}: ${entry.outcome}`).join('\n')}`));

const ORDER_QUESTION = 'Can I still change the size in my order #A-20417? I placed it this morning.';
const AGENT_MESSAGES = '[data-test-id="omni-log-item-message"][type="agent"]';

/** Records, in the page's own world, every message and every event named as WXT names its signals. */
async function listenLikeAPage(page: Page, extensionId: string): Promise<void> {
  await page.addInitScript((id) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (event) => seen.push(`message ${JSON.stringify(event.data)}`));
    for (const script of ['zendesk', 'intercom', 'gmail']) {
      for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
        const type = `${id}:${script}:${name}`;
        document.addEventListener(type, () => seen.push(`document ${type}`), true);
        window.addEventListener(type, () => seen.push(`window ${type}`), true);
      }
    }
  }, extensionId);
}

test('a page script that forges every event and message it can see cannot switch ReplyLoop off', async ({ context, extensionId, llm }) => {
  await configureModel(context, extensionId, llm);
  await serveZendesk(context, 'two-tickets');
  const ticket = await context.newPage();
  await listenLikeAPage(ticket, extensionId);
  await ticket.goto(TICKET_URL);
  const panel = await openPanel(context, extensionId);
  await expect(panel.getByTestId('draft-text')).toContainText('Visa ending in 4242');

  // Nothing announced ReplyLoop to the page: no start-up message, no event named after the extension.
  const seen = await ticket.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((entry) => entry.includes(extensionId) || entry.includes('wxt'))).toEqual([]);
  probes.push({ probe: 'listen for WXT start-up postMessage and events', outcome: `${seen.length} signals seen` });

  // The attack: every name WXT ever used, as events on document and window and as messages, plus a fake navigation.
  const forged = await ticket.evaluate((id) => {
    let count = 0;
    for (const script of ['zendesk', 'intercom', 'gmail', 'content', '']) {
      for (const name of ['wxt:content-script-started', 'wxt:locationchange']) {
        for (const type of [`${id}:${script}:${name}`, name]) {
          const detail = { contentScriptName: script, messageId: 'forged' };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
          count += 3;
        }
      }
    }
    (globalThis as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
    return count + 1;
  }, extensionId);
  probes.push({ probe: `forge ${forged} start-up/location events and messages`, outcome: 'ReplyLoop kept reading the ticket' });

  // ReplyLoop still follows the conversation: the customer writes again, and it drafts again.
  await ticket.locator('#fixture-new-message').click();
  await expect(panel.getByTestId('customer-message')).toContainText('my bank app still shows both $89.00 charges');
  await expect(panel.getByTestId('draft-text')).toContainText('my bank app still shows');
});

/** What a page script does to the countdown's host the moment it appears (it cannot reach inside: the root is closed). */
const HIDING_ATTEMPTS = {
  'display: none on its host': 'display',
  'opacity: 0 on its host': 'opacity',
  'visibility: hidden on its host': 'visibility',
  'clip-path on its host': 'clip',
  'removing its host': 'remove',
  'covering it with the page’s own top-layer popover': 'cover',
  'covering it with a click-through popover (pointer-events: none)': 'cover-click-through',
} as const;

async function hideCountdownLikeAPage(page: Page, attempt: string): Promise<void> {
  await page.addInitScript((how) => {
    const done = new WeakSet<Element>();
    new MutationObserver(() => {
      const host = document.querySelector<HTMLElement>('replyloop-undo-countdown');
      if (!host || done.has(host)) return;
      done.add(host);
      (window as unknown as { __shadowReadable: boolean }).__shadowReadable = host.shadowRoot !== null;
      if (how === 'display') host.style.display = 'none';
      if (how === 'opacity') host.style.opacity = '0';
      if (how === 'visibility') host.style.visibility = 'hidden';
      if (how === 'clip') host.style.clipPath = 'inset(50%)';
      if (how === 'remove') host.remove();
      if (how === 'cover' || how === 'cover-click-through') {
        const cover = document.createElement('div');
        cover.popover = 'manual';
        cover.style.cssText = `position: fixed; inset: 0; margin: 0; width: 100vw; height: 100vh; border: 0; background: #fff;${how === 'cover-click-through' ? ' pointer-events: none;' : ''}`;
        document.body.append(cover);
        cover.showPopover();
      }
    }).observe(document, { childList: true, subtree: true });
  }, attempt);
}

async function setLevel3AutoSend(extensionPage: Page): Promise<void> {
  const taxonomy = DEFAULT_TAXONOMY.map((category) => (category.id === 'orders' ? { ...category, level: 3, sampleRate: 1, autoSend: true, undoSeconds: 3 } : category));
  await extensionPage.evaluate((value) => chrome.storage.local.set({ taxonomy: value }), taxonomy);
}

test('a page that hides, covers or removes the undo countdown gets the reply inserted, never sent', async ({ context, extensionId, llm }) => {
  test.setTimeout(180_000);
  await configureModel(context, extensionId, llm);
  const panel = await openPanel(context, extensionId);
  // Level 3 acts only on a question the team has answered before (fail closed, #13): one approved at level 1 first.
  const first = await context.newPage();
  await first.goto(await serveTicketVariant(context, '40999', ORDER_QUESTION));
  await expect(panel.getByTestId('customer-message')).toContainText(ORDER_QUESTION);
  await panel.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(panel.getByRole('status')).toContainText('Inserted into the reply box');
  await first.close();
  await setLevel3AutoSend(panel);

  for (const [index, [probe, how]] of Object.entries(HIDING_ATTEMPTS).entries()) {
    const ticketId = `4100${index}`;
    const ticket = await context.newPage();
    await hideCountdownLikeAPage(ticket, how);
    await ticket.goto(await serveTicketVariant(context, ticketId, ORDER_QUESTION));
    await expect.poll(() => composerText(ticket, ticketId), { timeout: 20_000 }).toContain('I have found your order');
    const withheld = async () =>
      (await readTable<{ action: string; conversationId: string; reasons: string[] }>(panel, 'audit')).find(
        (entry) => entry.action === 'send-withheld' && entry.conversationId.endsWith(`:${ticketId}`),
      );
    await expect.poll(withheld, { timeout: 15_000 }).toBeTruthy();
    // Well past the countdown: the helpdesk's Submit was never clicked.
    await ticket.waitForTimeout(3_000);
    await expect(ticket.locator(AGENT_MESSAGES)).toHaveCount(1);
    expect(await ticket.evaluate(() => (window as unknown as { __shadowReadable?: boolean }).__shadowReadable)).toBe(false);
    const draft = (await readTable<{ conversationId: string; status: string }>(panel, 'drafts')).find((row) => row.conversationId.endsWith(`:${ticketId}`));
    expect(draft?.status).toBe('auto-inserted');
    probes.push({ probe: `hide the countdown: ${probe}`, outcome: `not sent, reply left in the composer (${JSON.stringify((await withheld())!.reasons[0])})` });
    await ticket.close();
  }
});
