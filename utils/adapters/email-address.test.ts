import { describe, expect, it } from 'vitest';
import { findEmailAddress, parseAddressList, sameEmailAddress } from './email-address';

describe('findEmailAddress', () => {
  it.each([
    ['an account button label', 'Google Account: Marco Ruiz  \n(marco@acme-support.com)', 'marco@acme-support.com'],
    ['a Gmail tab title', 'Inbox (3) - marco@acme-support.com - Gmail', 'marco@acme-support.com'],
    ['a plus address', 'sam.lee+billing@example.co.uk', 'sam.lee+billing@example.co.uk'],
    ['the first of several', 'a@x.io, b@y.io', 'a@x.io'],
    ['nothing without a domain dot', 'Jane Doe <jane@localhost>', null],
    ['nothing in plain text', 'Email', null],
    ['nothing for null', null, null],
  ])('reads %s', (_name, text, expected) => {
    expect(findEmailAddress(text)).toBe(expected);
  });
});

describe('sameEmailAddress', () => {
  it.each([
    ['Marco@Acme-Support.com', 'marco@acme-support.com', true],
    ['marco@acme-support.com', 'support@acme-support.com', false],
    [null, 'marco@acme-support.com', false],
    [null, null, false],
  ])('%s vs %s', (a, b, expected) => {
    expect(sameEmailAddress(a, b)).toBe(expected);
  });
});

describe('parseAddressList', () => {
  it('reads one address a line or comma-separated, lower-cased, without repeats', () => {
    expect(parseAddressList('Support@Acme.io\n billing@acme.io, support@acme.io\n\n')).toEqual({ ok: true, addresses: ['support@acme.io', 'billing@acme.io'] });
  });

  it('names the entry that is not an address', () => {
    expect(parseAddressList('support@acme.io\nSupport team')).toEqual({ ok: false, error: '“Support team” is not an email address.' });
  });
});
