import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import { matchCount, selectorEntries } from '@/test/support/selector-counts';
import { latestCustomerMessage } from '../intake/conversation';
import { createGmailAdapter, isoFromGmailDate, SELECTORS } from './gmail';
import { fetchPrintView, printViewUrl, withFullText } from './gmail-print-view';

const MAILBOX = 'https://mail.google.com/mail/u/0/';
const DAMAGED = 'FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt';
const ENGRAVING = 'FMfcgzQVxbLqDnMGsWkTprHJcvZbwXxN';
const DAMAGED_URL = `${MAILBOX}#inbox/${DAMAGED}`;
const ENGRAVING_URL = `${MAILBOX}#label/Support/${ENGRAVING}`;
const GERMAN_URL = 'https://mail.google.com/mail/u/1/#inbox/18f2aa6b3c9d0e71';

/** The mailbox with one view shown, as mailbox-app.js shows it on hashchange (no scripts run in jsdom). */
function mailboxShowing(token: string, url: string): Document {
  const document = fixtureDocument('gmail/mailbox.html', url);
  document.querySelectorAll<HTMLElement>('[data-fixture-view]').forEach((view) => {
    view.style.display = view.dataset.fixtureView === token ? '' : 'none';
  });
  return document;
}

const german = () => fixtureDocument('gmail/thread-de.html', GERMAN_URL);

const DAMAGED_PRINT_VIEW = `${MAILBOX}?ui=2&view=pt&search=all&permthid=thread-f%3A1797954187613702551`;

