// One truth per block, over many seeds and links: an aborted block has no final key; verification is null when it
// was not attempted; a verified block's keys are equal; a key shown as equal is bit-for-bit the same on both sides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../common/params';
import type { BlockReport } from '../common/reports';
import { Distiller } from './Distiller';
import { SyntheticDetections } from './syntheticDetections';

function checkInvariants(
  r: BlockReport,
  keys: { alice: { toHex(n: number): string; equals(o: unknown): boolean }; bob: unknown } | null,
): void {
  if (r.aborted) {
    expect(r.finalKeyBits).toBe(0);
    expect(r.aliceBobKeysEqual).toBeNull();
    expect(r.aliceKeyHex).toBe('');
    expect(r.abortReason).not.toBeNull();
    // Verification runs only after a positive key length; a failed one is the block's abort reason.
    if (r.abortReason !== 'verification-failed') expect(r.verified).toBeNull();
    else expect(r.verified).toBe(false);
  } else {
    expect(r.verified).toBe(true);
    expect(r.finalKeyBits).toBeGreaterThan(0);
    expect(r.aliceBobKeysEqual).toBe(true);
    expect(r.aliceKeyHex).toBe(r.bobKeyHex);
    expect(keys).not.toBeNull();
    expect(keys!.alice.equals(keys!.bob)).toBe(true);
  }
}

describe('block report invariants', () => {
  it('hold for every block over random seeds, error rates, attacks and block sizes', () => {
    const seen = { aborted: 0, keyed: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.constantFrom(2000, 5000, 20000),
        fc.constantFrom<'original' | 'optimised'>('original', 'optimised'),
        (seed, qber, intercept, blockSizeBits, cascadeVariant) => {
          const p = { ...defaultParams(), blockSizeBits, cascadeVariant, meanPhotonNumber: 0.1, epsilonSec: 1e-6 };
          const src = new SyntheticDetections(
            { pZ: 0.5, qberZ: qber, qberX: qber * 1.2, interceptFraction: intercept, pulsesPerClick: 50 },
            seed,
          );
          const d = new Distiller(p, seed);
          // Batches of blockSizeBits/2 clicks hold ~blockSizeBits/8 key bits: at most one block per push, so the
          // Distiller's newest keys belong to the report just returned.
          let blocks = 0;
          for (let i = 0; i < 12 && blocks < 2; i++) {
            for (const r of d.push(src.batch(blockSizeBits / 2))) {
              blocks++;
              seen[r.aborted ? 'aborted' : 'keyed']++;
              checkInvariants(r, r.aborted ? null : d.lastKeys());
            }
          }
          expect(blocks).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 60, seed: 20261207 },
    );
    // The generator must reach both outcomes, or the invariants above were only half tested.
    expect(seen.aborted).toBeGreaterThan(5);
    expect(seen.keyed).toBeGreaterThan(5);
  });
});
