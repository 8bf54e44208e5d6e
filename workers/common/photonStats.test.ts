// Checks of the one photon-statistics module against hand computation and 40-digit reference values
// rounded to double: both sources' photon numbers, the Poisson tail at tiny μ, transmittances and the PLOB bound.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attenuationPerKm,
  channelTransmittance,
  dbToTransmittance,
  fiberTransmittance,
  multiPhotonProbability,
  plobBitsPerPulse,
  poissonMultiPhotonProbability,
  poissonProbabilities,
  poissonProbability,
  poissonSinglePhotonProbability,
  qdPhotonNumbers,
  receiverTransmittance,
  singlePhotonProbability,
} from './photonStats';

const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('quantum dot truncated at two photons', () => {
  it('μ = 0.8, g2 = 0.02: p2 = 0.0064, p1 = 0.7872, p0 = 0.2064 (by hand)', () => {
    const { p0, p1, p2 } = qdPhotonNumbers(0.8, 0.02);
    expect(p2).toBeCloseTo(0.0064, 15);
    expect(p1).toBeCloseTo(0.7872, 15);
    expect(p0).toBeCloseTo(0.2064, 15);
    expect(multiPhotonProbability('qd', 0.8, 0.02)).toBe(p2);
    expect(singlePhotonProbability('qd', 0.8, 0.02)).toBe(p1);
  });

  it('keeps the mean μ = p1 + 2·p2 and g2(0) = 2·p2/μ², and sums to 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (mu, g2) => {
          const { p0, p1, p2 } = qdPhotonNumbers(mu, g2);
          expect(relativeError(p1 + 2 * p2, mu)).toBeLessThan(1e-12);
          expect(Math.abs((2 * p2) / (mu * mu) - g2)).toBeLessThan(1e-12);
          expect(Math.abs(p0 + p1 + p2 - 1)).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it('an ideal dot (g2 = 0) never emits two photons', () => {
    expect(multiPhotonProbability('qd', 0.6, 0)).toBe(0);
    expect(singlePhotonProbability('qd', 0.6, 0)).toBe(0.6);
  });
});

describe('Poisson laser', () => {
  it('P(n ≥ 2) matches 40-digit values at μ = 0.5, 0.05 and 0.02 to 1e-14', () => {
    expect(relativeError(poissonMultiPhotonProbability(0.5), 0.09020401043104986)).toBeLessThan(1e-14);
    expect(relativeError(poissonMultiPhotonProbability(0.05), 0.0012091042742502906)).toBeLessThan(1e-14);
    expect(relativeError(poissonMultiPhotonProbability(0.02), 0.00019735322710959173)).toBeLessThan(1e-14);
  });

  it('the tail at μ = 1e-8 is μ²/2 − μ³/3 + μ⁴/8 to 1e-12 relative, where the plain closed form is not', () => {
    const mu = 1e-8;
    const series = (mu * mu) / 2 - (mu * mu * mu) / 3 + (mu * mu * mu * mu) / 8;
    expect(relativeError(poissonMultiPhotonProbability(mu), series)).toBeLessThan(1e-12);
    // The reason for the series branch: the textbook form loses about half of its digits here.
    expect(relativeError(-Math.expm1(-mu) - mu * Math.exp(-mu), series)).toBeGreaterThan(1e-10);
  });

  it('the series and the closed form meet at the switch-over (μ = 0.05) and the tail grows with μ', () => {
    const below = poissonMultiPhotonProbability(0.05 * (1 - 1e-12));
    const at = poissonMultiPhotonProbability(0.05);
    expect(relativeError(below, at)).toBeLessThan(1e-11);
    let last = 0;
    for (const mu of [1e-12, 1e-6, 1e-3, 0.01, 0.049, 0.05, 0.051, 0.1, 0.5, 1, 5, 30]) {
      const p = poissonMultiPhotonProbability(mu);
      expect(p).toBeGreaterThan(last);
      last = p;
    }
    expect(poissonMultiPhotonProbability(0)).toBe(0);
    expect(poissonMultiPhotonProbability(40)).toBeCloseTo(1, 15);
  });

  it('P(0) + P(1) + P(n ≥ 2) = 1', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 50, noNaN: true }), (mu) => {
        const total = Math.exp(-mu) + poissonSinglePhotonProbability(mu) + poissonMultiPhotonProbability(mu);
        expect(Math.abs(total - 1)).toBeLessThan(1e-14);
      }),
    );
  });

  it('singlePhotonProbability and multiPhotonProbability pick the Poisson forms for a laser', () => {
    expect(singlePhotonProbability('wcp', 0.5, 0.3)).toBe(0.5 * Math.exp(-0.5));
    expect(multiPhotonProbability('wcp', 0.5, 0.3)).toBe(poissonMultiPhotonProbability(0.5));
  });
});

