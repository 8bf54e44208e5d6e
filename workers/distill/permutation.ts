// Cheap public pseudo-random permutations of a packed key for Cascade's later passes. A full
// Fisher-Yates shuffle of 10^5 single bits dominated a prototype's run time; here a permutation is
// four random word shuffles interleaved with 32×32 bit transposes (W = n/32 words, so the random
// draws are 4·n/32, and applying it is word arithmetic). Both ends derive it from a public seed.
import { PackedBits, parity32 } from '../common/bits';
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
  // A local xorshift32 stream seeded from the Rng: the shuffle is public, so statistical quality
  // is all it needs, and a local state keeps this loop ~5× faster than a method call per draw.
  let x = rng.nextUint32() | 1;
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = ((x >>> 0) * (i + 1) * 2.3283064365386963e-10) | 0; // < 2^31: truncation = floor
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
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
  let j = 16,
    m = 0x0000ffff;
  while (j !== 0) {
    for (let k = 0; k < 32; k = (k + j + 1) & ~j) {
      const x = a[o + k],
        y = a[o + k + j];
      const t = ((x >>> j) ^ y) & m;
      a[o + k + j] = y ^ t;
      a[o + k] = x ^ (t << j);
    }
    j >>>= 1;
    m ^= m << j;
  }
}

/** Intermediate rounds of KeyPermutation.apply (module-level: one allocation per call instead of three). */
let applyScratch = new Uint32Array(0);

/** Word shuffles per permutation; a 32×32 bit transpose sits between consecutive ones. */
export const FULL_ROUNDS = 4;

/**
 * A permutation of padded bit positions: out position = positionOf(in position).
 * Structure: word shuffle, transpose, word shuffle, transpose, ... (ROUNDS shuffles). With three
 * shuffles, two bits of one word met again in one word with probability 32/W (W = words);
 * the fourth shuffle spreads them again, so small keys keep neighbours apart too.
 */
export class KeyPermutation {
  readonly lengthBits: number;
  private readonly shuffles: Int32Array[] = [];
  private readonly inverses: Int32Array[] = [];
  private readonly rounds: number;

  /** rounds = 2 suffices when the pass only splits the key in a few large blocks (see cascade.ts). */
  constructor(lengthBits: number, seed: number, rounds = FULL_ROUNDS) {
    if (lengthBits % PERMUTATION_GRAIN_BITS !== 0)
      throw new RangeError(`permutation length must be a multiple of ${PERMUTATION_GRAIN_BITS}`);
    this.lengthBits = lengthBits;
    const words = lengthBits >>> 5;
    const rng = Rng.fromSeed(seed);
    this.rounds = rounds;
    for (let r = 0; r < rounds; r++) {
      const s = shuffledIdentity(words, rng);
      this.shuffles.push(s);
      this.inverses.push(inverseOf(s));
    }
  }

  /** The permuted copy of a padded key. */
  apply(src: PackedBits): PackedBits {
    const w = this.lengthBits >>> 5;
    const out = new Uint32Array(w);
    // Rounds alternate between `out` and a shared scratch array, arranged so the last lands in `out`.
    if (applyScratch.length < w) applyScratch = new Uint32Array(w);
    const scratch = applyScratch;
    let from = src.words;
    for (let r = 0; r < this.rounds; r++) {
      const to = ((this.rounds - 1 - r) & 1) === 0 ? out : scratch;
      const s = this.shuffles[r];
      for (let i = 0; i < w; i++) to[i] = from[s[i]];
      if (r < this.rounds - 1) for (let o = 0; o < w; o += 32) transpose32(to, o);
      from = to;
    }
    return new PackedBits(this.lengthBits, out);
  }

  /**
   * Parities of the output blocks [b·blockBits, (b+1)·blockBits) ∩ [0, lengthBits) without building the
   * permuted copy. For two rounds (shuffle a, transpose, shuffle b) and word-aligned blocks, a block is
   * a set of words of the transposed array, and XOR over rows R of a transposed 32×32 matrix M has the
   * parity of (XOR of M's rows) & mask(R): one gather per word instead of the whole permutation.
   */
  blockParities(src: PackedBits, blockBits: number): Uint8Array {
    const blocks = Math.ceil(this.lengthBits / blockBits);
    const out = new Uint8Array(blocks);
    if (this.rounds !== 2 || (blockBits & 31) !== 0) {
      const c = this.apply(src);
      for (let b = 0; b < blocks; b++) out[b] = c.parity(b * blockBits, Math.min(this.lengthBits, (b + 1) * blockBits));
      return out;
    }
    const groups = this.lengthBits >>> 10;
    const sa = this.shuffles[0],
      s = src.words;
    const rowXor = new Int32Array(groups);
    for (let g = 0; g < groups; g++) {
      let x = 0;
      for (let c = 0; c < 32; c++) x ^= s[sa[(g << 5) | c]];
      rowXor[g] = x;
    }
    const masks = this.blockMasks(blockBits, blocks);
    for (let b = 0; b < blocks; b++) {
      const mask = masks[b];
      let x = 0;
      for (let g = 0; g < groups; g++) x ^= rowXor[g] & mask[g];
      out[b] = parity32(x);
    }
    return out;
  }

