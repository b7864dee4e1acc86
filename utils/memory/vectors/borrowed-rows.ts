/**
 * Float32 rows an index keeps in the buffers they were read into from
 * storage, instead of copying them into the kernel (#14): at 100k × 384 a
 * copy leaves 150 MB of read buffers for the garbage collector, which an
 * extension worker gives back to the system late or not at all. Only
 * rescoring reads these rows (a few per search); the scan reads the
 * kernel's int8 codes, so they need not sit in the kernel's memory.
 */
export class BorrowedRows {
  private readonly buffers: (Float32Array | undefined)[] = [];
  /** Rows using each buffer: a buffer no row uses is let go. */
  private readonly users: number[] = [];
  /** Per row: its buffer's number + 1 (0: not borrowed), and its slot there. */
  private bufferOf = new Int32Array(0);
  private slotOf = new Int32Array(0);

  constructor(private readonly dimensions: number) {}

  has(row: number): boolean {
    return (this.bufferOf[row] ?? 0) !== 0;
  }

  /** Rows `rows[at]` take slot `at` of `buffer` (rows of `dimensions` values); −1 skips a slot. */
  lend(buffer: Float32Array, rows: ArrayLike<number>): void {
    const number = this.buffers.length;
    let users = 0;
    for (let at = 0; at < rows.length; at += 1) {
      const row = rows[at]!;
      if (row < 0) continue;
      this.release(row);
      this.fit(row + 1);
      this.bufferOf[row] = number + 1;
      this.slotOf[row] = at;
      users += 1;
    }
    this.buffers.push(users > 0 ? buffer : undefined);
    this.users.push(users);
  }

  /** Row `row`'s values: a view, valid while the row is borrowed. */
  view(row: number): Float32Array {
    const buffer = this.buffers[this.bufferOf[row]! - 1]!;
    const base = this.slotOf[row]! * this.dimensions;
    return buffer.subarray(base, base + this.dimensions);
  }

  /** ⟨row, query⟩ without a view (rescoring). */
  dot(row: number, query: ArrayLike<number>): number {
    const buffer = this.buffers[this.bufferOf[row]! - 1]!;
    const base = this.slotOf[row]! * this.dimensions;
    let sum = 0;
    for (let i = 0; i < this.dimensions; i += 1) sum += buffer[base + i]! * query[i]!;
    return sum;
  }

  /** The row no longer uses its buffer (it was removed, or got values of its own). */
  release(row: number): void {
    const number = (this.bufferOf[row] ?? 0) - 1;
    if (number < 0) return;
    this.bufferOf[row] = 0;
    this.users[number]! -= 1;
    if (this.users[number] === 0) this.buffers[number] = undefined;
  }

  /** Row `to` takes over what `from` borrows, and `from` borrows nothing (the index moved its last row). */
  move(from: number, to: number): void {
    this.release(to);
    if (!this.has(from)) return;
    this.fit(to + 1);
    this.bufferOf[to] = this.bufferOf[from]!;
    this.slotOf[to] = this.slotOf[from]!;
    this.bufferOf[from] = 0;
  }

  private fit(rows: number): void {
    if (rows <= this.bufferOf.length) return;
    const size = Math.max(rows, this.bufferOf.length * 2);
    const bufferOf = new Int32Array(size);
    const slotOf = new Int32Array(size);
    bufferOf.set(this.bufferOf);
    slotOf.set(this.slotOf);
    this.bufferOf = bufferOf;
    this.slotOf = slotOf;
  }
}