/** Gmail's print view, served for the damaged thread (test/fixtures/gmail/print-view-damaged.html), or `status`. */
function printViewFetch(status = 200) {
  const asked: string[] = [];
  const fetch = vi.fn(async (input: string | URL | Request) => {
    asked.push(String(input));
    if (status !== 200 || String(input) !== DAMAGED_PRINT_VIEW) return new Response('', { status: status === 200 ? 404 : status });
    return new Response(readFileSync(resolve(import.meta.dirname, '../../test/fixtures/gmail/print-view-damaged.html'), 'utf8'), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, asked };
}

const gmailAdapter = createGmailAdapter({ printView: async () => ({ printViewUrl, fetchPrintView, withFullText }), fetch: printViewFetch().fetch });

function read(document: Document, url: string, adapter: ReturnType<typeof createGmailAdapter> = gmailAdapter) {
  return adapter.readConversation(document, new URL(url));
}

async function readOk(document: Document, url: string, adapter?: ReturnType<typeof createGmailAdapter>) {
  const result = await read(document, url, adapter);
  if (result.status !== 'read') throw new Error(JSON.stringify(result));
  return result.conversation;
}

/** Local time as ISO, the way the browser reads Gmail's dates. */
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

/** How many elements each selector matches on each fixture ([mailbox, German thread]). */
const MATCH_COUNTS: Record<string, [number, number]> = {
  'subject[0]': [2, 1],
  'thread[0]': [2, 1],
  'thread[1]': [0, 0],
  'main[0]': [1, 1],
  'message[0]': [4, 0],
  'message[1]': [2, 3],
  'message[2]': [2, 3],
  'sender[0]': [4, 3],
  'time[0]': [4, 3],
  'body[0]': [2, 3],
  'snippet[0]': [2, 0],
  'bodyNoise[0]': [2, 2],
  'bodyNoise[1]': [1, 0],
  'bodyNoise[2]': [1, 2],
  'bodyNoise[3]': [1, 1],
  'bodyNoise[4]': [1, 2],
  'bodyNoise[5]': [1, 0],
  'bodyNoise[6]': [1, 0],
  'bodyNoise[7]': [1, 0],
  'bodyNoise[8]': [1, 0],
  'bodyNoise[9]': [1, 0],
  'bodyNoise[10]': [1, 0],
  'bodyNoise[11]': [1, 0],
  'bodyNoise[12]': [1, 0],
  'account[0]': [1, 0],
  'account[1]': [1, 1],
  'meRecipient[0]': [1, 0],
  'fromInput[0]': [1, 0],
  'fromInput[1]': [1, 0],
  'fromOption[0]': [0, 0],
  'composer[0]': [3, 0],
  'composer[1]': [3, 1],
  'composer[2]': [3, 1],
  'send[0]': [4, 1],
  'send[1]': [3, 1],
  'replyBox[0]': [2, 1],
  'replyBox[1]': [2, 1],
  'replyThread[0]': [3, 1],
};

describe('gmail selectors', () => {
  const documents = [fixtureDocument('gmail/mailbox.html', DAMAGED_URL), german()];

  it('has a match count for every selector', async () => {
    expect(Object.keys(MATCH_COUNTS)).toEqual(selectorEntries(SELECTORS).map(([label]) => label));
  });

  it.each(selectorEntries(SELECTORS))('%s (%s) matches as pinned on each fixture', async (label, selector) => {
    expect(documents.map((document) => matchCount(document, selector))).toEqual(MATCH_COUNTS[label]);
  });
});

describe('gmailAdapter.readConversation', () => {
  it('reads the open thread: id, subject, customer, and messages told apart by the signed-in address', async () => {
    const conversation = await readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL);
    expect(conversation).toMatchObject({
      helpdesk: 'gmail',
      id: 'gmail:dana@brightkettle.com:thread-f:1797954187613702551',
      subject: 'Order #4411 arrived damaged',
      customer: { name: 'Priya Nair', email: 'priya.nair@example.com' },
    });
    expect(conversation.messages.map((message) => [message.role, message.author, message.sentAt])).toEqual([
      ['customer', 'Priya Nair', local(2024, 4, 2, 9, 14)],
      ['agent', 'Dana Whitfield', local(2024, 4, 2, 10, 2)],
      ['customer', 'Priya Nair', local(2024, 4, 2, 11, 47)],
    ]);
  });

  it('reads collapsed messages in full from the print view, never from their snippet', async () => {
    const print = printViewFetch();
    const [first, second] = (await readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL, createGmailAdapter({ printView: async () => ({ printViewUrl, fetchPrintView, withFullText }), fetch: print.fetch }))).messages;
    expect(print.asked).toEqual([DAMAGED_PRINT_VIEW]);
    expect(first?.text).toBe(
      "Hi,\n\nmy order #4411 arrived this morning and the kettle's lid is cracked right across. Photos of the lid are attached.\n\nI'd like a replacement, not a refund: it was a birthday present and the party is on Saturday. Can you get one to me by Friday?\n\nThanks,\nPriya",
    );
    expect(second?.text).toBe("Hi Priya,\n\nI'm so sorry! Could you send a photo of the outer box as well? Then I'll sort out a replacement straight away.\n\nDana");
  });

  it.each([
    ['the print view fails', () => printViewFetch(500).fetch],
    ['the print view shows another thread', () => printViewFetch(404).fetch],
  ])('says so, and drafts nothing, when %s', async (_name, fetch) => {
    expect(await read(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL, createGmailAdapter({ printView: async () => ({ printViewUrl, fetchPrintView, withFullText }), fetch: fetch() }))).toEqual({
      status: 'unreadable',
      problem: 'Gmail: 2 messages are collapsed in this thread and could not be read in full. Click “Expand all” in the thread; drafting resumes once every message shows.',
    });
  });

  it('refuses a print view whose senders do not match the thread shown', async () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelector('[role="listitem"].kv span.gD')!.setAttribute('email', 'someone.else@example.com');
    expect(await read(document, DAMAGED_URL)).toMatchObject({ status: 'unreadable' });
  });

  it('uses a print view from before the thread grew: the new messages arrive expanded', async () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    const list = document.querySelector('[data-fixture-view="FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt"] [role="list"]')!;
    list.append(list.lastElementChild!.cloneNode(true));
    const { messages } = await readOk(document, DAMAGED_URL);
    expect(messages).toHaveLength(4);
    expect(messages[0]?.text).toContain('by Friday');
  });

  it('asks for the print view once while the thread stays the same', async () => {
    const print = printViewFetch();
    const adapter = createGmailAdapter({ printView: async () => ({ printViewUrl, fetchPrintView, withFullText }), fetch: print.fetch });
    await readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL, adapter);
    await readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL, adapter);
    expect(print.asked).toHaveLength(1);
  });

  it('answers the latest customer email without its quoted history, signature, hidden preheader, pixel or attachment', async () => {
    const { messages } = await readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL);
    expect(latestCustomerMessage(messages)?.text).toBe(
      "Hi Dana,\n\nHere's the packaging photo. The box was already dented on one corner when it arrived.\n\nWould you send a replacement lid, or should I return the whole kettle?\n\nThanks,\nPriya",
    );
  });

  it('keeps message ids when a collapsed message is expanded', async () => {
    const collapsed = (await readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL)).messages.map((message) => message.id);
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    const item = document.querySelector('[role="listitem"].kv')!;
    item.querySelector('.iA.g6')!.replaceWith(Object.assign(document.createElement('div'), { className: 'a3s aiL', textContent: 'The full text.' }));
    const expanded = (await readOk(document, DAMAGED_URL)).messages.map((message) => message.id);
    expect(expanded).toEqual(collapsed);
    expect(new Set(collapsed).size).toBe(3);
  });

  it('reads the thread the hash switched to, not the hidden one still in the page', async () => {
    const conversation = await readOk(mailboxShowing(ENGRAVING, ENGRAVING_URL), ENGRAVING_URL);
    expect(conversation).toMatchObject({
      id: 'gmail:dana@brightkettle.com:thread-f:1798046200931567384',
      subject: 'Can I change the engraving on my order?',
      customer: { name: 'Oliver Grant', email: 'oliver@grant-family.net' },
    });
    expect(conversation.messages).toHaveLength(1);
    expect(conversation.messages[0]?.text).toMatch(/^Hi there,\n\nI ordered the copper kettle.*\n\nMany thanks,\nOliver\n\nSent from my iPhone$/s);
  });

  it('reads a German Gmail: localised labels, no list roles, unreadable dates left out', async () => {
    const conversation = await readOk(german(), GERMAN_URL);
    expect(conversation).toMatchObject({
      id: 'gmail:dana@brightkettle.com:thread-f:1797781356102417009',
      customer: { name: 'Lukas Becker', email: 'lukas.becker@example.de' },
    });
    expect(conversation.messages.map((message) => [message.role, message.sentAt])).toEqual([
      ['customer', null],
      ['agent', null],
      ['customer', null],
    ]);
    expect(conversation.messages[1]?.text).not.toContain('schrieb');
    expect(latestCustomerMessage(conversation.messages)?.text).toBe(
      'Hier ist das Foto vom Typenschild. Das Gerät ist ungefähr drei Wochen alt.\n\nVon meinem iPhone gesendet',
    );
  });

  it('finds the signed-in address in the tab title when the account button is missing', async () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelectorAll('a[aria-label*="@"]').forEach((button) => button.remove());
    expect((await readOk(document, DAMAGED_URL)).messages[1]?.role).toBe('agent');
  });

  /** The thread as a shared mailbox sees it: Dana, signed in as herself, replied as support@. */
  function repliedAsSupport(): Document {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    const danaSender = [...document.querySelectorAll('span.gD[email="dana@brightkettle.com"]')][0]!;
    danaSender.setAttribute('email', 'support@brightkettle.com');
    danaSender.setAttribute('name', 'Brightkettle Support');
    // Expanded, so the print view (which would name support@ too) is not needed.
    document.querySelectorAll('[role="listitem"].kv .iA.g6').forEach((snippet) => snippet.replaceWith(Object.assign(document.createElement('div'), { className: 'a3s aiL', textContent: 'Full text.' })));
    return document;
  }

  it('reads replies sent as the send-as address of the reply box as the agent’s', async () => {
    const document = repliedAsSupport();
    document.querySelector<HTMLInputElement>('.M9 input[name="from"]')!.value = 'Brightkettle Support <support@brightkettle.com>';
    const conversation = await readOk(document, DAMAGED_URL);
    expect(conversation.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(conversation.customer).toEqual({ name: 'Priya Nair', email: 'priya.nair@example.com' });
  });

  it('reads replies sent as an alias from the From chooser as the agent’s', async () => {
    const document = repliedAsSupport();
    const option = document.createElement('div');
    option.className = 'J-N HX';
    option.setAttribute('value', 'support@brightkettle.com');
    document.body.append(option);
    expect((await readOk(document, DAMAGED_URL)).messages[1]?.role).toBe('agent');
  });

  it('reads replies sent as an address listed in options as the agent’s, and never greets it as the customer', async () => {
    const document = repliedAsSupport();
    // The team's reply is the latest message: the customer is still the one who wrote before it.
    const list = document.querySelector('[data-fixture-view="FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt"] [role="list"]')!;
    list.append(list.children[1]!);
    const adapter = createGmailAdapter({ printView: async () => ({ printViewUrl, fetchPrintView, withFullText }), fetch: printViewFetch().fetch, extraOwnAddresses: () => ['Support@Brightkettle.com'] });
    const conversation = await readOk(document, DAMAGED_URL, adapter);
    expect(conversation.messages.map((message) => message.role)).toEqual(['customer', 'customer', 'agent']);
    expect(conversation.customer.email).toBe('priya.nair@example.com');
    // Without the list, the team's address would be taken for the customer's.
    expect((await readOk(document, DAMAGED_URL)).customer.email).toBe('support@brightkettle.com');
  });

  it('will not guess who is who without the signed-in address', async () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelectorAll('a[aria-label*="@"], span.g2[name="me"]').forEach((element) => element.remove());
    document.title = 'Order #4411 arrived damaged';
    expect(await read(document, DAMAGED_URL)).toMatchObject({ status: 'unreadable', problem: expect.stringContaining('which address is yours') });
  });

  it.each([
    ['the inbox list', `${MAILBOX}#inbox`],
    ['a label list', `${MAILBOX}#label/Support`],
    ['a second page of the inbox', `${MAILBOX}#inbox/p2`],
    ['settings', `${MAILBOX}#settings/general`],
  ])('reads nothing on %s', async (_name, url) => {
    expect(await read(mailboxShowing('', url), url)).toEqual({ status: 'none' });
  });

  it.each([
    ['a search', `${MAILBOX}#search/kettle/${DAMAGED}`],
    ['a page of the inbox', `${MAILBOX}#inbox/p2/${DAMAGED}`],
    ['a nested label', `${MAILBOX}#label/Support%2FUrgent/${DAMAGED}`],
  ])('reads a thread opened from %s', async (_name, url) => {
    expect((await readOk(mailboxShowing(DAMAGED, url), url)).id).toBe('gmail:dana@brightkettle.com:thread-f:1797954187613702551');
  });

  it('waits while a legacy thread id in the address bar names another thread than the one shown', async () => {
    const url = 'https://mail.google.com/mail/u/1/#inbox/18f2aa6b3c9d0e72';
    expect(await read(german(), url)).toMatchObject({ status: 'unreadable', problem: expect.stringContaining('not the one shown yet') });
  });

  it('says what it could not read when no thread is shown', async () => {
    expect(await read(mailboxShowing('', DAMAGED_URL), DAMAGED_URL)).toEqual({ status: 'unreadable', problem: 'Gmail: no email thread found on the page.' });
  });
});