  private readonly masks = new Map<number, Int32Array[]>();

  /** Per block, the rows of each transposed 32×32 group that the block takes (public, so cached). */
  private blockMasks(blockBits: number, blocks: number): Int32Array[] {
    let m = this.masks.get(blockBits);
    if (!m) {
      const w = this.lengthBits >>> 5,
        groups = w >>> 5,
        blockWords = blockBits >>> 5,
        sb = this.shuffles[1];
      m = [];
      for (let b = 0; b < blocks; b++) {
        const mask = new Int32Array(groups);
        const w0 = b * blockWords,
          w1 = Math.min(w, w0 + blockWords);
        for (let i = w0; i < w1; i++) {
          const u = sb[i];
          mask[u >>> 5] |= 1 << (u & 31);
        }
        m.push(mask);
      }
      this.masks.set(blockBits, m);
    }
    return m;
  }

  /** Where bit i of the input lands in the output. */
  positionOf(i: number): number {
    let word = i >>> 5,
      bit = i & 31;
    for (let r = 0; r < this.rounds; r++) {
      word = this.inverses[r][word];
      if (r < this.rounds - 1) {
        const row = word & 31;
        word = (word & ~31) | bit;
        bit = row;
      }
    }
    return (word << 5) | bit;
  }

  /** Which input bit sits at output position p. */
  sourceOf(p: number): number {
    let word = p >>> 5,
      bit = p & 31;
    for (let r = this.rounds - 1; r >= 0; r--) {
      if (r < this.rounds - 1) {
        const row = word & 31;
        word = (word & ~31) | bit;
        bit = row;
      }
      word = this.shuffles[r][word];
    }
    return (word << 5) | bit;
  }
}

/** A uniformly random bit permutation (Fisher-Yates over all bits): the slow reference for tests. */
export class UniformPermutation {
  readonly lengthBits: number;
  private readonly src: Int32Array;
  private readonly pos: Int32Array;

  constructor(lengthBits: number, seed: number) {
    this.lengthBits = lengthBits;
    this.src = shuffledIdentity(lengthBits, Rng.fromSeed(seed));
    this.pos = inverseOf(this.src);
  }

  apply(src: PackedBits): PackedBits {
    const out = new PackedBits(this.lengthBits);
    for (let p = 0; p < this.lengthBits; p++) if (src.get(this.src[p])) out.words[p >>> 5] |= 1 << (p & 31);
    return out;
  }

  positionOf(i: number): number {
    return this.pos[i];
  }

  blockParities(src: PackedBits, blockBits: number): Uint8Array {
    const c = this.apply(src);
    const blocks = Math.ceil(this.lengthBits / blockBits);
    const out = new Uint8Array(blocks);
    for (let b = 0; b < blocks; b++) out[b] = c.parity(b * blockBits, Math.min(this.lengthBits, (b + 1) * blockBits));
    return out;
  }

  sourceOf(p: number): number {
    return this.src[p];
  }
}

export type PermutationKind = 'structured' | 'uniform';

export interface BitPermutation {
  apply(src: PackedBits): PackedBits;
  blockParities(src: PackedBits, blockBits: number): Uint8Array;
  positionOf(i: number): number;
  sourceOf(p: number): number;
}

export function makePermutation(
  kind: PermutationKind,
  lengthBits: number,
  seed: number,
  rounds = FULL_ROUNDS,
): BitPermutation {
  return kind === 'uniform' ? new UniformPermutation(lengthBits, seed) : new KeyPermutation(lengthBits, seed, rounds);
}

/**
 * Permutations are public data derived from public seeds: Alice and Bob may read them from one table,
 * as two machines would each hold the same public table. The cache holds the most recent ones.
 */
const publicCache = new Map<string, BitPermutation>();
const PUBLIC_CACHE_SIZE = 40;

export function publicPermutation(
  kind: PermutationKind,
  lengthBits: number,
  seed: number,
  rounds = FULL_ROUNDS,
): BitPermutation {
  const key = `${kind}:${lengthBits}:${seed}:${rounds}`;
  let p = publicCache.get(key);
  if (!p) {
    p = makePermutation(kind, lengthBits, seed, rounds);
    if (publicCache.size >= PUBLIC_CACHE_SIZE) publicCache.delete(publicCache.keys().next().value as string);
    publicCache.set(key, p);
  }
  return p;
}
