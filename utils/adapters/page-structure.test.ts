import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '@/test/support/fixture-dom';
import { pageStructure, pageStructureReport } from './page-structure';

const FIXTURES: [string, string][] = [
  ['zendesk/ticket.html', 'https://acme.zendesk.com/agent/tickets/12345'],
  ['zendesk/workspace-two-tickets.html', 'https://acme.zendesk.com/agent/tickets/12345'],
  ['intercom/inbox.html', 'https://app.intercom.com/a/inbox/x7k2m9pq/inbox/shared/all/conversation/215470038211834'],
  ['intercom/conversation-tailwind.html', 'https://app.intercom.com/a/inbox/x7k2m9pq/inbox/shared/all/conversation/215470038211834'],
  ['gmail/mailbox.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt'],
  ['gmail/thread-de.html', 'https://mail.google.com/mail/u/1/#inbox/18f2aa6b3c9d0e71'],
];

/** Words of four or more letters or digits (names, addresses, order numbers, sentences). */
const words = (text: string) => text.match(/[\p{L}\p{N}]{4,}/gu) ?? [];

/** What the page's own markup is made of (tags, class names, attribute names): these may appear. */
function structuralWords(document: Document): Set<string> {
  const found = new Set<string>();
  for (const element of document.querySelectorAll('*')) {
    for (const word of words(element.tagName)) found.add(word.toLowerCase());
    for (const name of element.classList) for (const word of words(name)) found.add(word.toLowerCase());
    for (const attribute of element.attributes) {
      for (const word of words(attribute.name)) found.add(word.toLowerCase());
      // The values the report may keep: structure's own vocabulary (test ids, roles, ARIA states).
      if (/^(role|type|dir|contenteditable|g_editable|data-test-id|data-testid|data-garden-id|data-intercom-target|data-part-group-category|aria-(hidden|expanded|selected|checked|pressed|haspopup|multiline|current|disabled))$/.test(attribute.name)) {
        for (const word of words(attribute.value)) found.add(word.toLowerCase());
      }
    }
  }
  return found;
}

describe('pageStructure', () => {
  it.each(FIXTURES)('keeps no text and no personal attribute value of %s', (file, url) => {
    const document = fixtureDocument(file, url);
    // The structure only: the report's header names the kind of page (tested below).
    const report = pageStructure(document.body);
    const reportWords = new Set(words(report).map((word) => word.toLowerCase()));
    const structural = structuralWords(document);

    // Every text of the page, and every attribute value outside the structural ones.
    const walker = document.createTreeWalker(document.body, 4);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
    const values = [...document.body.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => !['class', 'role', 'type', 'dir'].includes(attribute.name)).map((attribute) => attribute.value),
    );
    const leaked = [...texts, ...values].flatMap(words).filter((word) => reportWords.has(word.toLowerCase()) && !structural.has(word.toLowerCase()));
    expect(leaked).toEqual([]);

    // And the obvious ones, spelled out.
    for (const text of texts.map((value) => value.trim()).filter((value) => value.length >= 6)) expect(report).not.toContain(text);
    expect(report).not.toMatch(/@[\w-]+\.\w/);
  });

  it('shows tags, roles, test ids and classes, and the names of the other attributes', () => {
    const document = fixtureDocument('zendesk/ticket.html', 'https://acme.zendesk.com/agent/tickets/12345');
    const report = pageStructure(document.body);
    expect(report).toContain('article.sc-1vuz3kl-0.iRtJmA [data-test-id="omni-log-comment-item"] [aria-label] [data-comment-id]');
    expect(report).toMatch(/time\.[\w-]+\.\w+ \[data-test-id="timestamp-relative"\] \[datetime\] \[title\] …/);
  });

  it('keeps a structural value only when it looks like an identifier', () => {
    const document = fixtureDocument('zendesk/ticket.html', 'https://acme.zendesk.com/agent/tickets/12345');
    const element = document.createElement('div');
    element.setAttribute('data-test-id', 'Jane Doe');
    element.setAttribute('role', 'ticket-381204577');
    element.className = 'jane@example.com user-381204577 flex';
    expect(pageStructure(element)).toBe('div.flex [data-test-id] [role]');
  });

  it('names the helpdesk and the kind of page, with ids replaced', () => {
    const url = new URL('https://acme.zendesk.com/agent/tickets/12345?x=1#y');
    expect(pageStructureReport('Zendesk', url, fixtureDocument('zendesk/ticket.html', url.href).body).split('\n')[0]).toBe(
      'ReplyLoop page structure: Zendesk, /agent/tickets/{id} #…',
    );
  });
});
