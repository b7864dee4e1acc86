import { describe, expect, it } from 'vitest';
import { ARRIVAL_MARGIN_MS, EMPTY_BUDGET, honourRetryAfter, maxPerMinute, nextRequestAt, spend, usedInLastMinute, type BudgetState } from './budget';

function spendAll(times: number[], perMinute: number): { state: BudgetState; refused: number[] } {
  let state = EMPTY_BUDGET;
  const refused: number[] = [];
  for (const at of times) {
    const next = spend(state, perMinute, at);
    if (next) state = next;
    else refused.push(at);
  }
  return { state, refused };
}

describe('request budget', () => {
  it('allows perMinute requests in any 60 s window and refuses the next', () => {
    const { state, refused } = spendAll([0, 1_000, 2_000, 3_000], 3);
    expect(refused).toEqual([3_000]);
    // The first request leaves the window at 60 s, plus the margin for arrival times: the fourth may go then, not before.
    expect(nextRequestAt(state, 3, 3_000)).toBe(62_000);
    expect(spend(state, 3, 61_999)).toBeNull();
    expect(spend(state, 3, 62_001)).not.toBeNull();
  });

  it('keeps the count Zendesk sees within the limit when requests arrive up to the margin late', () => {
    const times = Array.from({ length: 400 }, (_, index) => index * 250);
    let state = EMPTY_BUDGET;
    const arrived: number[] = [];
    for (const [index, at] of times.entries()) {
      const next = spend(state, 20, at);
      if (!next) continue;
      state = next;
      // Every other request is slow on the way: it arrives almost the whole margin later.
      arrived.push(index % 2 === 0 ? at + ARRIVAL_MARGIN_MS - 1 : at);
    }
    expect(maxPerMinute(arrived)).toBeLessThanOrEqual(20);
  });

  it('never lets any 60 s window hold more than the limit, whatever the request pattern', () => {
    const times = Array.from({ length: 500 }, (_, index) => index * 97 + (index % 7) * 13);
    let state = EMPTY_BUDGET;
    const sent: number[] = [];
    for (const at of times) {
      const next = spend(state, 10, at);
      if (next) {
        state = next;
        sent.push(at);
      }
    }
    expect(maxPerMinute(sent)).toBe(10);
  });

  it('honours Retry-After, and a later shorter one does not shorten the wait', () => {
    let state = honourRetryAfter(EMPTY_BUDGET, 1_000, 30_000);
    expect(nextRequestAt(state, 100, 2_000)).toBe(31_000);
    state = honourRetryAfter(state, 2_000, 5_000);
    expect(spend(state, 100, 30_999)).toBeNull();
    expect(spend(state, 100, 31_000)).not.toBeNull();
  });

  it('counts the requests of the last minute only', () => {
    const { state } = spendAll([0, 10_000, 70_000], 5);
    expect(usedInLastMinute(state, 70_000)).toBe(1);
  });

  it('measures the busiest minute of a request log', () => {
    expect(maxPerMinute([])).toBe(0);
    expect(maxPerMinute([0, 59_999, 60_000, 60_001])).toBe(3);
  });
});
