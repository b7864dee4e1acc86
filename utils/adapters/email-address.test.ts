import { describe, expect, it } from 'vitest';
import { findEmailAddress, sameEmailAddress } from './email-address';

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
