// Monte-Carlo key rates (photon simulator + the real distillation pipeline) agree with the pipeline's
// expected-value rate within their error bars at five distances, on the classroom link with 10^4-bit blocks.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../common/presets';
import { keyRateAt } from './keyRateCurve';
import { pipelineKeyRate } from './pipelineRate';
import { runSweep } from './sweep';

describe('Monte-Carlo sweep', () => {
  const p = { ...presetParams('ideal-classroom'), blockSizeBits: 10_000 };
  const distancesKm = [0, 10, 25, 40, 60];
  const points = runSweep(p, { distancesKm, seed: 1, blocksPerDistance: 20 });

  it('measures a key with a finite error bar at every distance', () => {
    expect(points.map((s) => s.distanceKm)).toEqual(distancesKm);
    for (const s of points) {
      expect(s.blocks).toBeGreaterThanOrEqual(20);
      expect(s.blocksAborted).toBe(0);
      expect(s.bitsPerPulse).toBeGreaterThan(0);
      expect(s.bitsPerPulseError).toBeGreaterThan(0);
      expect(s.bitsPerPulseError / s.bitsPerPulse).toBeLessThan(0.05);
      expect(s.ecEfficiency).toBeGreaterThan(1);
      expect(s.ecEfficiency).toBeLessThan(1.4);
    }
  });

  it('agrees with the expected pipeline rate within 3σ at each of five distances (and χ² is sane)', () => {
    let chi2 = 0;
    for (const s of points) {
      const z = (s.bitsPerPulse - s.expectedBitsPerPulse) / s.bitsPerPulseError;
      expect(Math.abs(z)).toBeLessThan(3);
      chi2 += z * z;
    }
    expect(chi2).toBeLessThan(15); // 5 degrees of freedom: P(χ² > 15) ≈ 1 %
  });

  it('stays below the asymptotic curve and the expected rate falls with distance', () => {
    for (const s of points) {
      expect(s.bitsPerPulse).toBeLessThan(keyRateAt(p, s.distanceKm).bitsPerPulse);
      expect(s.expectedBitsPerPulse).toBe(
        pipelineKeyRate({ ...p, fiberLengthKm: s.distanceKm }, s.distanceKm, s.ecEfficiency).bitsPerPulse,
      );
    }
    for (let i = 1; i < points.length; i++)
      expect(points[i].expectedBitsPerPulse).toBeLessThan(points[i - 1].expectedBitsPerPulse);
  });
});
