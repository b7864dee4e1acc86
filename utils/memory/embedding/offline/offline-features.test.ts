import { describe, expect, it } from 'vitest';
import { hashFeature, hashedFeatures } from './offline-features';

const total = (features: Map<number, number>) => [...features.values()].reduce((sum, weight) => sum + weight, 0);

describe('hashFeature', () => {
  it('is a stable 32-bit hash', () => {
    expect(hashFeature('w:refund')).toBe(hashFeature('w:refund'));
    expect(hashFeature('w:refund')).not.toBe(hashFeature('w:refunds'));
    expect(hashFeature('w:refund')).toBeGreaterThanOrEqual(0);
    expect(hashFeature('w:refund')).toBeLessThan(2 ** 32);
  });
});

describe('hashedFeatures', () => {
  it('weighs a content word more than a request-framing word, and that more than a function word', () => {
    const content = total(hashedFeatures('refund'));
    const request = total(hashedFeatures('help'));
    const stop = total(hashedFeatures('with'));
    expect(content).toBeGreaterThan(request);
    expect(request).toBeGreaterThan(stop);
  });

  it('gives inflections and misspellings shared features, and unrelated words none', () => {
    const shared = (a: string, b: string) => [...hashedFeatures(a).keys()].filter((hash) => hashedFeatures(b).has(hash)).length;
    expect(shared('cancelled', 'canceling')).toBeGreaterThan(shared('cancelled', 'invoice'));
    expect(shared('reimbursement', 'reimbursment')).toBeGreaterThan(0);
    expect(shared('reimbursement', 'password')).toBe(0);
  });

  it('keeps word order in pairs of content words', () => {
    expect([...hashedFeatures('shipping address').keys()].sort()).not.toEqual([...hashedFeatures('address shipping').keys()].sort());
  });

  it('has no features for text without words', () => {
    expect(hashedFeatures(' ?! … ').size).toBe(0);
  });
});
