// Eavesdroppers and decoys (docs/model.md, Eve): intercept-resend adds f/4 to the QBER, PNS keeps Bob's gain
// and QBER while learning the bits of multi-photon pulses (devastating for a laser, small for a good
// quantum dot), beam splitting changes nothing for Bob, and decoy-class gains follow Poisson thinning.
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { expectedStatistics } from './expected';
import { LinkSimulator } from './LinkSimulator';
import { summarizeBatch } from './stats';
import { binomialZ, twoSampleZ } from './zScores';
import { buildLinkModel } from './linkModel';

const link = (over: Partial<LinkParams>): LinkParams => ({
  ...defaultParams(),
  source: 'qd',
  meanPhotonNumber: 0.5,
  g2Zero: 0,
  fiberLengthKm: 20,
  darkCountRateHz: 0,
  deadTimeS: 0,
  afterpulseProbability: 0,
  encoding: 'polarisation',
  basisBiasZ: 0.5,
  intrinsicErrorZ: 0,
  interferometerVisibility: 1,
  evePositionKm: 0,
  ...over,
});

function simulate(params: LinkParams, detections: number, seed = 1) {
  const e = expectedStatistics(params);
  const pulses = Math.ceil(detections / e.gainPerPulse);
  const b = new LinkSimulator(params, seed).nextBatch(10 * detections, pulses);
  return { e, s: summarizeBatch(b), pulses };
}

describe('intercept-resend', () => {
  for (const f of [0.1, 0.5, 1]) {
    it(`fraction ${f}: QBER rises by exactly f/4 = ${f / 4} (ideal devices), Eve knows f/2 of the sifted bits`, () => {
      const params = link({ eve: 'intercept-resend', interceptFraction: f, eveBasisChoice: 'random' });
      const { e, s, pulses } = simulate(params, 150_000, 3);
      expect(e.qberZ).toBeCloseTo(f / 4, 12);
      expect(e.qberX).toBeCloseTo(f / 4, 12);
      expect(e.eveExactSiftedZFraction).toBeCloseTo(f / 2, 12);
      expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, f / 4))).toBeLessThan(4);
      expect(Math.abs(binomialZ(s.errorsX, s.siftedX, f / 4))).toBeLessThan(4);
      expect(Math.abs(binomialZ(s.eveExactSiftedZ, s.siftedZ, f / 2))).toBeLessThan(4);
      // Exact bits agree, guesses and coin flips half the time: 1/2 + f/4.
      expect(Math.abs(binomialZ(s.eveAgreeSiftedZ, s.siftedZ, 0.5 + f / 4))).toBeLessThan(4);
      // A single-photon source tapped at Alice's output: Bob's gain does not change.
      expect(
        Math.abs(binomialZ(s.detections, pulses, expectedStatistics({ ...params, eve: 'none' }).gainPerPulse)),
      ).toBeLessThan(4);
    });
  }

  it(
    'with intrinsic error e and dark counts the QBER is e + f(1 − 2e)/4 in ' +
      'expectation, and the simulation follows expected.ts',
    () => {
      const e0 = 0.03,
        f = 0.4;
      const params = link({
        eve: 'intercept-resend',
        interceptFraction: f,
        intrinsicErrorZ: e0,
        darkCountRateHz: 1000,
        evePositionKm: 12,
      });
      const { e, s } = simulate(params, 150_000, 5);
      expect(expectedStatistics({ ...params, darkCountRateHz: 0, evePositionKm: 0 }).qberZ).toBeCloseTo(
        e0 + (f * (1 - 2 * e0)) / 4,
        12,
      );
      expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, e.qberZ))).toBeLessThan(4);
      // Eve resends on every intercepted pulse that reached her: the flag marks ~f of the detections.
      expect(Math.abs(s.eveResentClicks / s.detections - f)).toBeLessThan(0.02);
    },
  );

  it('a fixed Z basis leaves the Z QBER clean and puts f/2 into X', () => {
    const f = 0.8;
    const { e, s } = simulate(
      link({ eve: 'intercept-resend', interceptFraction: f, eveBasisChoice: 'fixed-z' }),
      150_000,
      7,
    );
    expect(e.qberZ).toBe(0);
    expect(e.qberX).toBeCloseTo(f / 2, 12);
    expect(s.errorsZ).toBe(0);
    expect(Math.abs(binomialZ(s.errorsX, s.siftedX, f / 2))).toBeLessThan(4);
    expect(Math.abs(binomialZ(s.eveExactSiftedZ, s.siftedZ, f))).toBeLessThan(4);
  });
});

