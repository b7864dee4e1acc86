import { describe, expect, it } from 'vitest';
import type { StratumState } from '../autonomy/sampling';
import { createSampler } from './sampler';

function memoryStore() {
  let state: Record<string, StratumState> = {};
  return { get: async () => state, set: async (next: Record<string, StratumState>) => void (state = next) };
}

describe('createSampler', () => {
  it('samples a category’s share of acted-on drafts, per category', async () => {
    const sampler = createSampler(memoryStore(), () => 0.35);
    let sampled = 0;
    for (let draft = 0; draft < 100; draft += 1) {
      if ((await sampler.draw('orders', 0.1)) < 0.1) sampled += 1;
      await sampler.countActed('orders');
    }
    expect(sampled).toBe(10);
  });

  it('keeps a category’s start once drawn, so restarts do not reshuffle it', async () => {
    const store = memoryStore();
    await createSampler(store, () => 0.5).countActed('billing');
    expect((await store.get()).billing).toEqual({ start: 0.5, actedCount: 1 });
    await createSampler(store, () => 0.9).countActed('billing');
    expect((await store.get()).billing).toEqual({ start: 0.5, actedCount: 2 });
  });
});
