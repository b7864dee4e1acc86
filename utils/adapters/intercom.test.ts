import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import { matchCount, selectorEntries } from '@/test/support/selector-counts';
import { latestCustomerMessage } from '../intake/conversation';
import { intercomAdapter, SELECTORS } from './intercom';

const INBOX = 'https://app.intercom.com/a/inbox/x7k2m9pq/inbox/shared/all';
const EMAIL_URL = `${INBOX}/conversation/215470038211834`;
const CHAT_URL = `${INBOX}/conversation/215470038214671`;

/** The chat conversation, swapped in the way inbox-app.js does on SPA navigation (no scripts run in jsdom). */
function inboxShowingChat(): Document {
  const document = fixtureDocument('intercom/inbox.html', CHAT_URL);
  const host = document.querySelector('.inbox2__conversation-page')!.parentElement!;
  const template = document.querySelector<HTMLTemplateElement>('#fixture-conversation-215470038214671')!;
  host.replaceChildren(document.importNode(template.content, true));
  return document;
}

/**
 * The current build (2026): the tailwind fixture with its last per-part marker gone, as the Support
 * Copilot for Intercom changelog (3.1.0) describes it: each part is one group/content-part element.
 */
function currentBuild(url: string): Document {
  const document = fixtureDocument('intercom/conversation-tailwind.html', url);
  document.querySelectorAll('[data-intercom-target="conversation-stream-content-part"]').forEach((part) => part.removeAttribute('data-intercom-target'));
  return document;
}

const PAGES = {
  inbox: () => fixtureDocument('intercom/inbox.html', EMAIL_URL),
  'inbox, chat open': inboxShowingChat,
  tailwind: () => fixtureDocument('intercom/conversation-tailwind.html', EMAIL_URL),
  current: () => currentBuild(EMAIL_URL),
};

function read(document: Document, url: string) {
  return intercomAdapter.readConversation(document, new URL(url));
}

function readOk(document: Document, url: string) {
  const result = read(document, url);
  if (result.status !== 'read') throw new Error(JSON.stringify(result));
  return result.conversation;
}

/**
 * How many elements each selector matches on each page as served ([inbox, inbox with the chat open,
 * tailwind build, current build]). Zero everywhere = a fallback for a UI none of the fixtures shows, or a mode the
 * page is not in (Note).
 */
