// The plain pulse-by-pulse reference against the event-skipping simulator and the expectation: gain,
// QBER, photon-number mix of detections, dark/double/afterpulse fractions and the dead-time effect
// (two-sample |z| < 4 on ~10^5 detections each; every draw seeded).
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { expectedStatistics } from './expected';
import { LinkSimulator } from './LinkSimulator';
import { simulateReference } from './referenceLoop';
import { summarizeBatch, type BatchStats } from './stats';
import { binomialZ, twoSampleZ } from './zScores';
import { BASIS_X, FLAG_SIDE_PEAK, type DetectionBatch } from '../common/detections';

const link = (over: Partial<LinkParams>): LinkParams => ({
  ...defaultParams(),
  source: 'wcp',
  meanPhotonNumber: 0.5,
  fiberLengthKm: 20,
  darkCountRateHz: 1e6,
  detectionWindowS: 1e-9,
  repetitionRateHz: 1e8,
  deadTimeS: 0,
  afterpulseProbability: 0,
  encoding: 'time-bin',
  basisBiasZ: 0.5,
  intrinsicErrorZ: 0.03,
  interferometerVisibility: 0.9,
  ...over,
});

function photonHistogram(b: DetectionBatch, maxN: number): number[] {
  const h = new Array<number>(maxN + 1).fill(0);
  for (let i = 0; i < b.count; i++) h[Math.min(maxN, b.photonNumber[i])]++;
  return h;
}

/** Run both simulators over the same pulse count and return their stats and batches. */
function both(params: LinkParams, pulses: number) {
  const ref = simulateReference(params, 101, pulses);
  const fast = new LinkSimulator(params, 202).nextBatch(10 * pulses + 1, pulses);
  return { ref, fast, r: summarizeBatch(ref), f: summarizeBatch(fast) };
}

function expectSameStatistics(r: BatchStats, f: BatchStats, pulses: number) {
  expect(Math.abs(twoSampleZ(r.detections, pulses, f.detections, pulses))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.siftedZ, pulses, f.siftedZ, pulses))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.errorsZ, r.siftedZ, f.errorsZ, f.siftedZ))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.errorsX, r.siftedX, f.errorsX, f.siftedX))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.darkClicks, r.detections, f.darkClicks, f.detections))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.doubleClicks, r.detections, f.doubleClicks, f.detections))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.afterpulseClicks, r.detections, f.afterpulseClicks, f.detections))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.eveExactSiftedZ, r.siftedZ, f.eveExactSiftedZ, f.siftedZ))).toBeLessThan(4);
  expect(Math.abs(twoSampleZ(r.eveResentClicks, r.detections, f.eveResentClicks, f.detections))).toBeLessThan(4);
}

