// Cheap public pseudo-random permutations of a packed key for Cascade's later passes. A full
// Fisher-Yates shuffle of 10^5 single bits dominated a prototype's run time; here a permutation is
// three random word shuffles interleaved with two 32×32 bit transposes (W = n/32 words, so the
// random draws are n/32, and applying it is word arithmetic). Both ends derive it from a public seed.
import { PackedBits } from '../common/bits';
import { Rng } from '../common/rng';

/** Keys are padded with zero bits to a multiple of this length (32 words of 32 bits) for the transposes. */
export const PERMUTATION_GRAIN_BITS = 1024;

export function paddedLength(n: number): number {
  return Math.max(PERMUTATION_GRAIN_BITS, Math.ceil(n / PERMUTATION_GRAIN_BITS) * PERMUTATION_GRAIN_BITS);
}

/** Uniform random permutation of 0..n-1 (Fisher-Yates); perm[out] = in. */
function shuffledIdentity(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return p;
}

function inverseOf(p: Int32Array): Int32Array {
  const inv = new Int32Array(p.length);
  for (let i = 0; i < p.length; i++) inv[p[i]] = i;
  return inv;
}

/** In-place transpose of the 32×32 bit matrix held in words[o..o+32) (Hacker's Delight 7-3, LSB-first). */
function transpose32(a: Uint32Array, o: number): void {
  let j = 16, m = 0x0000ffff;
  while (j !== 0) {
    for (let k = 0; k < 32; k = (k + j + 1) & ~j) {
      const x = a[o + k], y = a[o + k + j];
      const t = ((x >>> j) ^ y) & m;
      a[o + k + j] = y ^ t;
      a[o + k] = x ^ (t << j);
    }
    j >>>= 1;
    m ^= m << j;
  }
}

/**
 * A permutation of padded bit positions: out position = positionOf(in position).
 * Structure: word shuffle σa, transpose, word shuffle σb, transpose, word shuffle σc.
 */
export class KeyPermutation {
  readonly lengthBits: number;
  private readonly sa: Int32Array; private readonly saInv: Int32Array;
  private readonly sb: Int32Array; private readonly sbInv: Int32Array;
  private readonly sc: Int32Array; private readonly scInv: Int32Array;

  constructor(lengthBits: number, seed: number) {
    if (lengthBits % PERMUTATION_GRAIN_BITS !== 0) throw new RangeError(`permutation length must be a multiple of ${PERMUTATION_GRAIN_BITS}`);
    this.lengthBits = lengthBits;
    const words = lengthBits >>> 5;
    const rng = Rng.fromSeed(seed);
    this.sa = shuffledIdentity(words, rng); this.saInv = inverseOf(this.sa);
    this.sb = shuffledIdentity(words, rng); this.sbInv = inverseOf(this.sb);
    this.sc = shuffledIdentity(words, rng); this.scInv = inverseOf(this.sc);
  }

  /** The permuted copy of a padded key. */
  apply(src: PackedBits): PackedBits {
    const w = this.lengthBits >>> 5;
    const s = src.words;
    const t = new Uint32Array(w);
    for (let i = 0; i < w; i++) t[i] = s[this.sa[i]];
    for (let o = 0; o < w; o += 32) transpose32(t, o);
    const u = new Uint32Array(w);
    for (let i = 0; i < w; i++) u[i] = t[this.sb[i]];
    for (let o = 0; o < w; o += 32) transpose32(u, o);
    for (let i = 0; i < w; i++) t[i] = u[this.sc[i]];
    return new PackedBits(this.lengthBits, t);
  }

  /** Where bit i of the input lands in the output. */
  positionOf(i: number): number {
    const c = i & 31;
    const w1 = this.saInv[i >>> 5];
    const w2 = this.sbInv[(w1 & ~31) | c];
    const r1 = w1 & 31;
    const w3 = this.scInv[(w2 & ~31) | r1];
    return (w3 << 5) | (w2 & 31);
  }

  /** Which input bit sits at output position p. */
  sourceOf(p: number): number {
    const w2 = this.sc[p >>> 5];
    const r2 = p & 31;
    const v = this.sb[(w2 & ~31) | r2];
    const r1 = w2 & 31;
    const u = this.sa[(v & ~31) | r1];
    return (u << 5) | (v & 31);
  }
}
