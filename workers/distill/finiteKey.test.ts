// Finite-key length: limiting cases of the Tomamichel et al. (2012) formula, the GLLP multi-photon
// terms, and the check values of distillation.md §5 (ideal qubits, ε = 10^-14, f = 1.1, optimal split).
import { describe, expect, it } from 'vitest';
import { binaryEntropy } from '../common/entropy';
import { defaultParams } from '../common/params';
import { finiteKeyLength, optimalFiniteKeyRate, securityCostBits, statisticalMargin } from './finiteKey';
import { countDeviation, multiPhotonBound } from './multiPhoton';

describe('finite-key length', () => {
  it('μ_stat shrinks like 1/sqrt(k) and the rate tends to 1 − h(Q) − f·h(Q)', () => {
    expect(statisticalMargin(1e6, 1e6, 1e-10)).toBeLessThan(statisticalMargin(1e4, 1e4, 1e-10) / 9);
    const n = 1e12;
    const r = finiteKeyLength({ n, k: n, phaseError: 0.02, nMulti: 0, leakBits: 1.1 * n * binaryEntropy(0.02), epsilonSec: 1e-10, epsilonCor: 1e-15 });
    expect(r.length / n).toBeCloseTo(1 - 2.1 * binaryEntropy(0.02), 3);
  });

  it('the formula term by term on one case', () => {
    const x = { n: 1e5, k: 2e4, phaseError: 0.03, nMulti: 500, leakBits: 20000, epsilonSec: 1e-10, epsilonCor: 1e-15 };
    const mu = statisticalMargin(x.n, x.k, x.epsilonSec);
    const n1 = x.n - x.nMulti;
    const e1 = (x.phaseError * x.n) / n1; // GLLP: all errors on single photons
    const expected = Math.floor(n1 * (1 - binaryEntropy(e1 + mu)) - x.nMulti - x.leakBits - Math.log2(2 / (1e-20 * 1e-15)));
    expect(finiteKeyLength(x).length).toBe(expected);
    expect(securityCostBits(1e-10, 1e-15)).toBeCloseTo(1 + 20 * Math.log2(10) + 15 * Math.log2(10), 9);
  });

  it('never negative; zero when the bound reaches 1/2', () => {
    expect(finiteKeyLength({ n: 1000, k: 10, phaseError: 0.3, nMulti: 0, leakBits: 0, epsilonSec: 1e-10, epsilonCor: 1e-15 }).length).toBe(0);
  });

  // Tolerance 1 % relative, as asked. Two readings of "ideal qubits, ε = 10^-14, per detected signal,
  // optimal basis split" (f = 1.1 as in the paper); neither reproduces n = 10^4 (see the last test).
  // A: n key bits, ε_sec = ε_cor = 10^-14 — reproduces 10^6 (35.8 %).
  // B: N detected signals, ε_sec = 10^-10, ε_cor = 10^-12 (the paper's figure) — reproduces 10^5 and 10^6.
  const within1pct = (r: number, target: number) => expect(Math.abs(r / target - 1)).toBeLessThan(0.01);
  it('reading A: n = 10^6, Q = 2.5 % → 35.7 %', () => within1pct(optimalFiniteKeyRate(1e6, 0.025, 1e-14).rate, 0.357));
  it('reading B: N = 10^5, Q = 1 % → 30.4 %', () => within1pct(optimalFiniteKeyRate(1e5, 0.01, 1e-10, { epsilonCor: 1e-12, sizeOf: 'detected' }).rate, 0.304));
  it('reading B: N = 10^6, Q = 2.5 % → 35.7 %', () => within1pct(optimalFiniteKeyRate(1e6, 0.025, 1e-10, { epsilonCor: 1e-12, sizeOf: 'detected' }).rate, 0.357));
  // KNOWN MISMATCH: no reading we tried (fixed n or fixed detections, f 1–1.3, ε 10^-6…10^-20, ln(1/ε)
  // or ln(2/ε), with or without (k+1)/k) gives 11.7 % at 10^4: A gives 14.2 %, B 9.9 %. Reading A also
  // misses 10^5 (31.6 %). Expected failures, so the suite shows the open question instead of hiding it.
  // The values are Table II of the paper (arXiv:1103.4130): block n, "security rate" ε/ℓ = 10^-14,
  // r = (1 − ε_rob)·ℓ/M with Q_tol optimised, leak 1.1·n·h(Q_tol). Optimising that reading (ε_rob =
  // e^(−2k(Q_tol−Q)²)) gives 9.3 / 25.3 / 31.8 %; with the leak on h(Q): 13.0 / 30.1 / 35.0 %. Table II's own
  // (p_x, Q_tol, ε_rob) put into this formula need ε from 10^-17 to 10^-9 across its rows, so no single
  // reading of the formula reproduces all three (docs/model.md §5 lists every reading and its values).
  it.fails('KNOWN MISMATCH reading A: n = 10^4, Q = 1 % → 11.7 %', () => within1pct(optimalFiniteKeyRate(1e4, 0.01, 1e-14).rate, 0.117));
  it.fails('KNOWN MISMATCH reading B: N = 10^4, Q = 1 % → 11.7 %', () => within1pct(optimalFiniteKeyRate(1e4, 0.01, 1e-10, { epsilonCor: 1e-12, sizeOf: 'detected' }).rate, 0.117));
  it.fails('KNOWN MISMATCH reading A: n = 10^5, Q = 1 % → 30.4 %', () => within1pct(optimalFiniteKeyRate(1e5, 0.01, 1e-14).rate, 0.304));
  it('our values at the check points (golden, ±0.05 % abs.)', () => {
    expect(optimalFiniteKeyRate(1e4, 0.01, 1e-14).rate).toBeCloseTo(0.1424, 3);
    expect(optimalFiniteKeyRate(1e5, 0.01, 1e-14).rate).toBeCloseTo(0.3156, 3);
    expect(optimalFiniteKeyRate(1e6, 0.025, 1e-14).rate).toBeCloseTo(0.3580, 3);
    expect(optimalFiniteKeyRate(1e4, 0.01, 1e-10, { epsilonCor: 1e-12, sizeOf: 'detected' }).rate).toBeCloseTo(0.0985, 3);
  });
});