describe('reference loop vs event skipping (two-sample |z| < 4)', () => {
  it(
    'laser, 20 km, strong dark counts: gain, QBER, dark/double fractions, ' +
      'photon-number mix; both match expected.ts',
    () => {
      const params = link({});
      const e = expectedStatistics(params);
      const pulses = Math.ceil(120_000 / e.gainPerPulse);
      const { ref, fast, r, f } = both(params, pulses);
      expect(r.detections).toBeGreaterThan(1e5);
      expectSameStatistics(r, f, pulses);
      const hr = photonHistogram(ref, 3),
        hf = photonHistogram(fast, 3);
      for (let n = 0; n <= 3; n++)
        expect(Math.abs(twoSampleZ(hr[n], r.detections, hf[n], f.detections))).toBeLessThan(4);
      for (const s of [r, f]) {
        expect(Math.abs(binomialZ(s.detections, pulses, e.gainPerPulse))).toBeLessThan(4);
        expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, e.qberZ))).toBeLessThan(4);
        expect(Math.abs(binomialZ(s.doubleClicks, s.detections, e.doubleFraction))).toBeLessThan(4);
      }
    },
  );

  it(
    'dead time (5 pulses) and afterpulsing (5 %): same gain, afterpulse and double ' +
      'fractions; dead time visibly cuts the gain',
    () => {
      const params = link({ fiberLengthKm: 5, deadTimeS: 5e-8, afterpulseProbability: 0.05, darkCountRateHz: 1e5 });
      const e = expectedStatistics(params);
      const pulses = 500_000;
      const { r, f } = both(params, pulses);
      expectSameStatistics(r, f, pulses);
      expect(r.afterpulseClicks).toBeGreaterThan(1000);
      // Without dead time the gain would be e.gainPerPulse: the simulated one is far below it.
      expect(binomialZ(f.detections, pulses, e.gainPerPulse)).toBeLessThan(-20);
      // The renewal approximation of expected.ts is within 6 % here, although gain · dead pulses ≈ 1 is far from small.
      expect(Math.abs(f.detections / pulses / e.gainPerPulseWithDeadTime - 1)).toBeLessThan(0.06);
    },
  );

  it('quantum dot with dead time on one detector state at a time (low rate): same statistics', () => {
    const params = link({
      source: 'qd',
      meanPhotonNumber: 0.8,
      g2Zero: 0.3,
      fiberLengthKm: 10,
      deadTimeS: 2e-8,
      darkCountRateHz: 1e5,
    });
    const pulses = 400_000;
    const { ref, fast, r, f } = both(params, pulses);
    expectSameStatistics(r, f, pulses);
    const hr = photonHistogram(ref, 2),
      hf = photonHistogram(fast, 2);
    for (let n = 0; n <= 2; n++) expect(Math.abs(twoSampleZ(hr[n], r.detections, hf[n], f.detections))).toBeLessThan(4);
  });

  for (const eve of [
    { eve: 'intercept-resend', interceptFraction: 0.6, evePositionKm: 10, eveBasisChoice: 'random' },
    { eve: 'intercept-resend', interceptFraction: 1, evePositionKm: 0, eveBasisChoice: 'fixed-x' },
    { eve: 'pns', fiberLengthKm: 60 },
    { eve: 'beam-splitting', fiberLengthKm: 30 },
    { eve: 'phase-covariant-cloning', interceptFraction: 0.7, cloningDisturbance: 0.15, evePositionKm: 10 },
  ] as Partial<LinkParams>[]) {
    it(`Eve ${eve.eve} (${JSON.stringify(eve)}): same statistics and Eve knowledge; both match expected.ts`, () => {
      const params = link({ ...eve, deadTimeS: 1e-8, darkCountRateHz: 1e4, meanPhotonNumber: 0.8 });
      const e = expectedStatistics({ ...params, deadTimeS: 0 });
      const pulses = Math.min(3_000_000, Math.ceil(100_000 / e.gainPerPulse));
      const { r, f } = both(params, pulses);
      expectSameStatistics(r, f, pulses);
      for (const s of [r, f]) {
        expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, e.qberZ))).toBeLessThan(4);
        expect(Math.abs(binomialZ(s.eveExactSiftedZ, s.siftedZ, e.eveExactSiftedZFraction))).toBeLessThan(4);
        expect(Math.abs(binomialZ(s.eveAgreeSiftedZ, s.siftedZ, e.eveAgreementSiftedZ))).toBeLessThan(4);
      }
    });
  }

  it('decoy classes: reference and skipping agree per class', () => {
    const params = link({
      decoy: 'vacuum-weak',
      decoyMeanPhotonNumber: 0.1,
      signalProbability: 0.5,
      decoyProbability: 0.3,
    });
    const pulses = 400_000;
    const { r, f } = both(params, pulses);
    for (let c = 0; c < 3; c++) {
      expect(Math.abs(twoSampleZ(r.pulsesByIntensity[c], pulses, f.pulsesByIntensity[c], pulses))).toBeLessThan(4);
      expect(
        Math.abs(
          twoSampleZ(
            r.detectionsByIntensity[c],
            r.pulsesByIntensity[c],
            f.detectionsByIntensity[c],
            f.pulsesByIntensity[c],
          ),
        ),
      ).toBeLessThan(4);
    }
  });

  it(
    'three-state side peaks: the same side-peak clicks, X test bits and errors in ' + 'both, and as expected.ts says',
    () => {
      // A laser (two-photon pulses mix central and side photons), strong dark counts and dead time, Bob in X often.
      const params = link({ encoding: 'time-bin-3state', basisBiasZ: 0.4, deadTimeS: 2e-8 });
      const e = expectedStatistics({ ...params, deadTimeS: 0 });
      const pulses = Math.ceil(120_000 / e.gainPerPulse);
      const { ref, fast, r, f } = both(params, pulses);
      expectSameStatistics(r, f, pulses);
      const side = (b: DetectionBatch) => {
        let k = 0;
        for (let i = 0; i < b.count; i++) if (b.flags[i] & FLAG_SIDE_PEAK) k++;
        return k;
      };
      const sideNotX = (b: DetectionBatch) => {
        let k = 0;
        for (let i = 0; i < b.count; i++) if (b.flags[i] & FLAG_SIDE_PEAK && b.bobBasis[i] !== BASIS_X) k++;
        return k;
      };
      const sr = side(ref),
        sf = side(fast);
      expect(sr).toBeGreaterThan(5000);
      expect(Math.abs(twoSampleZ(sr, r.detections, sf, f.detections))).toBeLessThan(4);
      expect(sideNotX(ref) + sideNotX(fast)).toBe(0);
      // Without dead time both match the closed forms: central-slot X bits per pulse and their error rate.
      const noDead = both({ ...params, deadTimeS: 0 }, pulses);
      for (const s of [noDead.r, noDead.f]) {
        expect(Math.abs(binomialZ(s.siftedX, pulses, e.siftedXPerPulse))).toBeLessThan(4);
        expect(Math.abs(binomialZ(s.errorsX, s.siftedX, e.qberX))).toBeLessThan(4);
      }
      // The test can fail: without the side peaks the X rate would be far higher.
      const fourState = expectedStatistics({ ...params, deadTimeS: 0, encoding: 'time-bin' });
      expect(Math.abs(binomialZ(noDead.f.siftedX, pulses, fourState.siftedXPerPulse))).toBeGreaterThan(20);
    },
  );

  it('is deterministic for a seed', () => {
    const params = link({ deadTimeS: 3e-8 });
    expect(simulateReference(params, 5, 20_000)).toEqual(simulateReference(params, 5, 20_000));
  });
});
