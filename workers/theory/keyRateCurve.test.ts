// Checks of the analytic key-rate models against the repeaterless bound, the published GYS maximum
// distances of the decoy-state papers (Ma, Qi, Zhao & Lo, PRA 72, 012326, 2005), and limiting cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESET_IDS, presetParams } from '../common/presets';
import { binaryEntropy } from '../common/entropy';
import { keyRateAt, keyRateCurve, maxDistanceKm } from './keyRateCurve';
import { KEY_RATE_MODELS } from './models';
import { GYS_EC_EFFICIENCY } from './rates';
import { channelTransmittance } from '../common/photonStats';
import { vacuumYield } from './channel';

const gys = presetParams('gys-textbook');
const f = GYS_EC_EFFICIENCY;

describe('every model stays below PLOB', () => {
  for (const id of PRESET_IDS) {
    it(`${id}: 0–300 km, asymptotic, and finite for a 10^6-bit block`, () => {
      const p = presetParams(id);
      for (const model of KEY_RATE_MODELS) {
        // decoy-finite optimises five settings per point (~0.1 s): every 20 km, its blocks of blockSizeBits.
        const stepKm = model === 'decoy-finite' ? 20 : 1;
        for (const pt of keyRateCurve(p, { model, fromKm: 0, toKm: 300, stepKm })) {
          expect(pt.bitsPerPulse).toBeGreaterThanOrEqual(0);
          expect(pt.bitsPerPulse).toBeLessThanOrEqual(pt.plobBitsPerPulse);
          expect(pt.qber).toBeGreaterThanOrEqual(0);
          expect(pt.qber).toBeLessThanOrEqual(0.5);
        }
        if (model === 'plob') continue;
        for (const pt of keyRateCurve(p, { model, fromKm: 0, toKm: 300, stepKm: 25, blockBits: 1e6 })) {
          expect(pt.bitsPerPulse).toBeLessThanOrEqual(pt.plobBitsPerPulse);
        }
      }
    });
  }
});

