// The one seeded random generator of QKD Lab: xoshiro128** (Blackman & Vigna), 32-bit words.
// Every random draw in the cores goes through an instance of Rng; independent streams for parallel
// workers come from the generator's jump function (2^64 steps apart), so they never overlap.

/** splitmix32: spreads a user seed over the four state words (never all zero). */
function splitmix32(state: { x: number }): number {
  state.x = (state.x + 0x9e3779b9) | 0;
  let z = state.x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
const TWO_POW_32_INV = 1 / 4294967296;
const TWO_POW_53_INV = 1 / 9007199254740992;

export class Rng {
  s0: number;
  s1: number;
  s2: number;
  s3: number;

  private constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
  }

  /** A generator for `seed` (any integer-valued number) on stream `stream` (0, 1, 2, ...). */
  static fromSeed(seed: number, stream = 0): Rng {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    if (!Number.isInteger(stream) || stream < 0)
      throw new RangeError(`stream must be a non-negative integer, got ${stream}`);
    // Mix both halves of a 53-bit seed so that seeds differing only above bit 32 still differ.
    const lo = seed >>> 0;
    const hi = Math.floor(Math.abs(seed) / 4294967296) >>> 0;
    const st = { x: (lo ^ Math.imul(hi, 0x27d4eb2d)) | 0 };
    const rng = new Rng(splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st));
    if ((rng.s0 | rng.s1 | rng.s2 | rng.s3) === 0) rng.s0 = 1;
    for (let i = 0; i < stream; i++) rng.jump();
    return rng;
  }

  /** The full state, e.g. to hand a generator to another thread. */
  getState(): [number, number, number, number] {
    return [this.s0, this.s1, this.s2, this.s3];
  }

  static fromState(state: readonly number[]): Rng {
    if (state.length !== 4 || (state[0] | state[1] | state[2] | state[3]) === 0) {
      throw new RangeError('an xoshiro128** state is four 32-bit words, not all zero');
    }
    return new Rng(state[0], state[1], state[2], state[3]);
  }

  clone(): Rng {
    return new Rng(this.s0, this.s1, this.s2, this.s3);
  }

  /** Next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const s0 = this.s0,
      s1 = this.s1,
      s2 = this.s2,
      s3 = this.s3;
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    this.s1 = s1 ^ n2;
    this.s0 = s0 ^ n3;
    this.s2 = n2 ^ t;
    this.s3 = (n3 << 11) | (n3 >>> 21);
    return r >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution (fast path for comparisons). */
  nextFloat(): number {
    return this.nextUint32() * TWO_POW_32_INV;
  }

  /** Uniform in [0, 1) with 53 bits of resolution (for tails, e.g. geometric gaps). */
  nextDouble(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) * TWO_POW_53_INV;
  }

  /** One random bit, 0 or 1. */
  nextBit(): number {
    return this.nextUint32() >>> 31;
  }

  /** Uniform integer in [0, n) without modulo bias, for n ≤ 2^32. */
  nextInt(n: number): number {
    if (!(n > 0 && n <= 4294967296)) throw new RangeError(`nextInt bound must be in (0, 2^32], got ${n}`);
    const limit = 4294967296 - (4294967296 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /** Advance by 2^64 draws: the next independent, non-overlapping stream. */
  jump(): void {
    let t0 = 0,
      t1 = 0,
      t2 = 0,
      t3 = 0;
    for (let i = 0; i < 4; i++) {
      for (let b = 0; b < 32; b++) {
        if (JUMP[i] & (1 << b)) {
          t0 ^= this.s0;
          t1 ^= this.s1;
          t2 ^= this.s2;
          t3 ^= this.s3;
        }
        this.nextUint32();
      }
    }
    this.s0 = t0;
    this.s1 = t1;
    this.s2 = t2;
    this.s3 = t3;
  }
}
