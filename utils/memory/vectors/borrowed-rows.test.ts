import { describe, expect, it } from 'vitest';
import { BorrowedRows } from './borrowed-rows';

describe('borrowed rows (#14)', () => {
  it('lends slots of a buffer to rows, moves them, and lets a buffer go once no row uses it', () => {
    const rows = new BorrowedRows(2);
    const buffer = Float32Array.from([1, 2, 3, 4, 5, 6]);
    rows.lend(buffer, [10, -1, 11]);
    expect([rows.has(10), rows.has(11), rows.has(0)]).toEqual([true, true, false]);
    expect([...rows.view(11)]).toEqual([5, 6]);
    expect(rows.dot(10, [1, 1])).toBe(3);
    rows.move(11, 4);
    expect([rows.has(11), [...rows.view(4)]]).toEqual([false, [5, 6]]);
    rows.release(10);
    rows.release(4);
    expect(rows.has(4)).toBe(false);
    // Released twice: nothing changes.
    rows.release(4);
    expect(rows.has(10)).toBe(false);
  });
});
