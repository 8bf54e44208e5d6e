// Verification of the corrected keys: a polynomial universal hash modulo the prime p = 2^64 − 59,
// evaluated at a point drawn from a fresh public seed, over 64-bit chunks of the key. Two different
// keys of d chunks collide with probability ≤ d/p (< 10^-15 for 10^6 bits); the 64-bit tag is leaked.
import type { PackedBits } from '../common/bits';
import { Rng } from '../common/rng';

const P = (1n << 64n) - 59n;
export const TAG_BITS = 64;

/** The hash point r ∈ [1, p) for a public seed. */
function hashPoint(seed: number): bigint {
  const rng = Rng.fromSeed(seed);
  const r = ((BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32())) % P;
  return r === 0n ? 1n : r;
}

/** 64-bit tag of a key: Horner evaluation of (length, chunks...) at r, mod p. */
export function keyTag(key: PackedBits, seed: number): bigint {
  const r = hashPoint(seed);
  let h = BigInt(key.length) % P;
  const w = key.words;
  const words = (key.length + 31) >>> 5;
  const rest = key.length & 31;
  for (let i = 0; i < words; i += 2) {
    let lo = w[i];
    let hi = i + 1 < words ? w[i + 1] : 0;
    // Mask bits beyond the key length so stray padding never changes the tag.
    if (rest) {
      if (i === words - 1) lo &= (1 << rest) - 1;
      else if (i + 1 === words - 1) hi &= (1 << rest) - 1;
    }
    const m = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
    h = (h * r + (m >= P ? m - P : m)) % P;
  }
  return h;
}

/** Probability bound that two different keys of this length get the same tag. */
export function collisionBound(keyBits: number): number {
  // p = 2^64 − 59 differs from 2^64 by 3·10^-18 relative: negligible in a bound.
  return (Math.ceil(keyBits / 64) + 1) / 2 ** 64;
}

export interface VerificationResult {
  isEqual: boolean;
  tagBits: number;
  /** Alice's tag as hex (public). */
  tagHex: string;
  collisionBound: number;
}

/** Alice sends her tag; Bob compares it with his. */
export function verifyKeys(alice: PackedBits, bob: PackedBits, seed: number): VerificationResult {
  const ta = keyTag(alice, seed);
  const tb = keyTag(bob, seed);
  return {
    isEqual: ta === tb && alice.length === bob.length,
    tagBits: TAG_BITS,
    tagHex: ta.toString(16).padStart(16, '0'),
    collisionBound: collisionBound(alice.length),
  };
}
