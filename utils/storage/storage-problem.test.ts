import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageProblem } from './storage-problem';

describe('describeStorageProblem', () => {
  it.each([
    ['a quota error', new DOMException('full', 'QuotaExceededError'), /storage is full/],
    ['a quota error wrapped by Dexie', new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')), /storage is full/],
    ['a blocked upgrade', new Dexie.DatabaseClosedError('blocked'), /being upgraded/],
  ])('explains %s', (_name, error, text) => {
    expect(describeStorageProblem(error)).toMatch(text);
  });

  it.each([new DOMException('full', 'QuotaExceededError'), new Dexie.DatabaseClosedError('blocked')])('says recovery needs no reload (%s)', (error) => {
    expect(describeStorageProblem(error)).toMatch(/tries again on its own, no need to reload the tab/);
  });

  it('leaves other errors to their own handling', () => {
    expect(describeStorageProblem(new TypeError('x'))).toBeNull();
  });
});
