import { describe, expect, it } from 'vitest';
import { isHelpdeskUrl } from './index';

describe('isHelpdeskUrl', () => {
  it.each([
    ['a Zendesk ticket', 'https://acme.zendesk.com/agent/tickets/12345', true],
    ['an Intercom conversation', 'https://app.intercom.com/a/inbox/x7k2m9pq/inbox/shared/all/conversation/215470038211834', true],
    ['a Gmail thread', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxbKqSLhWTvXdHkmJnPwcZrDt', true],
    ['Intercom outside the inbox', 'https://app.intercom.com/a/apps/x7k2m9pq/reports', false],
    ['Google outside Gmail', 'https://www.google.com/search?q=mail.google.com/mail/', false],
    ['a look-alike host', 'https://mail.google.com.example.net/mail/u/0/', false],
  ])('%s: %s', (_name, url, expected) => {
    expect(isHelpdeskUrl(url)).toBe(expected);
  });
});
