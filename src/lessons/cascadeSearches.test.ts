// Tests of cascadeSearches on a real traced Cascade run: every search ends in a flip, questions shrink
// their range, and interleaved searches (parallel rounds) are told apart.
import { describe, expect, it } from 'vitest';
import { PackedBits } from '../../workers/common/bits';
import { Rng } from '../../workers/common/rng';
import { runCascade } from '../../workers/distill/cascade';
import { cascadeSearches } from './cascadeSearches';

function noisyPair(n: number, qber: number, seed: number) {
  const rng = Rng.fromSeed(seed);
  const a = new PackedBits(n);
  const b = new PackedBits(n);
  for (let i = 0; i < n; i++) {
    const bit = rng.nextUint32() & 1;
    if (bit) a.set(i, 1);
    if (bit ^ (rng.nextFloat() < qber ? 1 : 0)) b.set(i, 1);
  }
  return { a, b };
}

describe('cascadeSearches', () => {
  it('turns a trace into searches that each end in a flip with shrinking ranges', () => {
    const { a, b } = noisyPair(2000, 0.03, 3);
    const r = runCascade(a, b, { variant: 'original', qberEstimate: 0.03, seed: 9, trace: true });
    const searches = cascadeSearches(r.trace ?? []);
    expect(searches.length).toBeGreaterThan(10);
    expect(searches.length).toBeLessThanOrEqual(r.bitsFlipped);
    for (const s of searches) {
      expect(s.flippedKeyBit).not.toBeNull();
      for (let i = 1; i < s.questions.length; i++) {
        expect(s.questions[i].hi - s.questions[i].lo).toBeLessThanOrEqual(
          s.questions[i - 1].hi - s.questions[i - 1].lo,
        );
      }
    }
  });

  it('keeps interleaved searches apart', () => {
    const q = (pass: number, block: number, lo: number, hi: number) => ({
      round: 0,
      pass,
      block,
      lo,
      hi,
      aliceParity: 0,
      bobParity: 1,
    });
    const trace = [
      q(0, 1, 0, 8),
      q(0, 2, 16, 24),
      q(0, 1, 0, 4),
      { ...q(0, 1, 2, 3), flippedKeyBit: 42 },
      q(0, 2, 16, 20),
      { ...q(0, 2, 17, 18), flippedKeyBit: 7 },
    ];
    const s = cascadeSearches(trace);
    expect(s.map((x) => [x.block, x.questions.length, x.flippedKeyBit])).toEqual([
      [1, 2, 42],
      [2, 2, 7],
    ]);
  });
});
