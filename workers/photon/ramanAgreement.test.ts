// Raman noise in the Monte-Carlo against the theory: with classical data in the fiber the reference loop and the
// event-skipping simulator see the vacuum yield Y0 of workers/theory/channel.ts, and gain, QBER and dark fraction of
// expected.ts (|z| < 4 on ≥ 10^4 vacuum and ≥ 10^5 signal detections; every draw seeded).
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { vacuumYield } from '../theory/channel';
import { wcpGainAndQber } from '../theory/gain';
import { expectedStatistics } from './expected';
import { LinkSimulator } from './LinkSimulator';
import { ramanNoise } from './raman';
import { simulateReference } from './referenceLoop';
import { summarizeBatch, type BatchStats } from './stats';
import { binomialZ, twoSampleZ } from './zScores';

/**
 * A decoy link (30 % vacuum pulses, so Y0 is measured directly) with a −10 dBm co-propagating channel over 25 km:
 * 0.015 Raman photons per 1 ns window at Bob, 4.4 × 10⁻³ noise clicks per detector, 44 000 × the dark count.
 */
const link = (over: Partial<LinkParams> = {}): LinkParams => ({
  ...defaultParams(),
  source: 'wcp',
  decoy: 'vacuum-weak',
  meanPhotonNumber: 0.5,
  decoyMeanPhotonNumber: 0.1,
  signalProbability: 0.5,
  decoyProbability: 0.2,
  fiberLengthKm: 25,
  encoding: 'time-bin',
  basisBiasZ: 0.5,
  deadTimeS: 0,
  afterpulseProbability: 0,
  repetitionRateHz: 1e8,
  detectionWindowS: 1e-9,
  classicalChannel: 'co-propagating',
  classicalLaunchPowerDbm: -10,
  ...over,
});

const PULSES = 4_000_000;

/** Vacuum-pulse yield, signal gain and signal-basis QBER of a run against the theory and the exact expectation. */
function expectTheory(s: BatchStats, p: LinkParams) {
  const y0 = vacuumYield(p);
  const e = expectedStatistics(p);
  expect(s.detectionsByIntensity[2]).toBeGreaterThan(1e4);
  expect(s.detections).toBeGreaterThan(1e5);
  // Vacuum pulses carry no photon: every click is Raman, leak or dark, exactly Y0 = 1 − (1 − p_noise)².
  expect(Math.abs(binomialZ(s.detectionsByIntensity[2], s.pulsesByIntensity[2], y0))).toBeLessThan(4);
  expect(Math.abs(binomialZ(s.detections, s.pulses, e.gainPerPulse))).toBeLessThan(4);
  expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, e.qberZ))).toBeLessThan(4);
  expect(Math.abs(binomialZ(s.darkClicks, s.detections, e.darkFraction))).toBeLessThan(4);
}

describe('Raman noise: Monte-Carlo agrees with the theory', () => {
  const p = link();

  it('the noise is Raman, not dark counts (so a simulator that ignored it would fail below)', () => {
    const n = ramanNoise(p);
    expect(n.ramanPhotonsPerWindow).toBeCloseTo(0.015, 3);
    expect(vacuumYield(p)).toBeGreaterThan(1e4 * vacuumYield({ ...p, classicalChannel: 'off' }));
  });

  it('reference loop: vacuum yield = theory Y0, gain, QBER and dark fraction = expected.ts (|z| < 4)', () => {
    expectTheory(summarizeBatch(simulateReference(p, 7, PULSES)), p);
  });

  it('event-skipping simulator: the same, and the same as the reference loop (two-sample |z| < 4)', () => {
    const fast = summarizeBatch(new LinkSimulator(p, 8).nextBatch(PULSES, PULSES));
    expectTheory(fast, p);
    const ref = summarizeBatch(simulateReference(p, 9, PULSES));
    for (const [a, b] of [
      [ref.detectionsByIntensity[2], fast.detectionsByIntensity[2]],
      [ref.detections, fast.detections],
      [ref.darkClicks, fast.darkClicks],
    ])
      expect(Math.abs(twoSampleZ(a, PULSES, b, PULSES))).toBeLessThan(4);
  });

  it('counter-propagating noise too: the theory Y0 follows the backward form, and so does the simulator', () => {
    const back = link({ classicalChannel: 'counter-propagating' });
    expect(vacuumYield(back)).not.toBeCloseTo(vacuumYield(p), 3);
    expectTheory(summarizeBatch(new LinkSimulator(back, 10).nextBatch(PULSES, PULSES)), back);
  });

  it('the theory gain (Ma et al. form Y0 + 1 − e^(−ημ)) is within its own approximation of the Monte-Carlo', () => {
    const s = summarizeBatch(simulateReference(p, 11, PULSES));
    const g = wcpGainAndQber(p, p.fiberLengthKm, p.meanPhotonNumber);
    const measured = s.detectionsByIntensity[0] / s.pulsesByIntensity[0];
    const sigma = Math.sqrt((measured * (1 - measured)) / s.pulsesByIntensity[0]);
    // The form adds Y0 and the signal instead of 1 − (1 − Y0)e^(−ημ): too high by at most Y0·(1 − e^(−ημ)).
    const bias = vacuumYield(p) * (g.gain - vacuumYield(p));
    expect(g.gain - measured).toBeGreaterThan(-4 * sigma);
    expect(g.gain - measured).toBeLessThan(bias + 4 * sigma);
  });
});
