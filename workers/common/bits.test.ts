// Property tests of PackedBits against a plain array of 0/1 values.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PackedBits, popcount32 } from './bits';

const bitArrays = fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 0, maxLength: 300 });

describe('PackedBits', () => {
  it('round-trips bits, counts ones and computes range parities', () => {
    fc.assert(
      fc.property(bitArrays, fc.nat(), fc.nat(), (bits, a, b) => {
        const p = PackedBits.fromBits(bits);
        expect(Array.from(p.toBits())).toEqual(bits);
        expect(p.popcount()).toBe(bits.reduce((s, x) => s + x, 0));
        const n = bits.length;
        const from = n ? a % (n + 1) : 0;
        const to = n ? from + (b % (n - from + 1)) : 0;
        const expected = bits.slice(from, to).reduce((s, x) => s ^ x, 0);
        expect(p.parity(from, to)).toBe(expected);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('measures Hamming distance and equality', () => {
    fc.assert(
      fc.property(bitArrays, fc.array(fc.nat()), (bits, flips) => {
        const a = PackedBits.fromBits(bits);
        const b = a.clone();
        const flipped = new Set<number>();
        if (bits.length)
          for (const f of flips) {
            const i = f % bits.length;
            b.flip(i);
            if (flipped.has(i)) flipped.delete(i);
            else flipped.add(i);
          }
        expect(a.hammingDistance(b)).toBe(flipped.size);
        expect(a.equals(b)).toBe(flipped.size === 0);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('formats a hex preview', () => {
    expect(PackedBits.fromBits([1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 1]).toHex()).toBe('af1');
    expect(popcount32(0xffffffff)).toBe(32);
  });
});
