// Pass permutations: positionOf/sourceOf agree with apply (both kinds), the structured one is a
// bijection that spreads neighbours apart, and Alice and Bob derive the same one from the seed.
import { describe, expect, it } from 'vitest';
import { PackedBits } from '../common/bits';
import { KeyPermutation, makePermutation, paddedLength } from './permutation';

describe('permutations', () => {
  it.each(['structured', 'uniform'] as const)('%s: apply moves bit i to positionOf(i); sourceOf inverts it', (kind) => {
    const n = 4096;
    const p = makePermutation(kind, n, 11);
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i += 13) {
      const b = new PackedBits(n);
      b.set(i, 1);
      const o = p.apply(b);
      const pos = p.positionOf(i);
      expect(o.get(pos)).toBe(1);
      expect(o.popcount()).toBe(1);
      expect(p.sourceOf(pos)).toBe(i);
      seen[pos]++;
    }
    for (let i = 0; i < n; i++) expect(seen[i]).toBeLessThanOrEqual(1);
  });

  it('the structured permutation is a bijection and separates neighbouring bits', () => {
    const n = paddedLength(20000);
    const p = new KeyPermutation(n, 5);
    const hit = new Uint8Array(n);
    let near = 0;
    for (let i = 0; i < n; i++) {
      hit[p.positionOf(i)]++;
      if (i > 0 && Math.abs(p.positionOf(i) - p.positionOf(i - 1)) < 64) near++;
    }
    expect(hit.every((h) => h === 1)).toBe(true);
    // A uniform permutation puts ~2·64/n of neighbour pairs within 64: allow 5× that.
    expect(near / n).toBeLessThan((5 * 128) / n + 0.001);
  });

  it('the same seed gives the same permutation (public seed, two parties)', () => {
    const a = new KeyPermutation(2048, 99),
      b = new KeyPermutation(2048, 99);
    for (let i = 0; i < 2048; i += 7) expect(a.positionOf(i)).toBe(b.positionOf(i));
  });
});
