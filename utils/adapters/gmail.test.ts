import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import { matchCount, selectorEntries } from '@/test/support/selector-counts';
import { latestCustomerMessage } from '../conversation';
import { gmailAdapter, isoFromGmailDate, SELECTORS } from './gmail';

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

function read(document: Document, url: string) {
  return gmailAdapter.readConversation(document, new URL(url));
}

function readOk(document: Document, url: string) {
  const result = read(document, url);
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

  it('has a match count for every selector', () => {
    expect(Object.keys(MATCH_COUNTS)).toEqual(selectorEntries(SELECTORS).map(([label]) => label));
  });

  it.each(selectorEntries(SELECTORS))('%s (%s) matches as pinned on each fixture', (label, selector) => {
    expect(documents.map((document) => matchCount(document, selector))).toEqual(MATCH_COUNTS[label]);
  });
});

describe('gmailAdapter.readConversation', () => {
  it('reads the open thread: id, subject, customer, and messages told apart by the signed-in address', () => {
    const conversation = readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL);
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

  it('reads collapsed messages as the snippet Gmail shows', () => {
    const [first, second] = readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL).messages;
    expect(first?.text).toBe("Hi, my order #4411 arrived this morning and the kettle's lid is cracked right across. Photos attached. Can you help?");
    expect(second?.text).toMatch(/^Hi Priya, I'm so sorry!/);
  });

  it('answers the latest customer email without its quoted history, signature, hidden preheader, pixel or attachment', () => {
    const { messages } = readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL);
    expect(latestCustomerMessage(messages)?.text).toBe(
      "Hi Dana,\n\nHere's the packaging photo. The box was already dented on one corner when it arrived.\n\nWould you send a replacement lid, or should I return the whole kettle?\n\nThanks,\nPriya",
    );
  });

  it('keeps message ids when a collapsed message is expanded', () => {
    const collapsed = readOk(mailboxShowing(DAMAGED, DAMAGED_URL), DAMAGED_URL).messages.map((message) => message.id);
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    const item = document.querySelector('[role="listitem"].kv')!;
    item.querySelector('.iA.g6')!.replaceWith(Object.assign(document.createElement('div'), { className: 'a3s aiL', textContent: 'The full text.' }));
    const expanded = readOk(document, DAMAGED_URL).messages.map((message) => message.id);
    expect(expanded).toEqual(collapsed);
    expect(new Set(collapsed).size).toBe(3);
  });

  it('reads the thread the hash switched to, not the hidden one still in the page', () => {
    const conversation = readOk(mailboxShowing(ENGRAVING, ENGRAVING_URL), ENGRAVING_URL);
    expect(conversation).toMatchObject({
      id: 'gmail:dana@brightkettle.com:thread-f:1798046200931567384',
      subject: 'Can I change the engraving on my order?',
      customer: { name: 'Oliver Grant', email: 'oliver@grant-family.net' },
    });
    expect(conversation.messages).toHaveLength(1);
    expect(conversation.messages[0]?.text).toMatch(/^Hi there,\n\nI ordered the copper kettle.*\n\nMany thanks,\nOliver\n\nSent from my iPhone$/s);
  });

  it('reads a German Gmail: localised labels, no list roles, unreadable dates left out', () => {
    const conversation = readOk(german(), GERMAN_URL);
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

  it('finds the signed-in address in the tab title when the account button is missing', () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelectorAll('a[aria-label*="@"]').forEach((button) => button.remove());
    expect(readOk(document, DAMAGED_URL).messages[1]?.role).toBe('agent');
  });

  it('will not guess who is who without the signed-in address', () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelectorAll('a[aria-label*="@"], span.g2[name="me"]').forEach((element) => element.remove());
    document.title = 'Order #4411 arrived damaged';
    expect(read(document, DAMAGED_URL)).toMatchObject({ status: 'unreadable', problem: expect.stringContaining('which address is yours') });
  });

  it.each([
    ['the inbox list', `${MAILBOX}#inbox`],
    ['a label list', `${MAILBOX}#label/Support`],
    ['a second page of the inbox', `${MAILBOX}#inbox/p2`],
    ['settings', `${MAILBOX}#settings/general`],
  ])('reads nothing on %s', (_name, url) => {
    expect(read(mailboxShowing('', url), url)).toEqual({ status: 'none' });
  });

  it.each([
    ['a search', `${MAILBOX}#search/kettle/${DAMAGED}`],
    ['a page of the inbox', `${MAILBOX}#inbox/p2/${DAMAGED}`],
    ['a nested label', `${MAILBOX}#label/Support%2FUrgent/${DAMAGED}`],
  ])('reads a thread opened from %s', (_name, url) => {
    expect(readOk(mailboxShowing(DAMAGED, url), url).id).toBe('gmail:dana@brightkettle.com:thread-f:1797954187613702551');
  });

  it('waits while a legacy thread id in the address bar names another thread than the one shown', () => {
    const url = 'https://mail.google.com/mail/u/1/#inbox/18f2aa6b3c9d0e72';
    expect(read(german(), url)).toMatchObject({ status: 'unreadable', problem: expect.stringContaining('not the one shown yet') });
  });

  it('says what it could not read when no thread is shown', () => {
    expect(read(mailboxShowing('', DAMAGED_URL), DAMAGED_URL)).toEqual({ status: 'unreadable', problem: 'Gmail: no email thread found on the page.' });
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
  ])('%s', (title, expected) => {
    expect(isoFromGmailDate(title)).toBe(expected);
  });
});

describe('gmailAdapter.findComposer', () => {
  it.each([
    ['the inline reply box of the open thread', () => mailboxShowing(DAMAGED, DAMAGED_URL), ':ax'],
    ['the other thread’s box once the hash switched', () => mailboxShowing(ENGRAVING, ENGRAVING_URL), ':c4'],
  ])('finds %s, never the New Message window', (_name, page, id) => {
    const lookup = gmailAdapter.findComposer(page());
    expect(lookup.status === 'found' && lookup.editor.id).toBe(id);
  });

  it('finds a reply popped out into its own window when it replies to this thread', () => {
    const lookup = gmailAdapter.findComposer(german());
    expect(lookup.status === 'found' && lookup.editor.getAttribute('aria-label')).toBe('Nachrichtentext');
  });

  it('refuses a popped-out window replying to another thread', () => {
    const document = german();
    document.querySelector<HTMLInputElement>('input[name="rt"]')!.value = '#thread-f:1797781356102410000';
    expect(gmailAdapter.findComposer(document)).toEqual({
      status: 'missing',
      problem: 'Gmail: no reply box is open in this email. Click Reply, then approve again.',
    });
  });

  it('says so when the thread has no reply box open', () => {
    const document = mailboxShowing(DAMAGED, DAMAGED_URL);
    document.querySelector('[data-fixture-view="FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt"] .M9')!.remove();
    expect(gmailAdapter.findComposer(document)).toMatchObject({ status: 'missing' });
  });
});

describe('gmailAdapter.observedRoot', () => {
  it('is the main view area, which stays while threads come and go', () => {
    expect(gmailAdapter.observedRoot(mailboxShowing(DAMAGED, DAMAGED_URL))?.getAttribute('role')).toBe('main');
  });
});
