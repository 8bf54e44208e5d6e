// The one key-length formula: a hand computation for fixed counts (quantum dot GLLP), the ε budget, limiting cases,
// the multi-photon count bound, and the check values of Tomamichel et al. (2012) for ideal single photons.
import { describe, expect, it } from 'vitest';
import { binaryEntropy } from '../common/entropy';
import { defaultParams } from '../common/params';
import { optimalFiniteKeyRate } from './finiteKey';
import { gllpEpsilonBudget, gllpKeyLength, secretKeyLength, statisticalMargin } from './keyLength';
import { countDeviation, multiPhotonBound } from './multiPhoton';

describe('secret key length', () => {
  it('quantum dot, fixed counts: ℓ by hand', () => {
    // n = 10^5 key bits, k = 2·10^4 test bits with 3 % errors, multi-photon bound 500, Cascade leak 20 000,
    // ε_sec = 10^-10 (9·10^-11 for Tomamichel, 10^-11 for the multi-photon count), ε_cor = 10^-15.
    const epsT = 9e-11;
    const mu = Math.sqrt(((1e5 + 2e4) / (1e5 * 2e4)) * ((2e4 + 1) / 2e4) * Math.log(2 / epsT));
    const s1 = 1e5 - 500;
    const phi = ((0.03 + mu) * 1e5) / s1;
    const byHand = Math.floor(s1 * (1 - binaryEntropy(phi)) - 20000 - 2 * Math.log2(1 / epsT) - Math.log2(2 / 1e-15));
    const r = gllpKeyLength({
      n: 1e5,
      k: 2e4,
      testErrorRate: 0.03,
      nMultiUpper: 500,
      leakEcBits: 20000,
      epsilonSec: 1e-10,
      epsilonCor: 1e-15,
      hasMultiPhoton: true,
    });
    expect(r.length).toBe(byHand);
    // A block like this one yields key (it did not before multi-photon bits were charged once).
    expect(r.length).toBeGreaterThan(40000);
  });

  it('multi-photon bits are charged once: ℓ changes by about one bit per multi-photon bit, not two', () => {
    const at = (nMultiUpper: number) =>
      gllpKeyLength({
        n: 1e6,
        k: 1e5,
        testErrorRate: 0.01,
        nMultiUpper,
        leakEcBits: 1e5,
        epsilonSec: 1e-10,
        epsilonCor: 1e-15,
        hasMultiPhoton: true,
      }).raw;
    const perBit = (at(0) - at(10000)) / 10000;
    expect(perBit).toBeGreaterThan(0.8);
    expect(perBit).toBeLessThan(1.3);
  });

  it('the ε shares add up to ε_sec', () => {
    for (const eps of [1e-6, 1e-10, 1e-15]) {
      for (const multi of [true, false]) {
        const sum = gllpEpsilonBudget(eps, multi).reduce((a, s) => a + s.epsilon, 0);
        expect(Math.abs(sum - eps) / eps).toBeLessThan(1e-12);
      }
    }
  });

  it('the verification tag is paid once, through log2(2/ε_cor)', () => {
    const a = secretKeyLength({
      s0: 0,
      s1: 1e5,
      phaseErrorBound: 0,
      leakEcBits: 0,
      privacyCostBits: 0,
      epsilonCor: 1e-15,
    });
    expect(a.raw).toBeCloseTo(1e5 - Math.log2(2e15), 9);
  });

  it('never negative; zero when the bound reaches 1/2; the margin shrinks like 1/sqrt(k)', () => {
    expect(
      gllpKeyLength({
        n: 1000,
        k: 10,
        testErrorRate: 0.3,
        nMultiUpper: 0,
        leakEcBits: 0,
        epsilonSec: 1e-10,
        epsilonCor: 1e-15,
        hasMultiPhoton: false,
      }).length,
    ).toBe(0);
    expect(statisticalMargin(1e6, 1e6, 1e-10)).toBeLessThan(statisticalMargin(1e4, 1e4, 1e-10) / 9);
  });

  it('tends to 1 − h(Q) − f·h(Q) per key bit for huge blocks', () => {
    const n = 1e12;
    const r = gllpKeyLength({
      n,
      k: n,
      testErrorRate: 0.02,
      nMultiUpper: 0,
      leakEcBits: 1.1 * n * binaryEntropy(0.02),
      epsilonSec: 1e-10,
      epsilonCor: 1e-15,
      hasMultiPhoton: false,
    });
    expect(r.length / n).toBeCloseTo(1 - 2.1 * binaryEntropy(0.02), 3);
  });

  // Tomamichel et al., Nat. Commun. 3, 634 (2012): ideal qubits, ε_sec = 10^-10, ε_cor = 10^-12, leak 1.1·n·h(Q),
  // optimal basis split, rate per detected signal. Tolerance: 1 % relative.
  const within1pct = (r: number, target: number) => expect(Math.abs(r / target - 1)).toBeLessThan(0.01);
  it('Tomamichel 2012: N = 10^5, Q = 1 % → 30.4 %', () =>
    within1pct(optimalFiniteKeyRate(1e5, 0.01, 1e-10, { epsilonCor: 1e-12 }).rate, 0.304));
  it('Tomamichel 2012: N = 10^6, Q = 2.5 % → 35.7 %', () =>
    within1pct(optimalFiniteKeyRate(1e6, 0.025, 1e-10, { epsilonCor: 1e-12 }).rate, 0.357));
});

describe('multi-photon count bound', () => {
  const base = defaultParams();
  const bound = (over: Partial<typeof base>, pulsesSent = 1e8) =>
    multiPhotonBound({ params: { ...base, ...over }, pulsesSent, nKey: 1e5, epsilon: 1e-11 });
  it('quantum dot: N·g2·μ²/2·p_Z² plus a deviation; grows with g2', () => {
    const a = bound({ source: 'qd', g2Zero: 0.01, meanPhotonNumber: 0.5, basisBiasZ: 0.5 });
    const p = ((0.01 * 0.25) / 2) * 0.25;
    expect(a.nMulti).toBe(Math.ceil(1e8 * p + countDeviation(1e8, p, 1e-11)));
    expect(bound({ source: 'qd', g2Zero: 0.05, meanPhotonNumber: 0.5 }).nMulti).toBeGreaterThan(a.nMulti);
  });
  it('laser without decoys uses the Poisson tail 1 − e^−μ − μe^−μ', () => {
    expect(bound({ source: 'wcp', decoy: 'none', meanPhotonNumber: 0.1 }).pMulti).toBeCloseTo(
      1 - Math.exp(-0.1) * 1.1,
      12,
    );
  });
  it('an ideal single-photon source has no multi-photon bits and spends no ε on them', () => {
    expect(bound({ source: 'qd', g2Zero: 0 }).nMulti).toBe(0);
    expect(gllpEpsilonBudget(1e-10, false)).toHaveLength(1);
  });
  it('the deviation is the smaller of Hoeffding and Bernstein (rare events)', () => {
    expect(countDeviation(1e10, 1e-9, 1e-10)).toBeLessThan(Math.sqrt((1e10 / 2) * Math.log(2e10)) / 100);
    expect(countDeviation(100, 0.5, 1e-10)).toBeCloseTo(Math.sqrt(50 * Math.log(2e10)), 9);
  });
});
