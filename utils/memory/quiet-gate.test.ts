import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuietGate } from './quiet-gate';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Whether `promise` settled once timers ran up to now. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('quiet gate (#14)', () => {
  it('holds background work at the start, for at most holdMs', async () => {
    const gate = createQuietGate({ quietMs: 100, holdMs: 1_000, now: () => Date.now() });
    const background = gate.quiet();
    await vi.advanceTimersByTimeAsync(900);
    expect(await settled(background)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(background)).toBe(true);
  });

  it('lets background work run quietMs after the first foreground work ends, sooner than the hold', async () => {
    const gate = createQuietGate({ quietMs: 100, holdMs: 5_000, now: () => Date.now() });
    let finish!: () => void;
    const recall = gate.during(() => new Promise<void>((resolve) => (finish = resolve)));
    const background = gate.quiet();
    await vi.advanceTimersByTimeAsync(300);
    expect(await settled(background)).toBe(false);
    finish();
    await recall;
    await vi.advanceTimersByTimeAsync(50);
    expect(await settled(background)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(background)).toBe(true);
  });

  it('passes foreground results and errors through', async () => {
    const gate = createQuietGate({ quietMs: 0, holdMs: 0 });
    expect(await gate.during(async () => 7)).toBe(7);
    await expect(gate.during(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
  });
});
