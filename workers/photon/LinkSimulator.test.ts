// The event-skipping simulator against the analytic expectation (expected.ts) and the textbook yields (Ma, Qi, Zhao &
// Lo, PRA 72, 012326 (2005)): both
// sources, three distances, ≥ 10^5 detections each, |z| < 4; plus batch bookkeeping, determinism and streams.
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { presetParams } from '../common/presets';
import { expectedStatistics } from './expected';
import { LinkSimulator } from './LinkSimulator';
import { summarizeBatch } from './stats';
import { binomialZ, chiSquare, chiSquareCritical } from './zScores';

/** Bright enough links that 2·10^5 detections take well under a second; dead time off (exact model). */
const link = (over: Partial<LinkParams>): LinkParams => ({
  ...defaultParams(),
  meanPhotonNumber: 0.5,
  g2Zero: 0.02,
  darkCountRateHz: 2000,
  detectionWindowS: 1e-9,
  deadTimeS: 0,
  afterpulseProbability: 0,
  encoding: 'time-bin',
  basisBiasZ: 0.6,
  intrinsicErrorZ: 0.02,
  interferometerVisibility: 0.95,
  ...over,
});

/** Simulate about `targetDetections` detections over a fixed number of pulses and compare with expectations. */
function compare(params: LinkParams, seed: number, targetDetections = 200_000) {
  const e = expectedStatistics(params);
  const pulses = Math.ceil(targetDetections / e.gainPerPulse);
  const sim = new LinkSimulator(params, seed);
  const b = sim.nextBatch(10 * targetDetections, pulses);
  const s = summarizeBatch(b);
  return {
    e,
    s,
    pulses,
    zGain: binomialZ(s.detections, pulses, e.gainPerPulse),
    zSiftedZ: binomialZ(s.siftedZ, pulses, e.siftedZPerPulse),
    zQberZ: binomialZ(s.errorsZ, s.siftedZ, e.qberZ),
    zQberX: binomialZ(s.errorsX, s.siftedX, e.qberX),
    zDark: binomialZ(s.darkClicks, s.detections, e.darkFraction),
  };
}

describe('LinkSimulator vs expected.ts (|z| < 4, ≥ 10^5 detections)', () => {
  for (const source of ['qd', 'wcp'] as const) {
    for (const fiberLengthKm of [0, 50, 120]) {
      it(`${source} at ${fiberLengthKm} km: gain, sifted rate, QBER Z/X and dark fraction`, () => {
        const params = link({ source, fiberLengthKm, darkCountRateHz: fiberLengthKm === 120 ? 2e4 : 2000 });
        const r = compare(params, 11 + fiberLengthKm);
        expect(r.s.detections).toBeGreaterThan(1e5);
        for (const z of [r.zGain, r.zSiftedZ, r.zQberZ, r.zQberX, r.zDark]) expect(Math.abs(z)).toBeLessThan(4);
        // The textbook yield formula is an approximation (Y0 ≈ 2 p_dark, double clicks counted once): within 1 %
        // relative here.
        expect(Math.abs(r.e.approx.gainPerPulse / r.e.gainPerPulse - 1)).toBeLessThan(0.01);
        expect(Math.abs(r.e.approx.qberZ - r.e.qberZ)).toBeLessThan(0.002);
      });
    }
  }

  it('the three-state time-bin protocol (Alice sends only + in X) matches too', () => {
    const r = compare(link({ encoding: 'time-bin-3state', fiberLengthKm: 30 }), 5);
    for (const z of [r.zGain, r.zSiftedZ, r.zQberZ, r.zQberX]) expect(Math.abs(z)).toBeLessThan(4);
  });

  it('has the power to see a 3 % change in detector efficiency (the test above can fail)', () => {
    const params = link({ source: 'wcp', fiberLengthKm: 50 });
    const e = expectedStatistics(params);
    const pulses = Math.ceil(200_000 / e.gainPerPulse);
    const b = new LinkSimulator({ ...params, detectorEfficiency: params.detectorEfficiency * 0.97 }, 3).nextBatch(
      1e7,
      pulses,
    );
    expect(Math.abs(binomialZ(b.count, pulses, e.gainPerPulse))).toBeGreaterThan(4);
  });

  it('reproduces the 120 km preset QBERs the preset was calibrated to (Z 6.85 %, X 9.60 %) within 4σ', () => {
    const params = presetParams('qd-timebin-120km');
    const e = expectedStatistics(params);
    expect(e.qberZ).toBeCloseTo(0.0685, 3);
    expect(e.qberX).toBeCloseTo(0.096, 3);
    const b = new LinkSimulator(params, 2).nextBatch(200_000, Number.MAX_SAFE_INTEGER);
    const s = summarizeBatch(b);
    expect(Math.abs(binomialZ(s.errorsZ, s.siftedZ, e.qberZ))).toBeLessThan(4);
    expect(Math.abs(binomialZ(s.errorsX, s.siftedX, e.qberX))).toBeLessThan(4);
  });
});