describe('PLOB holds for random links (property)', () => {
  it('every model, asymptotic and finite, is ≥ 0 and ≤ PLOB', () => {
    const base = presetParams('ideal-classroom');
    fc.assert(
      fc.property(
        fc.record({
          source: fc.constantFrom('qd' as const, 'wcp' as const),
          meanPhotonNumber: fc.double({ min: 1e-4, max: 1, noNaN: true }),
          g2Zero: fc.double({ min: 0, max: 1, noNaN: true }),
          fiberLossDbPerKm: fc.double({ min: 0.1, max: 1, noNaN: true }),
          detectorEfficiency: fc.double({ min: 0.01, max: 1, noNaN: true }),
          receiverLossDb: fc.double({ min: 0, max: 10, noNaN: true }),
          darkCountRateHz: fc.double({ min: 0, max: 1e5, noNaN: true }),
          intrinsicErrorZ: fc.double({ min: 0, max: 0.2, noNaN: true }),
          interferometerVisibility: fc.double({ min: 0.6, max: 1, noNaN: true }),
          basisBiasZ: fc.double({ min: 0.1, max: 0.9, noNaN: true }),
          encoding: fc.constantFrom('polarisation' as const, 'time-bin-3state' as const),
        }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.constantFrom(undefined, 1e4, 1e7),
        (v, d, blockBits) => {
          const p = { ...base, ...v };
          for (const model of KEY_RATE_MODELS) {
            const r = keyRateAt(p, d, { model, blockBits });
            expect(r.bitsPerPulse).toBeGreaterThanOrEqual(0);
            expect(r.bitsPerPulse).toBeLessThanOrEqual(r.plobBitsPerPulse);
          }
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('GYS link against the decoy-state papers', () => {
  const inf = maxDistanceKm(gys, { model: 'decoy-infinite', ecEfficiency: f })!;
  it('infinite decoy reaches the published 142 km within 1.5 km', () => {
    expect(Math.abs(inf - 142)).toBeLessThan(1.5);
  });
  it('GLLP without decoys stops between 30 and 50 km (μ optimised)', () => {
    const d = maxDistanceKm(gys, { model: 'gllp-wcp', ecEfficiency: f })!;
    expect(d).toBeGreaterThan(30);
    expect(d).toBeLessThan(50);
  });
  it('vacuum + weak decoy (ν = 0.1) reaches nearly as far as infinite decoy; with ν optimised, all the way', () => {
    const d = maxDistanceKm(gys, { model: 'decoy-vacuum-weak', ecEfficiency: f })!;
    expect(d).toBeGreaterThan(130);
    expect(d).toBeLessThanOrEqual(inf + 1e-3);
    const dOpt = maxDistanceKm(gys, { model: 'decoy-vacuum-weak', ecEfficiency: f, optimiseNu: true })!;
    expect(dOpt).toBeGreaterThanOrEqual(d);
    expect(Math.abs(dOpt - inf)).toBeLessThan(0.5);
  });
  it('decoy bounds never beat the infinite-decoy rate, and optimising μ never loses', () => {
    for (let d = 0; d <= 140; d += 10) {
      const vw = keyRateAt(gys, d, { model: 'decoy-vacuum-weak', ecEfficiency: f });
      const ie = keyRateAt(gys, d, { model: 'decoy-infinite', ecEfficiency: f });
      const fixed = keyRateAt(gys, d, { model: 'decoy-infinite', ecEfficiency: f, optimiseMu: false });
      expect(vw.bitsPerPulse).toBeLessThanOrEqual(ie.bitsPerPulse * (1 + 1e-9));
      expect(fixed.bitsPerPulse).toBeLessThanOrEqual(ie.bitsPerPulse * (1 + 1e-9));
    }
  });
  it('QBER at the signal intensity follows E_μ = (Y0/2 + e_det(1 − e^(−ημ)))/Q_μ', () => {
    const pt = keyRateAt(gys, 50, { model: 'decoy-infinite', ecEfficiency: f, optimiseMu: false });
    const eta = channelTransmittance(gys, 50),
      y0 = vacuumYield(gys);
    const s = 1 - Math.exp(-eta * gys.meanPhotonNumber);
    expect(pt.qber).toBeCloseTo((y0 / 2 + 0.033 * s) / (y0 + s), 12);
    expect(y0).toBeCloseTo(1.7e-6, 9);
  });
});

describe('decoy-finite (Lim et al. 2014, one block of expected counts)', () => {
  const decoy = { ...gys, decoy: 'vacuum-weak' as const };
  it(
    'more key per pulse for larger blocks, and a maximum distance that grows with the ' +
      'block (10⁶ bits: short of infinite decoy)',
    () => {
      let prev = -1;
      for (const blockBits of [1e4, 1e5, 1e6, 1e8, 1e10]) {
        const r = keyRateAt(decoy, 50, { model: 'decoy-finite', blockBits, ecEfficiency: f }).bitsPerPulse;
        expect(r).toBeGreaterThan(prev);
        prev = r;
      }
      const inf = maxDistanceKm(gys, { model: 'decoy-infinite', ecEfficiency: f })!;
      const d4 = maxDistanceKm(decoy, { model: 'decoy-finite', blockBits: 1e4, ecEfficiency: f })!;
      const d6 = maxDistanceKm(decoy, { model: 'decoy-finite', blockBits: 1e6, ecEfficiency: f })!;
      expect(d4).toBeGreaterThan(50);
      expect(d6).toBeGreaterThan(d4);
      expect(d6).toBeLessThan(inf);
    },
  );
  it("the link's own settings never beat the optimised ones, and bad settings give 0, not NaN", () => {
    for (const d of [0, 40, 80]) {
      const own = keyRateAt(decoy, d, { model: 'decoy-finite', blockBits: 1e8, ecEfficiency: f, optimiseMu: false });
      const opt = keyRateAt(decoy, d, { model: 'decoy-finite', blockBits: 1e8, ecEfficiency: f });
      expect(own.bitsPerPulse).toBeGreaterThan(0);
      expect(own.mu).toBe(decoy.meanPhotonNumber);
      expect(opt.bitsPerPulse).toBeGreaterThanOrEqual(own.bitsPerPulse);
    }
    const none = keyRateAt({ ...decoy, signalProbability: 0.9, decoyProbability: 0.1 }, 10, {
      model: 'decoy-finite',
      optimiseMu: false,
    });
    expect(none.bitsPerPulse).toBe(0);
    expect(none.qber).toBeGreaterThan(0);
  });
});

describe('limiting cases', () => {
  it('the quantum-dot curve tends to the ideal single-photon curve as g2 → 0', () => {
    const base = presetParams('ideal-classroom');
    const ideal = (d: number) => {
      // A perfect single-photon source: p1 = μ, no multi-photon pulses, so Δ = 0.
      const mu = base.meanPhotonNumber,
        eta = channelTransmittance(base, d),
        y0 = vacuumYield(base);
      const q = (1 - mu) * y0 + mu * (1 - (1 - y0) * (1 - eta));
      const err = (e: number) => (y0 / 2 + e * (q - y0)) / q;
      const eZ = err(base.intrinsicErrorZ),
        eX = err((1 - base.interferometerVisibility) / 2);
      return (
        0.25 * q * (1 - binaryEntropy(eX) - 1.16 * binaryEntropy(eZ)) +
        0.25 * q * (1 - binaryEntropy(eZ) - 1.16 * binaryEntropy(eX))
      );
    };
    let prev = Infinity;
    for (const g2 of [0.3, 0.1, 0.01, 1e-3, 1e-5, 1e-7]) {
      const p = { ...base, g2Zero: g2 };
      let worst = 0;
      for (const d of [0, 20, 50, 100, 150]) {
        const r = keyRateAt(p, d, { model: 'gllp-sps' }).bitsPerPulse,
          r0 = Math.max(0, ideal(d));
        expect(r).toBeLessThanOrEqual(r0 * (1 + 1e-12));
        if (r0 > 0) worst = Math.max(worst, (r0 - r) / r0);
      }
      expect(worst).toBeLessThanOrEqual(prev);
      prev = worst;
    }
    expect(prev).toBeLessThan(1e-3);
  });

  it('finite-key curves lie below the asymptotic one and approach it as the block grows', () => {
    for (const id of ['ideal-classroom', 'qd-timebin-120km', 'gys-textbook'] as const) {
      const p = presetParams(id);
      const opts = { ecEfficiency: id === 'gys-textbook' ? f : 1.16 };
      const dist = id === 'ideal-classroom' ? [0, 50, 100] : id === 'gys-textbook' ? [0, 20] : [0, 60, 110];
      for (const d of dist) {
        const asym = keyRateAt(p, d, opts).bitsPerPulse;
        let prev = -1;
        for (const blockBits of [1e4, 1e5, 1e6, 1e8, 1e10, 1e12]) {
          const fin = keyRateAt(p, d, { ...opts, blockBits }).bitsPerPulse;
          expect(fin).toBeLessThanOrEqual(asym * (1 + 1e-9));
          expect(fin).toBeGreaterThanOrEqual(prev);
          prev = fin;
        }
        expect(prev / asym).toBeGreaterThan(0.97);
      }
    }
  });

  it("the pipeline's finite key stays below the asymptotic rate and follows the link's own model", () => {
    for (const id of PRESET_IDS) {
      const p = presetParams(id);
      for (const d of [0, 30, 60, 90, 120]) {
        const r = keyRateAt(p, d, { finiteKey: 'pipeline', blockBits: 1e5 });
        expect(r.bitsPerPulse).toBeLessThanOrEqual(keyRateAt(p, d, { optimiseMu: false }).bitsPerPulse);
        expect(r.bitsPerPulse).toBeLessThanOrEqual(r.plobBitsPerPulse);
      }
    }
    expect(() =>
      keyRateAt(presetParams('ideal-classroom'), 10, { finiteKey: 'pipeline', model: 'decoy-infinite' }),
    ).toThrow(/source and decoy/);
  });

  it('the calibrated 120 km link has a key at 120 km and stops before 150 km', () => {
    const p = presetParams('qd-timebin-120km');
    expect(keyRateAt(p, 120).bitsPerPulse).toBeGreaterThan(0);
    const d = maxDistanceKm(p)!;
    expect(d).toBeGreaterThan(120);
    expect(d).toBeLessThan(150);
    expect(maxDistanceKm(p, { blockBits: 1e6 })!).toBeLessThan(d);
  });
});