describe('Poisson photon-number table', () => {
  it('single terms match hand values and the one-photon and tail functions', () => {
    // e^(−0.5)·0.5³/3! = 0.0126360554...; P(0) at μ = 2 is e^(−2).
    expect(relativeError(poissonProbability(3, 0.5), 0.012636055410679864)).toBeLessThan(1e-14);
    expect(poissonProbability(0, 2)).toBe(Math.exp(-2));
    expect(relativeError(poissonProbability(1, 0.3), poissonSinglePhotonProbability(0.3))).toBeLessThan(1e-15);
    const tail = 1 - poissonProbability(0, 0.7) - poissonProbability(1, 0.7);
    expect(relativeError(tail, poissonMultiPhotonProbability(0.7))).toBeLessThan(1e-13);
  });

  it('the table sums to 1, stops once its tail is below the bound, and keeps the terms exact before the last', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 20, noNaN: true }), (mu) => {
        const ps = poissonProbabilities(mu, 1e-15, 255);
        const sum = ps.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-14);
        expect(ps.length - 1).toBeGreaterThanOrEqual(Math.floor(mu));
        for (let n = 0; n < ps.length - 1; n++)
          expect(relativeError(ps[n], poissonProbability(n, mu))).toBeLessThan(1e-12);
        // Stopping one photon number earlier would leave more than the bound out (or stop below μ).
        const beforeLast = ps.slice(0, -1).reduce((a, b) => a + b, 0);
        expect(1 - beforeLast >= 1e-15 || ps.length - 2 < mu).toBe(true);
      }),
      { seed: 17, numRuns: 200 },
    );
    expect(poissonProbabilities(0, 1e-15, 255)).toEqual(Float64Array.of(1));
    expect(poissonProbabilities(300, 1e-15, 255).length).toBe(256); // the byte cap
  });
});

describe('transmittance', () => {
  const link = { fiberLengthKm: 100, fiberLossDbPerKm: 0.2, receiverLossDb: 10, detectorEfficiency: 0.5 };

  it('100 km at 0.2 dB/km is 20 dB = 0.01; 10 dB receiver × 50 % detector = 0.05; together 5e-4', () => {
    expect(dbToTransmittance(3)).toBeCloseTo(0.501187233627272, 15);
    expect(relativeError(fiberTransmittance(link, 100), 0.01)).toBeLessThan(1e-15);
    expect(relativeError(receiverTransmittance(link), 0.05)).toBeLessThan(1e-15);
    expect(relativeError(channelTransmittance(link), 5e-4)).toBeLessThan(1e-15);
    expect(relativeError(channelTransmittance(link, 50), 5e-3)).toBeLessThan(1e-15);
    expect(fiberTransmittance(link, 0)).toBe(1);
  });

  it('the natural attenuation coefficient gives the same fiber transmittance: e^(−a·L) = 10^(−α·L/10)', () => {
    expect(attenuationPerKm(0.2)).toBeCloseTo(0.0460517018598809, 15);
    for (const km of [1, 25, 120, 300])
      expect(relativeError(Math.exp(-attenuationPerKm(0.2) * km), fiberTransmittance(link, km))).toBeLessThan(1e-13);
  });
});

describe('PLOB bound −log2(1 − η)', () => {
  it('η = 1e-3 gives 1.4434168696687174e-3 bits per pulse (40-digit value)', () => {
    expect(relativeError(plobBitsPerPulse(1e-3), 0.0014434168696687173)).toBeLessThan(1e-15);
  });

  it('η = 1/2 gives exactly one bit; tiny η gives η/ln 2; η = 0 gives 0; η = 1 stays finite', () => {
    expect(plobBitsPerPulse(0.5)).toBe(1);
    expect(relativeError(plobBitsPerPulse(1e-20), 1e-20 / Math.LN2)).toBeLessThan(1e-15);
    expect(plobBitsPerPulse(0)).toBe(0);
    expect(plobBitsPerPulse(-0.1)).toBe(0);
    expect(Number.isFinite(plobBitsPerPulse(1))).toBe(true);
    expect(plobBitsPerPulse(1)).toBeGreaterThan(49);
  });
});
