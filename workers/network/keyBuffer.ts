// A buffer of final key bits shared by two ends of a link: bits go in as blocks are distilled and come out once,
// in order, for a one-time pad. A taken bit is wiped from the buffer and can never be handed out again.

export class KeyBuffer {
  private data: Uint8Array;
  private start = 0;
  private end = 0;
  /** Bits ever put in and ever taken: taken bits are positions [0, consumed) of everything put in. */
  private added = 0;
  private taken = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Uint8Array(Math.max(8, initialCapacity));
  }

  get available(): number {
    return this.end - this.start;
  }

  get consumed(): number {
    return this.taken;
  }

  get total(): number {
    return this.added;
  }

  /**
   * Append `nBits` bits packed little-endian in 32-bit words (bit i is word i>>>5, bit i&31), as the distiller packs
   * them.
   */
  appendPacked(words: ArrayLike<number>, nBits: number): void {
    if (!Number.isInteger(nBits) || nBits < 0 || nBits > words.length * 32)
      throw new RangeError(`nBits ${nBits} does not fit ${words.length} words`);
    this.reserve(nBits);
    for (let i = 0; i < nBits; i++) this.data[this.end++] = (words[i >>> 5] >>> (i & 31)) & 1;
    this.added += nBits;
  }

  /** Append bits given one per element (0 or 1). */
  appendBits(bits: ArrayLike<number>): void {
    this.reserve(bits.length);
    for (let i = 0; i < bits.length; i++) this.data[this.end++] = bits[i] & 1;
    this.added += bits.length;
  }

  /** Take the next n bits, or null (and take nothing) when fewer are left: a pad is never stretched or reused. */
  take(n: number): Uint8Array | null {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`cannot take ${n} bits`);
    if (n > this.available) return null;
    const out = this.data.slice(this.start, this.start + n);
    this.data.fill(0, this.start, this.start + n);
    this.start += n;
    this.taken += n;
    return out;
  }

  /** Drop n bits unused (e.g. Eve's copy of a pad Alice and Bob have used), same rules as take(). */
  discard(n: number): boolean {
    return this.take(Math.min(n, this.available)) !== null;
  }

  private reserve(n: number): void {
    if (this.end + n <= this.data.length) return;
    const live = this.available;
    const size = Math.max(this.data.length, 2 * (live + n));
    const next = new Uint8Array(size);
    next.set(this.data.subarray(this.start, this.end));
    this.data = next;
    this.start = 0;
    this.end = live;
  }
}