const MATCH_COUNTS: Record<string, [number, number, number, number]> = {
  'page[0]': [1, 1, 0, 0],
  'page[1]': [0, 0, 1, 1],
  'stream[0]': [1, 1, 0, 0],
  'stream[1]': [1, 1, 1, 1],
  'stream[2]': [1, 1, 1, 1],
  'stream[3]': [0, 0, 0, 0],
  'partGroup[0]': [6, 3, 0, 0],
  'partGroup[1]': [0, 0, 6, 6],
  'contentPart[0]': [5, 3, 5, 0],
  'contentPart[1]': [5, 3, 0, 0],
  'notePart[0]': [2, 0, 0, 0],
  'notePart[1]': [0, 0, 2, 2],
  'userPart[0]': [2, 0, 0, 0],
  'userPart[1]': [0, 0, 2, 2],
  'adminPart[0]': [1, 0, 0, 0],
  'adminPart[1]': [0, 0, 1, 1],
  'teammateName[0]': [3, 1, 3, 3],
  'body[0]': [5, 0, 0, 0],
  'body[1]': [0, 0, 5, 5],
  'body[2]': [0, 3, 0, 0],
  'body[3]': [5, 0, 5, 5],
  'body[4]': [0, 0, 0, 0],
  'bodyNoise[0]': [2, 0, 2, 2],
  'bodyNoise[1]': [3, 1, 3, 3],
  'bodyNoise[2]': [2, 0, 2, 2],
  'bodyNoise[3]': [2, 0, 2, 2],
  'bodyNoise[4]': [1, 0, 1, 1],
  'bodyNoise[5]': [0, 0, 0, 0],
  'bodyNoise[6]': [6, 3, 6, 6],
  'time[0]': [6, 3, 6, 6],
  'headerTitle[0]': [1, 1, 0, 0],
  'headerTitle[1]': [0, 0, 1, 1],
  'headerTitle[2]': [0, 0, 0, 0],
  'userDetails[0]': [1, 1, 1, 1],
  'userDetails[1]': [1, 1, 0, 0],
  'userDetails[2]': [0, 0, 1, 1],
  'attributeLabel[0]': [7, 5, 2, 2],
  'composer[0]': [1, 1, 0, 0],
  'composer[1]': [1, 1, 1, 1],
  'composer[2]': [1, 1, 1, 1],
  'composerContainer[0]': [1, 1, 0, 0],
  'composerContainer[1]': [0, 0, 1, 1],
  'composerContainer[2]': [1, 1, 0, 0],
  'composerContainer[3]': [1, 1, 1, 1],
  'composerModeControl[0]': [1, 1, 1, 1],
  'composerModeControl[1]': [1, 1, 0, 0],
  'composerModeControl[2]': [1, 1, 0, 0],
  'noteModeAncestor[0]': [0, 0, 0, 0],
  'noteTabSelected[0]': [0, 0, 0, 0],
  'agentAligned[0]': [6, 2, 1, 1],
  'agentAligned[1]': [0, 0, 0, 0],
  'agentAligned[2]': [0, 0, 0, 0],
  'agentAligned[3]': [0, 0, 0, 0],
  'customerAligned[0]': [3, 1, 0, 0],
  'customerAligned[1]': [0, 0, 0, 0],
  'customerAligned[2]': [0, 0, 0, 0],
};

describe('intercom selectors', () => {
  const documents = Object.values(PAGES).map((page) => page());

  it('has a match count for every selector', () => {
    expect(Object.keys(MATCH_COUNTS)).toEqual(selectorEntries(SELECTORS).map(([label]) => label));
  });

  it.each(selectorEntries(SELECTORS))('%s (%s) matches as pinned on each page', (label, selector) => {
    expect(documents.map((document) => matchCount(document, selector))).toEqual(MATCH_COUNTS[label]);
  });
});

