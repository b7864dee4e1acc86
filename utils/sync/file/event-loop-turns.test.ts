import { describe, expect, it } from 'vitest';
import { withEventLoopTurns } from './event-loop-turns';

async function* chunks(count: number): AsyncGenerator<number> {
  for (let index = 0; index < count; index += 1) yield index;
}

/** Reads every chunk, counting how many times a task queued before each read ran: the turns the reader gave. */
async function turnsWhileReading(everyMs: number, clock: () => number): Promise<{ read: number[]; turns: number }> {
  let turns = 0;
  let queued = false;
  const read: number[] = [];
  for await (const chunk of withEventLoopTurns(chunks(10), everyMs, clock)) {
    read.push(chunk);
    if (queued) continue;
    queued = true;
    setTimeout(() => ((turns += 1), (queued = false)), 0);
  }
  return { read, turns };
}

describe('withEventLoopTurns', () => {
  it('passes every chunk through in order, with a turn each time the interval has gone by', async () => {
    let time = 0;
    // 10 ms a chunk: a turn every 3 chunks at a 25 ms interval.
    const { read, turns } = await turnsWhileReading(25, () => (time += 10) - 10);
    expect(read).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(turns).toBeGreaterThan(0);
  });

  it('gives no turn while the interval has not gone by', async () => {
    const { read, turns } = await turnsWhileReading(50, () => 0);
    expect(read).toHaveLength(10);
    expect(turns).toBe(0);
  });
});
