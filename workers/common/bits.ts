// Packed bit arrays: the key strings of QKD Lab (raw, sifted, corrected, final) stored 32 bits per word.
// Bit i lives in word i >>> 5 at position i & 31 (least significant first).

export class PackedBits {
  readonly length: number;
  readonly words: Uint32Array;

  constructor(length: number, words?: Uint32Array) {
    if (!Number.isInteger(length) || length < 0)
      throw new RangeError(`bit length must be a non-negative integer, got ${length}`);
    const n = (length + 31) >>> 5;
    if (words && words.length < n) throw new RangeError(`need ${n} words for ${length} bits, got ${words.length}`);
    this.length = length;
    this.words = words ?? new Uint32Array(n);
  }

  static fromBits(bits: ArrayLike<number>): PackedBits {
    const p = new PackedBits(bits.length);
    for (let i = 0; i < bits.length; i++) if (bits[i] & 1) p.words[i >>> 5] |= 1 << (i & 31);
    return p;
  }

  get(i: number): number {
    return (this.words[i >>> 5] >>> (i & 31)) & 1;
  }

  set(i: number, bit: number): void {
    const m = 1 << (i & 31);
    if (bit & 1) this.words[i >>> 5] |= m;
    else this.words[i >>> 5] &= ~m;
  }

  flip(i: number): void {
    this.words[i >>> 5] ^= 1 << (i & 31);
  }

  clone(): PackedBits {
    return new PackedBits(this.length, this.words.slice());
  }

  /** Bits as a Uint8Array of 0/1 (for small blocks, tests and display). */
  toBits(): Uint8Array {
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.get(i);
    return out;
  }

  /** Number of set bits. */
  popcount(): number {
    let c = 0;
    const full = this.length >>> 5;
    for (let w = 0; w < full; w++) c += popcount32(this.words[w]);
    const rest = this.length & 31;
    if (rest) c += popcount32(this.words[full] & ((1 << rest) - 1 || 0xffffffff));
    return c;
  }

  /** Positions where this and other differ. */
  hammingDistance(other: PackedBits): number {
    if (other.length !== this.length) throw new RangeError('bit strings differ in length');
    let c = 0;
    const full = this.length >>> 5;
    for (let w = 0; w < full; w++) c += popcount32(this.words[w] ^ other.words[w]);
    const rest = this.length & 31;
    if (rest) c += popcount32((this.words[full] ^ other.words[full]) & ((1 << rest) - 1));
    return c;
  }

  equals(other: PackedBits): boolean {
    return other.length === this.length && this.hammingDistance(other) === 0;
  }

  /** Parity (XOR) of bits [from, to). */
  parity(from: number, to: number): number {
    let p = 0;
    if (to <= from) return 0;
    const w0 = from >>> 5,
      w1 = (to - 1) >>> 5;
    if (w0 === w1) {
      const lo = from & 31,
        hi = ((to - 1) & 31) + 1;
      const mask = hi === 32 ? 0xffffffff << lo : ((1 << hi) - 1) & (0xffffffff << lo);
      return parity32(this.words[w0] & mask);
    }
    p ^= this.words[w0] >>> (from & 31);
    for (let w = w0 + 1; w < w1; w++) p ^= this.words[w];
    const hi = ((to - 1) & 31) + 1;
    p ^= hi === 32 ? this.words[w1] : this.words[w1] & ((1 << hi) - 1);
    return parity32(p);
  }

  /** A hex string of the first `maxBits` bits (4 bits per digit, bit 0 is the high bit of digit 0). */
  toHex(maxBits = this.length): string {
    const n = Math.min(maxBits, this.length);
    let s = '';
    for (let i = 0; i < n; i += 4) {
      let d = 0;
      for (let j = 0; j < 4; j++) d = (d << 1) | (i + j < n ? this.get(i + j) : 0);
      s += d.toString(16);
    }
    return s;
  }
}

export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function parity32(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}
