// Tests of the drift model: the random walks have variance σ²·t whatever the step length, the Gaussian
// source is standard normal, and the same seed gives the same path.
import { describe, expect, it } from 'vitest';
import { Rng } from '../common/rng';
import { DriftModel, GaussianSource, type DriftSettings } from './drift';

const settings: DriftSettings = {
  phaseDriftRadPerSqrtHour: 0.5,
  driftPeriodicAmplitudeRad: 0,
  driftPeriodS: 3600,
  brightnessWanderPerSqrtHour: 0.1,
  efficiencyWanderPerSqrtHour: 0.02,
};

/** Sample variance of the walk after `steps` steps of `dtS` over `paths` independent seeds. */
function walkVariance(paths: number, steps: number, dtS: number, pick: (d: DriftModel) => number): number {
  let s = 0,
    s2 = 0;
  for (let seed = 1; seed <= paths; seed++) {
    const d = new DriftModel(settings, seed);
    for (let i = 0; i < steps; i++) d.advance(dtS);
    const x = pick(d);
    s += x;
    s2 += x * x;
  }
  const mean = s / paths;
  return (s2 - paths * mean * mean) / (paths - 1);
}

describe('DriftModel', () => {
  it('walks with variance σ²·t (t in hours), independent of the step length', () => {
    // 2 h: expected var 0.5² · 2 = 0.5; the sample variance of 3000 paths has relative σ √(2/2999) ≈ 2.6 %; allow 4σ.
    const tol = 4 * Math.sqrt(2 / 2999);
    const fine = walkVariance(3000, 720, 10, (d) => d.walkPhaseRad);
    const coarse = walkVariance(3000, 4, 1800, (d) => d.walkPhaseRad);
    expect(Math.abs(fine / 0.5 - 1)).toBeLessThan(tol);
    expect(Math.abs(coarse / 0.5 - 1)).toBeLessThan(tol);
    const logBrightness = walkVariance(3000, 72, 100, (d) => Math.log(d.brightnessFactor));
    expect(Math.abs(logBrightness / (0.1 ** 2 * 2) - 1)).toBeLessThan(tol);
  });

  it('adds the periodic part on top of the walk and starts aligned', () => {
    const d = new DriftModel(
      { ...settings, phaseDriftRadPerSqrtHour: 0, driftPeriodicAmplitudeRad: 0.4, driftPeriodS: 3600 },
      7,
    );
    expect(d.phaseRad).toBe(0);
    d.advance(900);
    expect(d.phaseRad).toBeCloseTo(0.4, 12);
    expect(d.brightnessFactor).not.toBe(1);
  });

  it('gives the same path for the same seed and a different one for another seed', () => {
    const path = (seed: number) => {
      const d = new DriftModel(settings, seed);
      return Array.from({ length: 50 }, () => {
        d.advance(60);
        return [d.phaseRad, d.brightnessFactor, d.efficiencyFactor];
      });
    };
    expect(path(5)).toEqual(path(5));
    expect(path(5)).not.toEqual(path(6));
  });
});

describe('GaussianSource', () => {
  it('draws mean 0, variance 1 (4σ on 2·10^5 draws)', () => {
    const g = new GaussianSource(Rng.fromSeed(11));
    const n = 200_000;
    let s = 0,
      s2 = 0,
      s4 = 0;
    for (let i = 0; i < n; i++) {
      const x = g.next();
      s += x;
      s2 += x * x;
      s4 += x ** 4;
    }
    expect(Math.abs(s / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(s4 / n - 3)).toBeLessThan(4 * Math.sqrt(96 / n)); // fourth moment of a normal: 3 (variance 96)
  });
});
