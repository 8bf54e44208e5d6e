// Lim et al. (2014) key length from observed counts: one case worked by hand, the ε budget, monotonicity,
// a photon-number-splitting count pattern, and the degenerate inputs that must give 0 and a reason, never NaN.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIM_EPSILON_SHARES, limEcLeak, limKeyLength, type LimKeyInput, type Three, type Triple } from './limDecoyKey';

const h = (x: number) => -x * Math.log2(x) - (1 - x) * Math.log2(1 - x);

const base: LimKeyInput = {
  intensities: [0.5, 0.1, 2e-4],
  probabilities: [0.7, 0.2, 0.1],
  key: { counts: [1_711_000, 98_000, 150], errors: [17_300, 1_030, 25] },
  test: { counts: [314_000, 18_000, 30], errors: [3_170, 190, 5] },
  leakEcBits: 171_400,
  epsilonSec: 1e-10,
  epsilonCor: 1e-15,
};

const scaled = (t: Three | undefined, f: number): Triple => [t![0] * f, t![1] * f, t![2] * f];

describe('limKeyLength', () => {
  it('equals the formulas of the paper worked out by hand for one set of counts', () => {
    // τ0 = Σ p_k e^(−μk), τ1 = Σ p_k e^(−μk) μk
    const tau0 = 0.7 * Math.exp(-0.5) + 0.2 * Math.exp(-0.1) + 0.1 * Math.exp(-2e-4);
    const tau1 = 0.7 * Math.exp(-0.5) * 0.5 + 0.2 * Math.exp(-0.1) * 0.1 + 0.1 * Math.exp(-2e-4) * 2e-4;
    const ln = Math.log(21 / 1e-10);
    // Key basis (Lim's X): n_X = 1 809 150, δ = √(n_X/2 · ln(21/ε))
    const dX = Math.sqrt((1_809_150 / 2) * ln);
    const nX1p = (Math.exp(0.5) / 0.7) * (1_711_000 + dX);
    const nX2m = (Math.exp(0.1) / 0.2) * (98_000 - dX);
    const nX2p = (Math.exp(0.1) / 0.2) * (98_000 + dX);
    const nX3m = (Math.exp(2e-4) / 0.1) * (150 - dX);
    const nX3p = (Math.exp(2e-4) / 0.1) * (150 + dX);
    const sX0 = (tau0 * (0.1 * nX3m - 2e-4 * nX2p)) / (0.1 - 2e-4);
    const sX0used = Math.max(0, sX0);
    const denom = 0.5 * (0.1 - 2e-4) - 0.1 ** 2 + 2e-4 ** 2;
    const sX1 = (tau1 * 0.5 * (nX2m - nX3p - ((0.1 ** 2 - 2e-4 ** 2) / 0.25) * (nX1p - sX0used / tau0))) / denom;
    // Test basis (Lim's Z): n_Z = 332 030, m_Z = 3 365
    const dZ = Math.sqrt((332_030 / 2) * ln);
    const nZ1p = (Math.exp(0.5) / 0.7) * (314_000 + dZ);
    const nZ2m = (Math.exp(0.1) / 0.2) * (18_000 - dZ);
    const nZ2p = (Math.exp(0.1) / 0.2) * (18_000 + dZ);
    const nZ3m = (Math.exp(2e-4) / 0.1) * (30 - dZ);
    const nZ3p = (Math.exp(2e-4) / 0.1) * (30 + dZ);
    const sZ0 = (tau0 * (0.1 * nZ3m - 2e-4 * nZ2p)) / (0.1 - 2e-4);
    const sZ1 =
      (tau1 * 0.5 * (nZ2m - nZ3p - ((0.1 ** 2 - 2e-4 ** 2) / 0.25) * (nZ1p - Math.max(0, sZ0) / tau0))) / denom;
    const dM = Math.sqrt((3_365 / 2) * ln);
    const mZ2p = (Math.exp(0.1) / 0.2) * (190 + dM);
    const mZ3m = (Math.exp(2e-4) / 0.1) * (5 - dM);
    const vZ1 = (tau1 * (mZ2p - mZ3m)) / (0.1 - 2e-4);
    const b = vZ1 / sZ1;
    const gamma = Math.sqrt(
      (((sZ1 + sX1) * (1 - b) * b) / (sZ1 * sX1 * Math.LN2)) *
        Math.log2(((sZ1 + sX1) / (sZ1 * sX1 * (1 - b) * b)) * (21 ** 2 / 1e-20)),
    );
    const phi = b + gamma;
    const raw = sX0used + sX1 - sX1 * h(phi) - 171_400 - 6 * Math.log2(21 / 1e-10) - Math.log2(2 / 1e-15);

    const r = limKeyLength(base);
    expect(r.reason).toBeNull();
    expect(r.tau0).toBeCloseTo(tau0, 14);
    expect(r.sX0).toBeCloseTo(sX0, 6);
    expect(r.sX1).toBeCloseTo(sX1, 6);
    expect(r.sZ1).toBeCloseTo(sZ1, 6);
    expect(r.vZ1).toBeCloseTo(vZ1, 6);
    expect(r.gamma).toBeCloseTo(gamma, 12);
    expect(r.phi).toBeCloseTo(phi, 12);
    expect(r.raw).toBeCloseTo(raw, 5);
    expect(r.length).toBe(Math.floor(raw));
    // The case is a real one: a vacuum bound below zero (clipped), a key of tens of thousands of bits.
    expect(sX0).toBeLessThan(0);
    expect(r.length).toBeGreaterThan(200_000);
    expect(r.length).toBeLessThan(400_000);
  });

  it("takes the pipeline's Float64Array counts and no key-basis errors (they only enter through λ_EC)", () => {
    const r = limKeyLength({
      ...base,
      key: { counts: Float64Array.from(base.key.counts) },
      test: { counts: Float64Array.from(base.test.counts), errors: Float64Array.from(base.test.errors) },
    });
    expect(r.length).toBe(limKeyLength(base).length);
    expect(limKeyLength({ ...base, test: { counts: base.test.counts } as never }).reason).toBe('invalid-input');
    expect(limKeyLength({ ...base, key: { counts: new Float64Array(2) } }).reason).toBe('invalid-input');
  });

  it('splits ε_sec into 21 equal-weight shares that sum to ε_sec', () => {
    const r = limKeyLength(base);
    expect(LIM_EPSILON_SHARES.reduce((s, x) => s + x.weight, 0)).toBe(21);
    const total = r.epsilonShares.reduce((s, x) => s + x.epsilon, 0);
    expect(Math.abs(total - 1e-10)).toBeLessThan(1e-24);
    expect(r.epsilonShares.find((s) => s.name === 'epsilon1')!.epsilon).toBeCloseTo((10 * 1e-10) / 21, 24);
    expect(r.secrecyCostBits).toBeCloseTo(6 * Math.log2(21e10), 9);
  });

  it('more test errors or more error-correction leak give a shorter key', () => {
    let prev = Infinity;
    for (const e2 of [100, 190, 250, 300, 400]) {
      const len = limKeyLength({ ...base, test: { ...base.test, errors: [3_170, e2, 5] } }).length;
      expect(len).toBeLessThan(prev);
      prev = len;
    }
    const f = (keyErrors: Triple) =>
      limKeyLength({ ...base, leakEcBits: limEcLeak(1.16, { counts: base.key.counts, errors: keyErrors }) }).length;
    expect(f([34_600, 2_060, 25])).toBeLessThan(f([17_300, 1_030, 25]));
  });

  it('a larger block of the same link gives more key per pulse', () => {
    let prev = -1;
    for (const factor of [0.3, 1, 3, 10, 100]) {
      const x = {
        ...base,
        key: { counts: scaled(base.key.counts, factor), errors: scaled(base.key.errors, factor) },
        test: { counts: scaled(base.test.counts, factor), errors: scaled(base.test.errors, factor) },
        leakEcBits: base.leakEcBits * factor,
      };
      const perPulse = limKeyLength(x).length / factor; // the pulses sent scale with the factor
      expect(perPulse).toBeGreaterThan(prev);
      prev = perPulse;
    }
    expect(prev).toBeGreaterThan(0);
  });

  it('a photon-number-splitting pattern (signal gain kept, single photons blocked) gives no key', () => {
    // Eve blocks every single photon and forwards every multi-photon pulse losslessly: the signal's gain
    // 1 − e^(−μ)(1 + μ) ≈ 9 % is what an honest link with η ≈ 0.19 would show, but the decoys betray her.
    const pulses = 1e8,
      y0 = 1e-6,
      pz = 0.7;
    const mu: Triple = [0.5, 0.1, 2e-4],
      pk: Triple = [0.7, 0.2, 0.1];
    const gain = (m: number) => y0 + 1 - Math.exp(-m) * (1 + m);
    const basis = (share: number) => {
      const counts = mu.map((m, k) => pulses * share * pk[k] * gain(m)) as unknown as Triple;
      const errors = mu.map((_, k) => (pulses * share * pk[k] * y0) / 2) as unknown as Triple;
      return { counts, errors };
    };
    const key = basis(pz * pz),
      test = basis((1 - pz) * (1 - pz));
    const r = limKeyLength({ ...base, key, test, leakEcBits: limEcLeak(1.16, key) });
    expect(r.length).toBe(0);
    expect(r.reason).toBe('no-single-photons');
    expect(r.sX1).toBeLessThan(0);
    // The same counts with honest single photons (gain from η = 0.19 at every intensity) do give a key.
    const honest = (share: number) => {
      const g = (m: number) => y0 + 1 - Math.exp(-0.19 * m);
      const counts = mu.map((m, k) => pulses * share * pk[k] * g(m)) as unknown as Triple;
      const errors = mu.map(
        (m, k) => pulses * share * pk[k] * (y0 / 2 + 0.01 * (1 - Math.exp(-0.19 * m))),
      ) as unknown as Triple;
      return { counts, errors };
    };
    const hk = honest(pz * pz);
    expect(
      limKeyLength({ ...base, key: hk, test: honest((1 - pz) * (1 - pz)), leakEcBits: limEcLeak(1.16, hk) }).length,
    ).toBeGreaterThan(0);
  });

  it('degenerate inputs give length 0, a reason and no NaN', () => {
    const cases: [Partial<LimKeyInput>, string][] = [
      [{ key: { counts: [0, 0, 0], errors: [0, 0, 0] } }, 'no-detections'],
      [{ intensities: [0.5, 0.1, 0.1] }, 'invalid-input'],
      [{ intensities: [0.5, 0.05, 0.1] }, 'invalid-input'],
      [{ intensities: [0.15, 0.1, 0.06] }, 'invalid-input'], // μ1 ≤ μ2 + μ3
      [{ probabilities: [0.7, 0.2, 0.2] }, 'invalid-input'],
      [{ probabilities: [0.8, 0.2, 0] }, 'invalid-input'],
      [{ test: { counts: [314_000, 18_000, 30], errors: [3_170, 19_000, 5] } }, 'invalid-input'],
      [{ key: { counts: [Number.NaN, 1, 1], errors: [0, 0, 0] } }, 'invalid-input'],
      [{ epsilonSec: 0 }, 'invalid-input'],
      [{ leakEcBits: -1 }, 'invalid-input'],
      [{ test: { counts: [314_000, 18_000, 30], errors: [157_000, 9_000, 5] } }, 'phase-error-too-high'],
      [{ key: { counts: [800, 40, 2], errors: [8, 1, 1] } }, 'no-single-photons'],
      [{ leakEcBits: 1e7 }, 'key-too-short'],
    ];
    for (const [change, reason] of cases) {
      const r = limKeyLength({ ...base, ...change });
      expect(r.reason, JSON.stringify(change)).toBe(reason);
      expect(r.length).toBe(0);
      expect(r.message).toMatch(/\w/);
      for (const [k, v] of Object.entries(r)) if (typeof v === 'number') expect(Number.isNaN(v), k).toBe(false);
    }
  });

  it('any input gives a whole, non-negative length, a reason exactly when it is 0, and no NaN (property)', () => {
    const count = fc.double({ min: 0, max: 1e9, noNaN: true });
    const triple = (a: fc.Arbitrary<number>) => fc.tuple(a, a, a);
    fc.assert(
      fc.property(
        triple(fc.double({ min: 0, max: 2, noNaN: true })),
        triple(fc.double({ min: 1e-6, max: 1, noNaN: true })),
        triple(count),
        triple(count),
        triple(count),
        triple(count),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.double({ min: 1e-20, max: 0.5, noNaN: true }),
        (mu, pRaw, nk, ek, nt, et, leak, eps) => {
          const total = pRaw[0] + pRaw[1] + pRaw[2];
          const probabilities: Triple = [pRaw[0] / total, pRaw[1] / total, 1 - pRaw[0] / total - pRaw[1] / total];
          const clip = (e: Triple, n: Triple): Triple => [
            Math.min(e[0], n[0]),
            Math.min(e[1], n[1]),
            Math.min(e[2], n[2]),
          ];
          const sorted = [...mu].sort((a, b) => b - a) as unknown as Triple;
          const r = limKeyLength({
            intensities: sorted,
            probabilities,
            key: { counts: nk, errors: clip(ek, nk) },
            test: { counts: nt, errors: clip(et, nt) },
            leakEcBits: leak,
            epsilonSec: eps,
            epsilonCor: 1e-15,
          });
          expect(Number.isInteger(r.length) && r.length >= 0).toBe(true);
          expect(r.reason === null).toBe(r.length > 0);
          for (const [k, v] of Object.entries(r)) if (typeof v === 'number') expect(Number.isNaN(v), k).toBe(false);
          if (r.length > 0) expect(r.length).toBeLessThanOrEqual(nk[0] + nk[1] + nk[2]);
        },
      ),
      { numRuns: 400, seed: 11 },
    );
    expect(limKeyLength({ ...base, key: undefined as never }).reason).toBe('invalid-input');
    expect(limKeyLength({ ...base, intensities: undefined as never }).reason).toBe('invalid-input');
  });
});