describe('isoFromGmailDate', () => {
  it.each([
    ['Thu, May 2, 2024, 11:47 AM', local(2024, 4, 2, 11, 47)],
    ['Thu, May 2, 2024, 11:47\u202fAM', local(2024, 4, 2, 11, 47)],
    ['Thu, 2 May 2024, 09:14', local(2024, 4, 2, 9, 14)],
    ['Thu, May 2, 2024, 11:47 AM (2 hours ago)', local(2024, 4, 2, 11, 47)],
    ['Do., 2. Mai 2024, 09:14', null],
    ['Thu 2 May, 09:14', null],
    ['', null],
  ])('%s', async (title, expected) => {
    expect(isoFromGmailDate(title)).toBe(expected);
  });
});

describe('gmailAdapter.replyBox.findComposer', () => {
  it.each([
    ['the inline reply box of the open thread', () => mailboxShowing(DAMAGED, DAMAGED_URL), ':ax'],
    ['the other thread’s box once the hash switched', () => mailboxShowing(ENGRAVING, ENGRAVING_URL), ':c4'],
  ])('finds %s, never the New Message window', async (_name, page, id) => {
    const lookup = gmailAdapter.replyBox.findComposer(page());
    expect(lookup.status === 'found' && lookup.editor.id).toBe(id);
  });

  it('finds a reply popped out into its own window when it replies to this thread', async () => {
    const lookup = gmailAdapter.replyBox.findComposer(german());
    expect(lookup.status === 'found' && lookup.editor.getAttribute('aria-label')).toBe('Nachrichtentext');
  });

  it('refuses a popped-out window replying to another thread', async () => {
    const document = german();
    document.querySelector<HTMLInputElement>('input[name="rt"]')!.value = '#thread-f:1797781356102410000';
    expect(gmailAdapter.replyBox.findComposer(document)).toEqual({
      status: 'missing',
      problem: 'Gmail: no reply box is open in this email. Click Reply, then approve again.',
    });
  });

  it('says so when the thread has no reply box open', async () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelector('[data-fixture-view="FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt"] .M9')!.remove();
    expect(gmailAdapter.replyBox.findComposer(document)).toMatchObject({ status: 'missing' });
  });
});

describe('gmailAdapter.observedRoot', () => {
  it('is the main view area, which stays while threads come and go', async () => {
    expect(gmailAdapter.observedRoot(mailboxShowing(DAMAGED, DAMAGED_URL))?.getAttribute('role')).toBe('main');
  });
});
