// The one batch-totals reducer: sums every count of BatchStats (a new field that it misses fails here), leaves its
// arguments alone, sums only the fields a smaller totals shape holds, and agrees with summarising a batch whole.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DetectionBatch } from '../common/detections';
import { presetParams } from '../common/presets';
import { LinkSimulator } from './LinkSimulator';
import {
  accumulateStats,
  addBatchStats,
  emptyStats,
  SUMMED_COUNTS,
  SUMMED_PER_CLASS,
  summarizeBatch,
  type BatchStats,
} from './stats';

const count = fc.integer({ min: 0, max: 1e9 });
const perClass = fc.tuple(count, count, count);
const stats: fc.Arbitrary<BatchStats> = fc
  .record({
    counts: fc.array(count, { minLength: SUMMED_COUNTS.length, maxLength: SUMMED_COUNTS.length }),
    detectionsByIntensity: perClass,
    pulsesByIntensity: perClass,
    simulatedSecondsEnd: fc.double({ min: 0, max: 1e6, noNaN: true }),
  })
  .map(({ counts, ...rest }) => ({
    ...emptyStats(),
    ...Object.fromEntries(SUMMED_COUNTS.map((k, i) => [k, counts[i]])),
    ...rest,
  }));

/** Entries [from, to) of a batch, as the simulator would have returned them (pulse counts not split). */
function slice(b: DetectionBatch, from: number, to: number): DetectionBatch {
  const { pulseIndex, photonNumber, intensity, aliceBasis, aliceBit, bobBasis, bobBit, flags, eveKnowledge, eveBit } =
    b;
  const cut = <T extends { subarray: (a: number, b: number) => T }>(a: T) => a.subarray(from, to);
  return {
    ...b,
    count: to - from,
    pulseIndex: cut(pulseIndex),
    photonNumber: cut(photonNumber),
    intensity: cut(intensity),
    aliceBasis: cut(aliceBasis),
    aliceBit: cut(aliceBit),
    bobBasis: cut(bobBasis),
    bobBit: cut(bobBit),
    flags: cut(flags),
    eveKnowledge: cut(eveKnowledge),
    eveBit: cut(eveBit),
  };
}

describe('addBatchStats', () => {
  it('covers every field of BatchStats: the counts, the per-class counts and the end time', () => {
    const covered = [...SUMMED_COUNTS, ...SUMMED_PER_CLASS, 'simulatedSecondsEnd'].sort();
    expect(Object.keys(emptyStats()).sort()).toEqual(covered);
  });

  it('adds each count and each class, takes the later end time, and changes neither argument', () => {
    fc.assert(
      fc.property(stats, stats, (a, b) => {
        const before = structuredClone({ a, b });
        const sum = addBatchStats(a, b);
        expect({ a, b }).toEqual(before);
        for (const k of SUMMED_COUNTS) expect(sum[k]).toBe(a[k] + b[k]);
        for (const k of SUMMED_PER_CLASS) for (let c = 0; c < 3; c++) expect(sum[k][c]).toBe(a[k][c] + b[k][c]);
        expect(sum.simulatedSecondsEnd).toBe(Math.max(a.simulatedSecondsEnd, b.simulatedSecondsEnd));
        expect(addBatchStats(b, a)).toEqual(sum);
      }),
    );
  });

  it('is associative, and emptyStats() adds nothing', () => {
    fc.assert(
      fc.property(stats, stats, stats, (a, b, c) => {
        expect(addBatchStats(addBatchStats(a, b), c)).toEqual(addBatchStats(a, addBatchStats(b, c)));
        expect(addBatchStats(emptyStats(), a)).toEqual(a);
      }),
    );
  });

  it('sums only the fields a smaller totals shape holds, and a count the batch lacks adds 0', () => {
    const totals = { siftedZ: 5, errorsZ: 1, eveExactSiftedZ: 2, batches: 3 };
    const sum = addBatchStats(totals, { ...emptyStats(), siftedZ: 10, errorsZ: 2, detections: 40 });
    expect(sum).toEqual({ siftedZ: 15, errorsZ: 3, eveExactSiftedZ: 2, batches: 3 });
  });

  it('accumulateStats adds in place what addBatchStats returns', () => {
    fc.assert(
      fc.property(stats, stats, (a, b) => {
        const want = addBatchStats(a, b);
        const into = structuredClone(a);
        expect(accumulateStats(into, b)).toBe(into);
        expect(into).toEqual(want);
      }),
    );
  });

  it('two halves of a simulated batch sum to the summary of the whole (laser, decoys, Eve, noise)', () => {
    const params = {
      ...presetParams('gys-textbook'),
      source: 'wcp' as const,
      decoy: 'vacuum-weak' as const,
      eve: 'intercept-resend' as const,
      interceptFraction: 0.5,
      darkCountRateHz: 1e5,
      afterpulseProbability: 0.05,
    };
    const batch = new LinkSimulator(params, 11).nextBatch(40_000, Number.MAX_SAFE_INTEGER);
    expect(batch.count).toBeGreaterThan(1000);
    const whole = summarizeBatch(batch);
    const half = Math.floor(batch.count / 2);
    const sum = addBatchStats(summarizeBatch(slice(batch, 0, half)), summarizeBatch(slice(batch, half, batch.count)));
    // Every detection-derived count is summed; the pulse counts cover the whole range in each half, so they double.
    for (const k of SUMMED_COUNTS) if (k !== 'pulses') expect([k, sum[k]]).toEqual([k, whole[k]]);
    expect(sum.detectionsByIntensity).toEqual(whole.detectionsByIntensity);
    expect(sum.pulses).toBe(2 * whole.pulses);
    for (const k of ['siftedZ', 'errorsZ', 'darkClicks', 'afterpulseClicks', 'eveResentClicks'] as const)
      expect([k, whole[k]]).not.toEqual([k, 0]);
  });
});