describe('multi-photon bound', () => {
  const base = defaultParams();
  const input = (over: Partial<typeof base>, pulses = 1e8) => ({
    params: { ...base, ...over }, pulses: [pulses, 0, 0], clicks: [1e6, 0, 0], decoyX: { bits: 0, errors: 0 }, nKey: 1e5, epsilon: 1e-10,
  });
  it('quantum dot: N·g2·μ²/2·p_Z² plus a deviation; grows with g2', () => {
    const a = multiPhotonBound(input({ source: 'qd', g2Zero: 0.01, meanPhotonNumber: 0.5, basisBiasZ: 0.5 }));
    const mean = 1e8 * ((0.01 * 0.25) / 2) * 0.25;
    expect(a.nMulti).toBeGreaterThan(mean);
    expect(a.nMulti).toBeLessThan(mean + countDeviation(1e8, (0.01 * 0.25) / 2 * 0.25, 1e-10) + 1);
    expect(multiPhotonBound(input({ source: 'qd', g2Zero: 0.05, meanPhotonNumber: 0.5 })).nMulti).toBeGreaterThan(a.nMulti);
  });
  it('laser without decoys uses the Poisson tail 1 − e^−μ − μe^−μ', () => {
    const b = multiPhotonBound(input({ source: 'wcp', decoy: 'none', meanPhotonNumber: 0.1 }));
    expect(b.pMulti).toBeCloseTo(1 - Math.exp(-0.1) * 1.1, 12);
  });
  it('the deviation is the smaller of Hoeffding and Bernstein (rare events)', () => {
    expect(countDeviation(1e10, 1e-9, 1e-10)).toBeLessThan(Math.sqrt((1e10 / 2) * Math.log(2e10)) / 100);
    expect(countDeviation(100, 0.5, 1e-10)).toBeCloseTo(Math.sqrt(50 * Math.log(2e10)), 9);
  });
  it('decoy states: the single-photon share comes from the MQZL bounds', () => {
    const mu = 0.5, nu = 0.1, eta = 1e-3, y0 = 1e-6;
    const gain = (m: number) => y0 + 1 - Math.exp(-eta * m);
    const pulses = [8e8, 1e8, 1e8];
    const r = multiPhotonBound({
      params: { ...base, source: 'wcp', decoy: 'vacuum-weak', meanPhotonNumber: mu, decoyMeanPhotonNumber: nu },
      pulses, clicks: [gain(mu) * pulses[0], gain(nu) * pulses[1], y0 * pulses[2]], decoyX: { bits: 1e4, errors: 300 }, nKey: 1e5, epsilon: 1e-10,
    });
    // True single-photon share of signal clicks: Y1·μe^−μ/Q_μ with Y1 ≈ η.
    const trueShare = (eta * mu * Math.exp(-mu)) / gain(mu);
    expect(1 - r.nMulti / 1e5).toBeLessThanOrEqual(trueShare + 1e-3);
    expect(1 - r.nMulti / 1e5).toBeGreaterThan(trueShare * 0.8);
    expect(r.singlePhotonError).not.toBeNull();
  });
});