describe('LinkSimulator batches', () => {
  const params = link({
    source: 'wcp',
    decoy: 'vacuum-weak',
    meanPhotonNumber: 0.5,
    decoyMeanPhotonNumber: 0.1,
    signalProbability: 0.7,
    decoyProbability: 0.2,
    fiberLengthKm: 40,
    deadTimeS: 3e-8,
    repetitionRateHz: 1e8,
  });

  it('chains batches exactly: pulse ranges, counts per intensity, ordering, simulated time', () => {
    const sim = new LinkSimulator(params, 9);
    let expectedFirst = 0,
      lastPulse = -1;
    for (let k = 0; k < 20; k++) {
      const b = sim.nextBatch(1000, expectedFirst + 200_000);
      expect(b.firstPulse).toBe(expectedFirst);
      expect(b.endPulse).toBe(sim.pulsesDone);
      expect(b.count).toBeLessThanOrEqual(1000);
      if (b.count === 1000) expect(b.endPulse).toBe(b.pulseIndex[b.count - 1] + 1);
      else expect(b.endPulse).toBe(expectedFirst + 200_000);
      const byClass = b.pulsesByIntensity;
      expect(byClass[0] + byClass[1] + byClass[2]).toBe(b.endPulse - b.firstPulse);
      for (let i = 0; i < b.count; i++) {
        expect(b.pulseIndex[i]).toBeGreaterThan(lastPulse);
        expect(b.pulseIndex[i]).toBeLessThan(b.endPulse);
        lastPulse = b.pulseIndex[i];
      }
      expect(b.simulatedSecondsEnd).toBeCloseTo(b.endPulse / params.repetitionRateHz, 15);
      expectedFirst = b.endPulse;
    }
  });

  it('splits skipped pulses among intensity classes honestly (class shares within 4σ of 70/20/10 %)', () => {
    const sim = new LinkSimulator(params, 4);
    const counts = [0, 0, 0];
    let pulses = 0;
    for (let k = 0; k < 50; k++) {
      const b = sim.nextBatch(5000, Number.MAX_SAFE_INTEGER);
      for (let c = 0; c < 3; c++) counts[c] += b.pulsesByIntensity[c];
      pulses += b.endPulse - b.firstPulse;
    }
    expect(Math.abs(binomialZ(counts[0], pulses, 0.7))).toBeLessThan(4);
    expect(Math.abs(binomialZ(counts[1], pulses, 0.2))).toBeLessThan(4);
  });

  it('is deterministic for a seed; different streams and seeds differ', () => {
    const run = (seed: number, stream: number) => {
      const sim = new LinkSimulator(params, seed, stream);
      return [sim.nextBatch(500, 1e9), sim.nextBatch(500, 1e9)];
    };
    const [a1, a2] = run(7, 0),
      [b1, b2] = run(7, 0),
      [c1] = run(7, 1),
      [d1] = run(8, 0);
    expect(b1).toEqual(a1);
    expect(b2).toEqual(a2);
    expect(Array.from(c1.pulseIndex)).not.toEqual(Array.from(a1.pulseIndex));
    expect(Array.from(d1.pulseIndex)).not.toEqual(Array.from(a1.pulseIndex));
  });

  it('fills every field with values in range', () => {
    const b = new LinkSimulator({ ...params, eve: 'intercept-resend', interceptFraction: 0.5 }, 1).nextBatch(
      20_000,
      1e9,
    );
    for (let i = 0; i < b.count; i++) {
      expect(b.aliceBasis[i] | b.bobBasis[i] | b.aliceBit[i] | b.bobBit[i] | b.eveBit[i]).toBeLessThanOrEqual(1);
      expect(b.intensity[i]).toBeLessThanOrEqual(2);
      expect(b.eveKnowledge[i]).toBeLessThanOrEqual(2);
      expect(b.flags[i]).toBeLessThan(16);
      if (b.intensity[i] === 2) expect(b.photonNumber[i]).toBe(0);
    }
  });

  it('setParams between batches takes effect and keeps the pulse clock', () => {
    const sim = new LinkSimulator(link({ fiberLengthKm: 0 }), 1);
    const near = sim.nextBatch(1e6, 1_000_000);
    sim.setParams(link({ fiberLengthKm: 100 }));
    const far = sim.nextBatch(1e6, 2_000_000);
    expect(far.firstPulse).toBe(1_000_000);
    expect(far.count).toBeLessThan(near.count / 20);
    expect(() => sim.setParams({ ...link({}), meanPhotonNumber: 5 })).toThrow(RangeError);
  });

  it('rejects bad batch requests', () => {
    const sim = new LinkSimulator(link({}), 1);
    expect(() => sim.nextBatch(0, 100)).toThrow(RangeError);
    expect(sim.nextBatch(10, 0).count).toBe(0);
  });
});

