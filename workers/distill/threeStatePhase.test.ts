// Tests of the three-state protocol's phase-error bound and key length: a hand computation for fixed counts, the
// exact identity on ideal (noise-free, infinite) statistics, and the direction of every finite-size term.
import { describe, expect, it } from 'vitest';
import {
  expectationLower,
  expectationUpper,
  threeStateKeyLength,
  threeStatePhaseBound,
  type ThreeStateCounts,
} from './threeStatePhase';

const COUNTS: ThreeStateCounts = {
  pulsesZ: 8e11,
  pulsesPlus: 2e11,
  plusToPlus: 30000,
  plusToMinus: 3000,
  zToPlus: 60500,
  zToX: 120000,
};

describe('three-state phase-error bound (Tamaki 2014 / Rusca 2018 identity)', () => {
  it('key length equals a hand computation for fixed counts', () => {
    // ε_sec = 1e-10, no multi-photon share: 5e-11 for the phase estimate (6 estimates), 5e-11 for privacy
    // amplification.
    const L = Math.log(6 / 5e-11); // ln(1/ε_each) = 25.5108…
    const up = (c: number) => c + L + Math.sqrt(L * L + 2 * c * L);
    const lo = (c: number) => c + (2 / 3) * L - Math.sqrt((4 / 9) * L * L + 2 * c * L);
    const a = 1 / 2e11,
      b = 2 / 8e11;
    // Numerator Y_+(−) + Y_0(+) + Y_1(+) − Y_+(+) as observed, plus its Bernstein term; denominator Y_0(X) + Y_1(X).
    const observed = a * 3000 + b * 60500 - a * 30000;
    const variance = a * a * up(3000) + b * b * up(60500) + a * a * up(30000);
    const range = a + Math.max(a, b);
    const t = (range * L) / 3 + Math.sqrt(((range * L) / 3) ** 2 + 2 * L * variance);
    const e = (observed + t) / (b * lo(120000));
    const phi = e + Math.sqrt(L / (2 * 200000));
    const h = (x: number) => -x * Math.log2(x) - (1 - x) * Math.log2(1 - x);
    const raw = 200000 * (1 - h(phi)) - 70000 - 2 * Math.log2(1 / 5e-11) - (1 - Math.log2(1e-15));
    // The same numbers written out (Python, double precision): e = 8.2835 %, φ = 9.0821 %, ℓ = 42039.
    expect(observed / (b * 120000)).toBeCloseTo(0.0541667, 6); // 1.625e-8 / 3e-7: the rate without any margin
    expect(e).toBeCloseTo(0.0828349, 6);
    expect(phi).toBeCloseTo(0.0908209, 6);
    expect(Math.floor(raw)).toBe(42039);
    const r = threeStateKeyLength({
      counts: COUNTS,
      n: 200000,
      nMultiUpper: 0,
      pMulti: 0,
      leakEcBits: 70000,
      epsilonSec: 1e-10,
      epsilonCor: 1e-15,
      epsilonMulti: 0,
    });
    expect(r.expectedRate).toBeCloseTo(e, 12);
    expect(r.phaseErrorBound).toBeCloseTo(phi, 12);
    expect(r.raw).toBeCloseTo(raw, 6);
    expect(r.length).toBe(42039);
    expect(r.epsilonShares.reduce((acc, sh) => acc + sh.epsilon, 0)).toBeCloseTo(1e-10, 20);
  });

  it('recovers (1 − V)/2 exactly from ideal yields, whatever the loss (the |−⟩ yields come from the Z states)', () => {
    for (const [V, Y] of [
      [0.9, 1e-3],
      [0.98, 2e-6],
      [0.5, 0.3],
    ]) {
      // Per pulse: |+⟩ gives + with Y(1 + V)/2 and − with Y(1 − V)/2; each Z state gives + and − with Y/2 each.
      const P = 1e30;
      const counts: ThreeStateCounts = {
        pulsesZ: P,
        pulsesPlus: P,
        plusToPlus: (P * Y * (1 + V)) / 2,
        plusToMinus: (P * Y * (1 - V)) / 2,
        zToPlus: (P * Y) / 2,
        zToX: P * Y,
      };
      const b = threeStatePhaseBound(counts, 1e30, 1e-10, 0);
      expect(b.expectedRate).toBeCloseTo((1 - V) / 2, 6);
    }
  });

  it(
    'every finite-size term makes the bound larger: expectation bounds bracket the ' +
      'count, fewer counts bound higher',
    () => {
      expect(expectationUpper(1000, 1e-10)).toBeGreaterThan(1000);
      expect(expectationLower(1000, 1e-10)).toBeLessThan(1000);
      expect(expectationLower(0, 1e-10)).toBe(0);
      const big = threeStatePhaseBound(COUNTS, 200000, 1e-11, 0);
      const small = threeStatePhaseBound(
        { ...COUNTS, plusToPlus: 3000, plusToMinus: 300, zToPlus: 6050, zToX: 12000, pulsesZ: 8e10, pulsesPlus: 2e10 },
        20000,
        1e-11,
        0,
      );
      expect(small.phaseErrorBound).toBeGreaterThan(big.phaseErrorBound);
      // A multi-photon share can only raise the bound (its clicks are removed from what the bound divides by).
      expect(threeStatePhaseBound(COUNTS, 200000, 1e-11, 1e-9).phaseErrorBound).toBeGreaterThan(big.phaseErrorBound);
    },
  );

  it('no data, no key: missing pulses or key bits give the bound 1/2', () => {
    expect(threeStatePhaseBound({ ...COUNTS, pulsesPlus: 0 }, 1000, 1e-11, 0).phaseErrorBound).toBe(0.5);
    expect(threeStatePhaseBound({ ...COUNTS, zToX: 0 }, 1000, 1e-11, 0).phaseErrorBound).toBe(0.5);
    const r = threeStateKeyLength({
      counts: COUNTS,
      n: 0,
      nMultiUpper: 0,
      pMulti: 0,
      leakEcBits: 0,
      epsilonSec: 1e-10,
      epsilonCor: 1e-15,
      epsilonMulti: 0,
    });
    expect(r.length).toBe(0);
  });
});