describe('intercomAdapter.readConversation', () => {
  it('reads the email conversation: id, subject, customer and parts in order with their roles', () => {
    const conversation = readOk(PAGES.inbox(), EMAIL_URL);
    expect(conversation).toMatchObject({
      helpdesk: 'intercom',
      id: 'intercom:x7k2m9pq:215470038211834',
      subject: 'Refund for annual plan — charged after cancelling',
      customer: { name: 'Sam Lee', email: 'sam.lee@example.net' },
    });
    expect(conversation.messages.map((message) => [message.role, message.author])).toEqual([
      ['customer', 'Sam Lee'],
      ['system', ''],
      ['internal-note', 'Priya Shah'],
      ['agent', 'Alex Moreau'],
      ['customer', 'Sam Lee'],
      ['internal-note', 'Priya Shah'],
    ]);
    expect(conversation.messages[0]?.sentAt).toBe('2024-06-03T08:12:27Z');
    expect(conversation.messages[1]?.text).toBe('Fin assigned this conversation to Billing');
  });

  it('answers the latest customer message, not the note after it, without its quoted history', () => {
    const { messages } = readOk(PAGES.inbox(), EMAIL_URL);
    expect(latestCustomerMessage(messages)?.text).toBe(
      'Thanks Alex. One more thing: my card statement shows two pending charges of €240, not one.\n\nWill both be reversed?\n\nSam',
    );
  });

  it('keeps paragraphs and leaves out the signature, email headers, attachments and tracking pixel', () => {
    const [first] = readOk(PAGES.inbox(), EMAIL_URL).messages;
    expect(first?.text).toBe(
      'Hi there,\n\nI cancelled my Pro plan on May 31 but was still charged €240 for the annual renewal on June 1. Can you refund it?\n\nThanks,\nSam',
    );
  });

  it('gives parts their Intercom ids, the same on every read', () => {
    const ids = () => readOk(PAGES.inbox(), EMAIL_URL).messages.map((message) => message.id);
    expect(ids()).toEqual(ids());
    expect(ids()).toEqual(['19874512345', '9347725140-0', '19874519011', '19874521876', '19874530442', '19874533120']);
  });

  it('reads the 2026 build (no part-group attributes, renamed classes) the same way', () => {
    const strip = (conversation: ReturnType<typeof readOk>) => ({
      ...conversation,
      messages: conversation.messages.map(({ id: _id, ...message }) => message),
    });
    expect(strip(readOk(PAGES.tailwind(), EMAIL_URL))).toEqual(strip(readOk(PAGES.inbox(), EMAIL_URL)));
    const ids = readOk(PAGES.tailwind(), EMAIL_URL).messages.map((message) => message.id);
    expect(new Set(ids).size).toBe(6);
    expect(readOk(PAGES.tailwind(), EMAIL_URL).messages.map((message) => message.id)).toEqual(ids);
  });

  it('reads the current build (no per-part marker: each group/content-part is one part) with the same roles', () => {
    const strip = (conversation: ReturnType<typeof readOk>) => ({
      ...conversation,
      messages: conversation.messages.map(({ id: _id, ...message }) => message),
    });
    const current = readOk(PAGES.current(), EMAIL_URL);
    expect(current.messages.map((message) => message.role)).toEqual(['customer', 'system', 'internal-note', 'agent', 'customer', 'internal-note']);
    expect(strip(current)).toEqual(strip(readOk(PAGES.inbox(), EMAIL_URL)));
  });

  it('tells roles of current-build parts from their row alignment when they show no kind of part', () => {
    const document = PAGES.current();
    document.querySelectorAll('.inbox-2__user-email-part, .inbox-2__admin-email-part').forEach((element) => element.classList.remove('inbox-2__user-email-part', 'inbox-2__admin-email-part'));
    document.querySelectorAll('[data-testid="admin-avatar-name"]').forEach((element) => element.remove());
    const groups = [...document.querySelectorAll('[class*="group/content-part"]')];
    groups[0]!.classList.add('justify-start');
    groups[3]!.classList.add('justify-end');
    groups[4]!.setAttribute('data-author-type', 'user');
    expect(readOk(document, EMAIL_URL).messages.map((message) => message.role)).toEqual(['customer', 'system', 'internal-note', 'agent', 'customer', 'internal-note']);
  });

  it('says so when parts are found but nothing tells who wrote them, instead of reading them all as system', () => {
    const document = PAGES.current();
    document.querySelectorAll('.inbox-2__user-email-part, .inbox-2__admin-email-part').forEach((element) => element.classList.remove('inbox-2__user-email-part', 'inbox-2__admin-email-part'));
    document.querySelectorAll('[data-testid="admin-avatar-name"]').forEach((element) => element.remove());
    expect(read(document, EMAIL_URL)).toEqual({
      status: 'unreadable',
      problem: "Intercom: 3 of 6 messages here do not show who wrote them, so ReplyLoop cannot tell the customer's from the team's.",
    });
  });

  it.each(['app.eu.intercom.com', 'app.au.intercom.com'])('reads a workspace hosted at %s', (host) => {
    const url = EMAIL_URL.replace('app.intercom.com', host);
    expect(readOk(currentBuild(url), url).id).toBe('intercom:x7k2m9pq:215470038211834');
  });

  it('runs on every regional host', () => {
    expect(intercomAdapter.matches).toEqual(['https://app.intercom.com/a/inbox/*', 'https://app.eu.intercom.com/a/inbox/*', 'https://app.au.intercom.com/a/inbox/*']);
  });

  it('reads the chat after SPA navigation: a bot, two parts in one group, and the first line as subject', () => {
    const conversation = readOk(inboxShowingChat(), CHAT_URL);
    expect(conversation).toMatchObject({
      id: 'intercom:x7k2m9pq:215470038214671',
      subject: 'My CSV export has been stuck on "Preparing…" for an hour.',
      customer: { name: 'Tom Becker', email: 'tom.becker@example.org' },
    });
    expect(conversation.messages.map((message) => [message.role, message.author, message.text])).toEqual([
      ['agent', 'Fin', 'Hi Tom 👋 How can I help today?'],
      ['customer', 'Tom Becker', 'My CSV export has been stuck on "Preparing…" for an hour.'],
      ['customer', 'Tom Becker', "It's the Projects export, about 12k rows."],
      ['system', '', 'Fin handed this conversation over to Support'],
    ]);
  });

  it.each([
    ['a conversation inside a teammate folder', `https://app.intercom.com/a/inbox/x7k2m9pq/inbox/admin/6120384/conversation/215470038211834`],
    ['a conversation URL with a query', `${EMAIL_URL}?view=List`],
  ])('takes the id from %s', (_name, url) => {
    expect(readOk(PAGES.inbox(), url).id).toBe('intercom:x7k2m9pq:215470038211834');
  });

  it.each([
    ['the inbox list', INBOX],
    ['another Intercom page', 'https://app.intercom.com/a/apps/x7k2m9pq/reports'],
  ])('reads nothing on %s', (_name, url) => {
    expect(read(PAGES.inbox(), url)).toEqual({ status: 'none' });
  });

  it('says what it could not read when the conversation column is missing', () => {
    const document = PAGES.inbox();
    document.querySelector('.inbox2__conversation-page')!.remove();
    expect(read(document, EMAIL_URL)).toEqual({ status: 'unreadable', problem: 'Intercom: no conversation found on the page.' });
  });
});

