/**
 * One bit of state per index row (here: "float32 values not loaded yet"),
 * one byte a row instead of a Set entry: marking 100k rows at a worker
 * start is one fill, not 100k hash insertions (#14).
 */
export class RowFlags {
  private flags = new Uint8Array(0);
  private marked = 0;

  /** Rows flagged. */
  get size(): number {
    return this.marked;
  }

  has(row: number): boolean {
    return this.flags[row] === 1;
  }

  /** Flags rows from..to−1. */
  markRange(from: number, to: number): void {
    this.fit(to);
    for (let row = from; row < to; row += 1) this.marked += 1 - this.flags[row]!;
    this.flags.fill(1, from, to);
  }

  /** Clears `row`; true when it was flagged. */
  delete(row: number): boolean {
    if (this.flags[row] !== 1) return false;
    this.flags[row] = 0;
    this.marked -= 1;
    return true;
  }

  /** Gives `to` the flag of `from` and clears `from` (the index moves its last row into a removed one). */
  move(from: number, to: number): void {
    const flagged = this.delete(from);
    this.delete(to);
    if (flagged) this.markRange(to, to + 1);
  }

  /** Clears every row from `from` on. */
  clearFrom(from: number): void {
    for (let row = from; row < this.flags.length; row += 1) this.delete(row);
  }

  private fit(rows: number): void {
    if (rows <= this.flags.length) return;
    const grown = new Uint8Array(Math.max(rows, this.flags.length * 2));
    grown.set(this.flags);
    this.flags = grown;
  }
}
