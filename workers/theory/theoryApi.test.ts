// The worker API gives the same points as the CLI's core call and refuses invalid input from the main thread.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../common/presets';
import { keyRateCurve } from './keyRateCurve';
import { curve, maxDistance, sweep } from './theoryApi';

describe('theory worker API', () => {
  const p = presetParams('gys-textbook');
  const opts = { model: 'decoy-vacuum-weak' as const, fromKm: 0, toKm: 150, stepKm: 10, ecEfficiency: 1.22 };
  it('returns the keyrate points and the maximum distance', () => {
    expect(curve(p, opts)).toEqual(keyRateCurve(p, opts));
    expect(maxDistance(p, { model: 'decoy-infinite', ecEfficiency: 1.22 })!).toBeCloseTo(142.2, 0);
    expect(maxDistance(p, { model: 'plob' })).toBeNull();
  });
  it('re-validates params and options', () => {
    expect(() => curve({ ...p, fiberLossDbPerKm: -1 }, opts)).toThrow(/fiberLossDbPerKm/);
    expect(() => curve(p, { ...opts, stepKm: 0 })).toThrow(/stepKm/);
    expect(() => curve(p, { ...opts, model: 'magic' as never })).toThrow(/model/);
    expect(() => maxDistance(p, { blockBits: 1.5 })).toThrow(/blockBits/);
    expect(() => sweep(p, { distancesKm: [-5], seed: 1 })).toThrow(/distancesKm/);
    expect(() => sweep(p, { distancesKm: [10], seed: 0.5 })).toThrow(/seed/);
  });
});