describe('photon-number splitting', () => {
  const laser = (over: Partial<LinkParams>) =>
    link({
      source: 'wcp',
      meanPhotonNumber: 0.5,
      fiberLengthKm: 100,
      darkCountRateHz: 100,
      intrinsicErrorZ: 0.02,
      ...over,
    });

  it(
    'laser, μ = 0.5, 100 km, no decoys: Bob sees the no-Eve gain and QBER while Eve ' + 'knows almost every sifted bit',
    () => {
      const params = laser({ eve: 'pns' });
      const none = expectedStatistics({ ...params, eve: 'none' });
      const { e, s, pulses } = simulate(params, 150_000, 2);
      expect(e.gainPerPulse / none.gainPerPulse).toBeCloseTo(1, 12);
      expect(Math.abs(binomialZ(s.detections, pulses, none.gainPerPulse))).toBeLessThan(4);
      expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, none.qberZ))).toBeLessThan(4);
      expect(e.eveExactSiftedZFraction).toBeGreaterThan(0.9);
      expect(Math.abs(binomialZ(s.eveExactSiftedZ, s.siftedZ, e.eveExactSiftedZFraction))).toBeLessThan(4);
    },
  );

  it('quantum dot, g2 = 0.01, 50 km: same gain, and Eve knows only a few % (a laser at 50 km: nearly all)', () => {
    const params = link({ eve: 'pns', g2Zero: 0.01, fiberLengthKm: 50, darkCountRateHz: 100, intrinsicErrorZ: 0.02 });
    const none = expectedStatistics({ ...params, eve: 'none' });
    const { e, s, pulses } = simulate(params, 150_000, 4);
    expect(Math.abs(binomialZ(s.detections, pulses, none.gainPerPulse))).toBeLessThan(4);
    expect(e.eveExactSiftedZFraction).toBeLessThan(0.05);
    expect(s.eveExactSiftedZ / s.siftedZ).toBeLessThan(0.05);
    expect(Math.abs(binomialZ(s.eveExactSiftedZ, s.siftedZ, e.eveExactSiftedZFraction))).toBeLessThan(4);
    expect(expectedStatistics(laser({ eve: 'pns', fiberLengthKm: 50 })).eveExactSiftedZFraction).toBeGreaterThan(0.9);
  });

  it(
    'decoy statistics expose it: the decoy-class gain departs from its no-Eve value ' + 'while the total gain does not',
    () => {
      const params = laser({
        decoy: 'vacuum-weak',
        decoyMeanPhotonNumber: 0.1,
        signalProbability: 0.6,
        decoyProbability: 0.3,
        fiberLengthKm: 60,
      });
      const withEve = simulate({ ...params, eve: 'pns' }, 150_000, 6).s;
      const without = simulate(params, 150_000, 8).s;
      const decoyZ = twoSampleZ(
        withEve.detectionsByIntensity[1],
        withEve.pulsesByIntensity[1],
        without.detectionsByIntensity[1],
        without.pulsesByIntensity[1],
      );
      expect(Math.abs(decoyZ)).toBeGreaterThan(10);
      expect(Math.abs(twoSampleZ(withEve.detections, withEve.pulses, without.detections, without.pulses))).toBeLessThan(
        4,
      );
    },
  );
});

describe('beam splitting and decoy classes', () => {
  it('beam splitting: Bob sees exactly the no-Eve link; Eve holds a photon of the multi-photon detections', () => {
    const params = link({
      source: 'wcp',
      meanPhotonNumber: 0.8,
      fiberLengthKm: 40,
      darkCountRateHz: 100,
      intrinsicErrorZ: 0.02,
      eve: 'beam-splitting',
    });
    const none = expectedStatistics({ ...params, eve: 'none' });
    const { e, s, pulses } = simulate(params, 150_000, 9);
    expect(e.gainPerPulse).toBeCloseTo(none.gainPerPulse, 14);
    expect(e.qberZ).toBeCloseTo(none.qberZ, 14);
    expect(Math.abs(binomialZ(s.detections, pulses, none.gainPerPulse))).toBeLessThan(4);
    expect(Math.abs(binomialZ(s.eveExactSiftedZ, s.siftedZ, e.eveExactSiftedZFraction))).toBeLessThan(4);
    expect(e.eveExactSiftedZFraction).toBeGreaterThan(0.2);
  });

  it('each intensity class has the Poisson-thinned gain 1 − (1 − p_dark)² e^(−ημ_c)', () => {
    const params = link({
      source: 'wcp',
      decoy: 'vacuum-weak',
      meanPhotonNumber: 0.6,
      decoyMeanPhotonNumber: 0.15,
      signalProbability: 0.5,
      decoyProbability: 0.3,
      darkCountRateHz: 2e5,
      fiberLengthKm: 25,
    });
    const eta = buildLinkModel(params).totalEfficiency,
      pd = 2e5 * params.detectionWindowS;
    const { s } = simulate(params, 200_000, 10);
    [0.6, 0.15, 0].forEach((mu, c) => {
      const gain = 1 - (1 - pd) ** 2 * Math.exp(-eta * mu);
      expect(Math.abs(binomialZ(s.detectionsByIntensity[c], s.pulsesByIntensity[c], gain))).toBeLessThan(4);
    });
    expect(s.detectionsByIntensity[2]).toBeGreaterThan(100);
  });
});
