// The decoy-finite model's plumbing: expected counts per intensity and basis, λ_EC, the ε_sec = κ·ℓ fixed point
// and the optimiser (never worse than its start, keeps μ3 and the constraints of the analysis).
import { describe, expect, it } from 'vitest';
import { presetParams } from '../common/presets';
import { binaryEntropy } from '../common/entropy';
import {
  decoyFiniteRate,
  expectedLimCounts,
  linkDecoySettings,
  linkDetection,
  optimiseDecoyFinite,
  type DecoySettings,
} from './decoyFinite';
import { wcpGainAndQber } from './gain';

const gys = { ...presetParams('gys-textbook'), decoy: 'vacuum-weak' as const };
const settings: DecoySettings = { mu1: 0.5, mu2: 0.1, mu3: 0, p1: 0.7, p2: 0.2, p3: 0.1, pKey: 0.8 };

describe('decoy-finite counts', () => {
  it('splits a block of key-basis bits over the intensities by p_k·Q_k and the bases by p_Z², p_X²', () => {
    const link = linkDetection(gys, 40);
    const c = expectedLimCounts(link, settings, 1e6);
    const q = [0.5, 0.1, 0].map((m) => wcpGainAndQber(gys, 40, m));
    const perPulse = 0.64 * (0.7 * q[0].gain + 0.2 * q[1].gain + 0.1 * q[2].gain);
    expect(c.pulses).toBeCloseTo(1e6 / perPulse, 3);
    expect(c.key.counts[0] + c.key.counts[1] + c.key.counts[2]).toBeCloseTo(1e6, 6);
    expect(c.key.counts[1] / c.key.counts[0]).toBeCloseTo((0.2 * q[1].gain) / (0.7 * q[0].gain), 12);
    expect(c.test.counts[2] / c.key.counts[2]).toBeCloseTo(0.04 / 0.64, 12);
    // Key basis = QKD Lab's Z, test basis = QKD Lab's X: their errors follow qberZ and qberX.
    expect(c.key.errors[0] / c.key.counts[0]).toBeCloseTo(q[0].qberZ, 12);
    expect(c.test.errors[1] / c.test.counts[1]).toBeCloseTo(q[1].qberX, 12);
  });

  it('leaks f·n_X·h(e_obs) in error correction and solves ε_sec = κ·ℓ', () => {
    const link = linkDetection(gys, 20);
    const s = { ...settings, mu1: 0.45, mu2: 0.17, p1: 0.5, p2: 0.3, p3: 0.2 };
    const r = decoyFiniteRate(link, s, { blockBits: 1e7, ecEfficiency: 1.22, epsilonSec: 1e-10, epsilonCor: 1e-15 });
    const k = { counts: r.input.key.counts, errors: r.input.key.errors! };
    const eObs = (k.errors[0] + k.errors[1] + k.errors[2]) / 1e7;
    expect(r.input.leakEcBits).toBeCloseTo(1.22 * 1e7 * binaryEntropy(eObs), 3);
    expect(r.result.length).toBeGreaterThan(1e6);
    expect(r.rate).toBeCloseTo(r.result.length / r.pulses, 15);
    const byKappa = decoyFiniteRate(link, s, {
      blockBits: 1e7,
      ecEfficiency: 1.22,
      epsilonSec: { perKeyBit: 1e-15 },
      epsilonCor: 1e-15,
    });
    expect(byKappa.result.length).toBeGreaterThan(1000);
    expect(Math.abs(byKappa.epsilonSec / (1e-15 * byKappa.result.raw) - 1)).toBeLessThan(1e-6);
  });

  it('the optimiser never loses against its start, keeps μ3 and μ1 > μ2 + μ3, and gives no key beyond reach', () => {
    for (const d of [0, 60, 120]) {
      const link = linkDetection(gys, d);
      const start = { ...linkDecoySettings(gys), mu3: 2e-4 };
      const o = { blockBits: 1e6, ecEfficiency: 1.22, epsilonSec: 1e-10, epsilonCor: 1e-15 };
      const best = optimiseDecoyFinite(link, start, o);
      expect(best.best.rate).toBeGreaterThanOrEqual(decoyFiniteRate(link, start, o).rate);
      expect(best.settings.mu3).toBe(2e-4);
      expect(best.settings.mu1).toBeGreaterThan(best.settings.mu2 + best.settings.mu3);
      expect(best.settings.p1 + best.settings.p2 + best.settings.p3).toBeCloseTo(1, 12);
    }
    const far = optimiseDecoyFinite(linkDetection(gys, 250), linkDecoySettings(gys), {
      blockBits: 1e6,
      ecEfficiency: 1.22,
      epsilonSec: 1e-10,
      epsilonCor: 1e-15,
    });
    expect(far.best.rate).toBe(0);
    expect(far.best.objective).toBeLessThan(0);
  });
});
