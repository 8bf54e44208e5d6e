// Tests of the three-state protocol's phase-error bound and key length: a hand computation for fixed counts, the
// exact identity on ideal (noise-free, infinite) statistics, and the direction of every finite-size term.
import { describe, expect, it } from 'vitest';
import { expectationLower, expectationUpper, threeStateKeyLength, threeStatePhaseBound, type ThreeStateCounts } from './threeStatePhase';

const COUNTS: ThreeStateCounts = { pulsesZ: 8e11, pulsesPlus: 2e11, plusToPlus: 30000, plusToMinus: 3000, zToPlus: 60500, zToX: 120000 };

describe('three-state phase-error bound (Tamaki 2014 / Rusca 2018 identity)', () => {
  it('key length equals a hand computation for fixed counts', () => {
    // ε_sec = 1e-10, no multi-photon share: 5e-11 for the phase estimate (7 estimates), 5e-11 for privacy amplification.
    const L = Math.log(7 / 5e-11); // ln(1/ε_each) = 25.6649…
    const up = (c: number) => c + L + Math.sqrt(L * L + 2 * c * L);
    const lo = (c: number) => c + 1.5 * L - Math.sqrt(2.25 * L * L + 3 * c * L);
    const e = (up(3000) / 2e11 + (2 * up(60500)) / 8e11 - lo(30000) / 2e11) / ((2 * lo(120000)) / 8e11);
    const phi = e + Math.sqrt(L / (2 * 200000));
    const h = (x: number) => -x * Math.log2(x) - (1 - x) * Math.log2(1 - x);
    const raw = 200000 * (1 - h(phi)) - 70000 - 2 * Math.log2(1 / 5e-11) - (1 - Math.log2(1e-15));
    // The same numbers written out (Python, double precision): e = 0.103331, φ = 0.111341, ℓ = 29091.
    expect(e).toBeCloseTo(0.1033305, 6);
    expect(phi).toBeCloseTo(0.1113407, 6);
    expect(Math.floor(raw)).toBe(29091);
    const r = threeStateKeyLength({ counts: COUNTS, n: 200000, nMultiUpper: 0, pMulti: 0, leakEcBits: 70000, epsilonSec: 1e-10, epsilonCor: 1e-15, epsilonMulti: 0 });
    expect(r.expectedRate).toBeCloseTo(e, 12);
    expect(r.phaseErrorBound).toBeCloseTo(phi, 12);
    expect(r.raw).toBeCloseTo(raw, 6);
    expect(r.length).toBe(29091);
    expect(r.epsilonShares.reduce((a, s) => a + s.epsilon, 0)).toBeCloseTo(1e-10, 20);
  });

  it('recovers (1 − V)/2 exactly from ideal yields, whatever the loss (the |−⟩ yields come from the Z states)', () => {
    for (const [V, Y] of [[0.9, 1e-3], [0.98, 2e-6], [0.5, 0.3]]) {
      // Per pulse: |+⟩ gives + with Y(1 + V)/2 and − with Y(1 − V)/2; each Z state gives + and − with Y/2 each.
      const P = 1e30;
      const counts: ThreeStateCounts = { pulsesZ: P, pulsesPlus: P, plusToPlus: (P * Y * (1 + V)) / 2, plusToMinus: (P * Y * (1 - V)) / 2, zToPlus: P * Y / 2, zToX: P * Y };
      const b = threeStatePhaseBound(counts, 1e30, 1e-10, 0);
      expect(b.expectedRate).toBeCloseTo((1 - V) / 2, 6);
    }
  });

  it('every finite-size term makes the bound larger: expectation bounds bracket the count, fewer counts bound higher', () => {
    expect(expectationUpper(1000, 1e-10)).toBeGreaterThan(1000);
    expect(expectationLower(1000, 1e-10)).toBeLessThan(1000);
    expect(expectationLower(0, 1e-10)).toBe(0);
    const big = threeStatePhaseBound(COUNTS, 200000, 1e-11, 0);
    const small = threeStatePhaseBound({ ...COUNTS, plusToPlus: 3000, plusToMinus: 300, zToPlus: 6050, zToX: 12000, pulsesZ: 8e10, pulsesPlus: 2e10 }, 20000, 1e-11, 0);
    expect(small.phaseErrorBound).toBeGreaterThan(big.phaseErrorBound);
    // A multi-photon share can only raise the bound (its clicks are removed from what the bound divides by).
    expect(threeStatePhaseBound(COUNTS, 200000, 1e-11, 1e-9).phaseErrorBound).toBeGreaterThan(big.phaseErrorBound);
  });

  it('no data, no key: missing pulses or key bits give the bound 1/2', () => {
    expect(threeStatePhaseBound({ ...COUNTS, pulsesPlus: 0 }, 1000, 1e-11, 0).phaseErrorBound).toBe(0.5);
    expect(threeStatePhaseBound({ ...COUNTS, zToX: 0 }, 1000, 1e-11, 0).phaseErrorBound).toBe(0.5);
    const r = threeStateKeyLength({ counts: COUNTS, n: 0, nMultiUpper: 0, pMulti: 0, leakEcBits: 0, epsilonSec: 1e-10, epsilonCor: 1e-15, epsilonMulti: 0 });
    expect(r.length).toBe(0);
  });
});