describe('intercomAdapter.replyBox.findComposer', () => {
  it.each(Object.entries(PAGES))('finds the reply editor of the open conversation (%s), not the Copilot input', (_name, page) => {
    const lookup = intercomAdapter.replyBox.findComposer(page());
    expect(lookup.status).toBe('found');
    if (lookup.status === 'found') expect(lookup.editor.classList.contains('embercom-prosemirror-composer-editor')).toBe(true);
  });

  it('refuses the composer in Note mode', () => {
    const document = PAGES.inbox();
    document.querySelector('.inbox2__composer__container')!.classList.add('o__note');
    expect(intercomAdapter.replyBox.findComposer(document)).toEqual({
      status: 'missing',
      problem: 'Intercom: the composer is set to Note. Switch it to Reply, then approve again.',
    });
  });

  it.each(['tailwind', 'current'] as const)('refuses the composer whose own mode switch reads Note (%s build)', (page) => {
    const document = PAGES[page]();
    const modeButton = document.querySelector('.inbox-2__composer button[aria-haspopup]')!;
    modeButton.textContent = 'Note ▾';
    expect(intercomAdapter.replyBox.findComposer(document)).toMatchObject({ status: 'missing', problem: expect.stringContaining('set to Note') });
  });

  it('refuses the previous inbox composer once its mode menu has Note checked', () => {
    const document = PAGES.inbox();
    const label = document.querySelector('[data-fixture-composer-mode-button] [data-fixture-label]')!;
    label.textContent = 'Note';
    expect(intercomAdapter.replyBox.findComposer(document)).toMatchObject({ status: 'missing' });
  });

  it('says so when there is no composer', () => {
    const document = PAGES.inbox();
    document.querySelector('.inbox2__composer__container')!.remove();
    expect(intercomAdapter.replyBox.findComposer(document)).toMatchObject({ status: 'missing', problem: expect.stringContaining('no reply box') });
  });
});

describe('intercomAdapter.observedRoot', () => {
  it('is the element holding the conversation column, which survives the column being swapped', () => {
    const document = inboxShowingChat();
    expect(intercomAdapter.observedRoot(document)?.id).toBe('ember201');
  });
});