describe('event skipping gaps', () => {
  // Bright (joint gap table) and dim (ziggurat geometric) links: gaps between clicks are Geometric(Q).
  for (const [label, over] of [
    ['bright link, joint gap table', { fiberLengthKm: 0 }],
    ['dim link, ziggurat gaps', { fiberLengthKm: 150, darkCountRateHz: 1e4 }],
  ] as const) {
    it(`${label}: pulses between detections follow Geometric(gain) (chi-square)`, () => {
      const params = link(over);
      const q = expectedStatistics(params).gainPerPulse;
      const b = new LinkSimulator(params, 21).nextBatch(100_001, Number.MAX_SAFE_INTEGER);
      const bins = 30,
        width = Math.max(1, Math.round(0.1 / q));
      const observed = new Float64Array(bins + 1),
        probs = new Float64Array(bins + 1);
      for (let i = 1; i < b.count; i++)
        observed[Math.min(bins, Math.floor((b.pulseIndex[i] - b.pulseIndex[i - 1] - 1) / width))]++;
      for (let k = 0; k <= bins; k++) {
        const lo = (1 - q) ** (k * width);
        probs[k] = k === bins ? lo : lo - (1 - q) ** ((k + 1) * width);
      }
      const { chi2, dof } = chiSquare(observed, probs);
      expect(chi2).toBeLessThan(chiSquareCritical(dof));
    });
  }
});

describe('batch boundaries', () => {
  /** All detections of a run cut into batches by the given (maxDetections, pulses per step) pattern. */
  function concatenated(params: LinkParams, totalPulses: number, maxDetections: number, step: number) {
    const sim = new LinkSimulator(params, 77);
    const pulses: number[] = [],
      codes: number[] = [];
    const byIntensity = [0, 0, 0];
    while (sim.pulsesDone < totalPulses) {
      const b = sim.nextBatch(maxDetections, Math.min(totalPulses, sim.pulsesDone + step));
      for (let i = 0; i < b.count; i++) {
        pulses.push(b.pulseIndex[i]);
        codes.push(
          b.photonNumber[i] |
            (b.intensity[i] << 8) |
            (b.aliceBasis[i] << 10) |
            (b.aliceBit[i] << 11) |
            (b.bobBasis[i] << 12) |
            (b.bobBit[i] << 13) |
            (b.flags[i] << 14) |
            (b.eveKnowledge[i] << 18) |
            (b.eveBit[i] << 20),
        );
      }
      for (let c = 0; c < 3; c++) byIntensity[c] += b.pulsesByIntensity[c];
    }
    return { pulses, codes, byIntensity };
  }

  for (const [label, over] of [
    ['bright, joint gap table', { fiberLengthKm: 0 }],
    ['dim, ziggurat gaps', { fiberLengthKm: 150, darkCountRateHz: 1e4 }],
    [
      'dead time, afterpulses and decoys',
      {
        source: 'wcp',
        decoy: 'vacuum-weak',
        fiberLengthKm: 10,
        deadTimeS: 3e-8,
        repetitionRateHz: 1e8,
        afterpulseProbability: 0.1,
      },
    ],
  ] as const) {
    it(`${label}: the same detections however the run is cut into batches`, () => {
      const params = link(over as Partial<LinkParams>);
      const total = Math.ceil(
        3000 / expectedStatistics({ ...params, deadTimeS: 0, afterpulseProbability: 0 }).gainPerPulse,
      );
      const whole = concatenated(params, total, 1e9, total);
      const cut = concatenated(params, total, 97, Math.ceil(total / 37));
      expect(whole.pulses.length).toBeGreaterThan(1000);
      expect(cut.pulses).toEqual(whole.pulses);
      expect(cut.codes).toEqual(whole.codes);
      expect(cut.byIntensity.reduce((a, b) => a + b, 0)).toBe(total);
    });
  }
});
