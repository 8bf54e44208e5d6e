// Raman noise from classical data in the fiber: the closed forms for fixed inputs, their limits (forward and
// backward equal as L → 0, backward saturating at P·ρ·Δλ/(2α), forward peaking at L = 1/α), off leaves the link
// exactly as it was, and a launch power going to −∞ gives back today's key rate.
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { pipelineKeyRate } from '../theory/pipelineRate';
import { vacuumYield } from '../theory/channel';
import { attenuationPerKm as perKm } from '../common/photonStats';
import { buildLinkModel } from './linkModel';
import { backwardRamanW, dbmToWatts, forwardRamanW, noiseClickProbability, photonEnergyJ, ramanNoise } from './raman';

const base = defaultParams();
const on = (over: Partial<LinkParams> = {}): LinkParams => ({ ...base, classicalChannel: 'co-propagating', ...over });

describe('Raman closed forms', () => {
  const P = 1e-3,
    rho = 3e-9,
    dl = 0.8,
    a = perKm(0.2);

  it('match the formulas for fixed inputs (0 dBm, 25 km, 0.2 dB/km, ρ = 3e-9 /(km·nm), 0.8 nm)', () => {
    // P ρ Δλ L e^(−αL) and P ρ Δλ (1 − e^(−2αL))/(2α), written out by hand.
    const alpha = Math.LN10 / 50; // 0.2 dB/km in 1/km
    expect(forwardRamanW(P, rho, dl, 25, a, a) / (1e-3 * 3e-9 * 0.8 * 25 * Math.exp(-alpha * 25))).toBeCloseTo(1, 12);
    expect(
      backwardRamanW(P, rho, dl, 25, a, a) / ((1e-3 * 3e-9 * 0.8 * (1 - Math.exp(-2 * alpha * 25))) / (2 * alpha)),
    ).toBeCloseTo(1, 12);
    // Photons per 1 ns window at 1550 nm for the forward power: P_f · 1e-9 s / (h c / λ).
    const n = ramanNoise(
      on({
        fiberLengthKm: 25,
        classicalLossDbPerKm: 0.2,
        fiberLossDbPerKm: 0.2,
        ramanCoefficientPerKmNm: rho,
        filterBandwidthNm: dl,
        detectionWindowS: 1e-9,
        filterIsolationDb: 200,
      }),
    );
    expect(n.ramanPhotonsPerWindow).toBeCloseTo((forwardRamanW(P, rho, dl, 25, a, a) * 1e-9) / photonEnergyJ(1550), 12);
    expect(n.ramanPhotonsPerWindow).toBeCloseTo(0.148, 3); // 1.897e-11 W × 1 ns / 1.2816e-19 J
    // What the 200 dB filter lets through: P e^(−αc L) 10^(−20) per window, in photons at 1530 nm.
    expect(n.leakPhotonsPerWindow / ((1e-3 * Math.exp(-alpha * 25) * 1e-20 * 1e-9) / photonEnergyJ(1530))).toBeCloseTo(
      1,
      12,
    );
  });

  it('forward and backward are equal as L → 0 (both P·ρ·Δλ·L)', () => {
    for (const L of [1e-3, 1e-5]) {
      const f = forwardRamanW(P, rho, dl, L, a, perKm(0.35)),
        b = backwardRamanW(P, rho, dl, L, a, perKm(0.35));
      expect(f / (P * rho * dl * L)).toBeCloseTo(1, 2);
      expect(b / f).toBeCloseTo(1, 2);
    }
  });

  it('backward saturates at P·ρ·Δλ/(2α)', () => {
    const limit = (P * rho * dl) / (2 * a);
    expect(backwardRamanW(P, rho, dl, 400, a, a) / limit).toBeCloseTo(1, 6);
    expect(backwardRamanW(P, rho, dl, 50, a, a)).toBeLessThan(limit);
  });

  it('forward peaks at L = 1/α for equal attenuation', () => {
    const peak = 1 / a;
    const f = (L: number) => forwardRamanW(P, rho, dl, L, a, a);
    expect(f(peak)).toBeGreaterThan(f(peak * 0.97));
    expect(f(peak)).toBeGreaterThan(f(peak * 1.03));
    expect(f(peak)).toBeCloseTo((P * rho * dl) / (a * Math.E), 18);
  });

  it('unequal attenuation: the general forward form tends to the equal one', () => {
    expect(forwardRamanW(P, rho, dl, 30, a * (1 + 1e-9), a) / forwardRamanW(P, rho, dl, 30, a, a)).toBeCloseTo(1, 8);
    expect(dbmToWatts(0)).toBe(1e-3);
  });
});

describe('Raman noise in the link', () => {
  it('off by default: the link model and the theory are exactly as without it', () => {
    expect(base.classicalChannel).toBe('off');
    expect(noiseClickProbability(base)).toBe(base.darkCountRateHz * base.detectionWindowS);
    expect(buildLinkModel(base).darkClickProbability).toBe(base.darkCountRateHz * base.detectionWindowS);
  });

  it('launch power → −∞ gives back today’s key rate; more power, less key', () => {
    const today = pipelineKeyRate(base, 60, 1.16).bitsPerPulse;
    expect(today).toBeGreaterThan(0);
    // Down a ladder of launch powers the rate climbs back to today's (−100 dBm is the registry's floor; −150 beyond
    // it).
    const at = (dbm: number) => pipelineKeyRate(on({ classicalLaunchPowerDbm: dbm }), 60, 1.16).bitsPerPulse;
    expect(at(-40)).toBeLessThan(at(-70));
    expect(at(-100) / today).toBeCloseTo(1, 4);
    expect(at(-150) / today).toBeCloseTo(1, 9);
    const loud = pipelineKeyRate(on({ classicalLaunchPowerDbm: 0 }), 60, 1.16).bitsPerPulse;
    expect(loud).toBeLessThan(today);
    expect(vacuumYield(on({ classicalLaunchPowerDbm: 0 }), 60)).toBeGreaterThan(vacuumYield(base, 60));
  });

  it('counter-propagating noise at Bob grows with length but saturates; leakage follows the isolation', () => {
    const back = (L: number) => ramanNoise(on({ classicalChannel: 'counter-propagating' }), L).ramanPhotonsPerWindow;
    expect(back(50)).toBeGreaterThan(back(10));
    expect(back(400) / back(200)).toBeCloseTo(1, 3);
    const leak = (iso: number) => ramanNoise(on({ filterIsolationDb: iso }), 10).leakPhotonsPerWindow;
    expect(leak(60) / leak(70)).toBeCloseTo(10, 9);
  });
});
