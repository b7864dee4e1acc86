import { describe, expect, it } from 'vitest';
import { ownAddressesAnswer, ownAddressesFrom } from './own-addresses-answer';

describe('own-addresses answer', () => {
  it('carries the addresses from the worker to the Gmail script unchanged', () => {
    expect(ownAddressesFrom(ownAddressesAnswer(['support@acme.io', 'billing@acme.io']))).toEqual(['support@acme.io', 'billing@acme.io']);
    expect(ownAddressesFrom(ownAddressesAnswer([]))).toEqual([]);
  });

  it('takes nothing from a malformed answer, and no more than the bounds from an oversized one', () => {
    expect(ownAddressesFrom({ addresses: ['support@acme.io'] })).toEqual([]);
    expect(ownAddressesFrom(undefined)).toEqual([]);
    const many = Array.from({ length: 300 }, (_, i) => `a${i}@acme.io`);
    expect(ownAddressesFrom(ownAddressesAnswer(many))).toHaveLength(200);
    expect(ownAddressesFrom(ownAddressesAnswer([`${'x'.repeat(330)}@acme.io`, 'ok@acme.io']))).toEqual(['ok@acme.io']);
  });
});
