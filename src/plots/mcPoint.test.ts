// Tests of the live run's key-rate point: rate per pulse from blocks, and which error bar applies.
import { describe, expect, it } from 'vitest';
import type { BlockRecord } from '../store/runSlice';
import { measuredPoint } from './mcPoint';

const block = (nDetected: number, finalKeyBits: number, qberTrueZ = 0.02): BlockRecord => ({
  nDetected,
  nSiftedZ: nDetected / 2,
  finalKeyBits,
  isAborted: finalKeyBits === 0,
  qberTrueZ,
  eveKnownSiftedFraction: 0,
  eveFinalKeyAgreement: null,
});

describe('measuredPoint', () => {
  it('is null before any block', () => {
    expect(measuredPoint([], 0.01)).toBeNull();
  });

  it('converts final bits per detection into bits per pulse, with a counting error before three blocks', () => {
    const p = measuredPoint([block(10_000, 2_000)], 0.01)!;
    expect(p.bitsPerPulse).toBeCloseTo(0.002);
    expect(p.method).toBe('counting statistics');
    expect(p.sigma).toBeGreaterThan(0);
    expect(p.sigma).toBeLessThan(p.bitsPerPulse);
  });

  it('uses the spread of block rates from three blocks on', () => {
    const p = measuredPoint([block(10_000, 1_900), block(10_000, 2_000), block(10_000, 2_100)], 0.01)!;
    expect(p.method).toBe('block spread');
    expect(p.bitsPerPulse).toBeCloseTo(0.002);
    expect(p.sigma).toBeCloseTo(0.0001 / Math.sqrt(3), 8);
  });
});
