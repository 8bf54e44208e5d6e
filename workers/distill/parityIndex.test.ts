// The Fenwick parity index agrees with a plain scan under random flips, and the permutation's
// shortcut for top-level block parities agrees with building the permuted key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedBits } from '../common/bits';
import { Rng } from '../common/rng';
import { ParityIndex } from './parityIndex';
import { KeyPermutation } from './permutation';

function randomKey(n: number, rng: Rng): PackedBits {
  const k = new PackedBits(n);
  for (let i = 0; i < k.words.length; i++) k.words[i] = rng.nextUint32();
  if (n & 31) k.words[k.words.length - 1] &= (1 << (n & 31)) - 1;
  return k;
}

describe('ParityIndex', () => {
  it('range parities match a scan after random flips (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 1e9 }), (n, seed) => {
        const rng = Rng.fromSeed(seed);
        const plain = randomKey(n, rng);
        const idx = new ParityIndex(plain.clone());
        for (let step = 0; step < 200; step++) {
          if (rng.nextBit()) {
            const i = rng.nextInt(n);
            idx.flip(i);
            plain.flip(i);
          }
          const a = rng.nextInt(n + 1),
            b = rng.nextInt(n + 1);
          const lo = Math.min(a, b),
            hi = Math.max(a, b);
          expect(idx.parity(lo, hi)).toBe(plain.parity(lo, hi));
        }
      }),
      { numRuns: 30, seed: 11 },
    );
  });
});

describe('KeyPermutation.blockParities', () => {
  it.each([2, 3, 4])('two-round shortcut equals the parities of the permuted key (%i blocks)', (blocks) => {
    const rng = Rng.fromSeed(blocks);
    const n = 1024 * 37;
    const key = randomKey(n, rng);
    const p = new KeyPermutation(n, 99, 2);
    const blockBits = Math.ceil(n / blocks / 32) * 32;
    const fast = p.blockParities(key, blockBits);
    const c = p.apply(key);
    for (let b = 0; b < fast.length; b++)
      expect(fast[b]).toBe(c.parity(b * blockBits, Math.min(n, (b + 1) * blockBits)));
  });
});
