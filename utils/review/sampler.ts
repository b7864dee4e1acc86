import { stratifiedSampleDraw, type StratumState } from '../autonomy/sampling';

export interface SamplerStore {
  get(): Promise<Record<string, StratumState>>;
  set(state: Record<string, StratumState>): Promise<void>;
}

/**
 * The worker's side of level 3's stratified sample: it keeps each category's
 * random start and acted-on count, so the share holds across restarts.
 */
export function createSampler(store: SamplerStore, random: () => number = Math.random) {
  async function stratum(categoryId: string): Promise<StratumState> {
    return (await store.get())[categoryId] ?? { start: random(), actedCount: 0 };
  }

  return {
    /** The draw for the next draft of a category (uniform in [0, 1)). */
    async draw(categoryId: string, rate: number): Promise<number> {
      return stratifiedSampleDraw(await stratum(categoryId), rate);
    },
    /** Call when level 3 acted on a draft of the category. */
    async countActed(categoryId: string): Promise<void> {
      const state = await store.get();
      const current = state[categoryId] ?? (await stratum(categoryId));
      await store.set({ ...state, [categoryId]: { ...current, actedCount: current.actedCount + 1 } });
    },
  };
}
export type Sampler = ReturnType<typeof createSampler>;
