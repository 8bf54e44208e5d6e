// The largest classical launch power that leaves key: it is the edge of the positive-rate interval (key 0.01 dB
// below, none above), falls with distance, is refused without a classical channel and is null where there is no key.
import { describe, expect, it } from 'vitest';
import { defaultParams, type LinkParams } from '../common/params';
import { maxClassicalLaunchPower } from './classicalLimit';
import { keyRateAt } from './keyRateCurve';

const lesson: LinkParams = {
  ...defaultParams(),
  eve: 'none',
  fiberLengthKm: 25,
  darkCountRateHz: 10,
  classicalChannel: 'co-propagating',
};

describe('maximum classical launch power for a positive key', () => {
  it('lesson 4 (25 km, same direction): about −36.7 dBm, key just below it and none just above', () => {
    const { maxLaunchPowerDbm, isBeyondRange } = maxClassicalLaunchPower(lesson, 25);
    expect(isBeyondRange).toBe(false);
    expect(maxLaunchPowerDbm).toBeCloseTo(-36.67, 1);
    const rate = (dbm: number) => keyRateAt({ ...lesson, classicalLaunchPowerDbm: dbm }, 25).bitsPerPulse;
    expect(rate(maxLaunchPowerDbm as number)).toBeGreaterThan(0);
    expect(rate((maxLaunchPowerDbm as number) + 0.02)).toBe(0);
  });

  it('falls with distance, and faster for data in the opposite direction (its noise does not fade with L)', () => {
    const at = (km: number, dir: LinkParams['classicalChannel']) =>
      maxClassicalLaunchPower({ ...lesson, classicalChannel: dir }, km).maxLaunchPowerDbm as number;
    expect(at(60, 'co-propagating')).toBeLessThan(at(25, 'co-propagating'));
    expect(at(120, 'co-propagating')).toBeLessThan(at(60, 'co-propagating'));
    expect(at(120, 'counter-propagating')).toBeLessThan(at(120, 'co-propagating') - 10);
  });

  it('null where there is no key even without data; the registry maximum when every power keys', () => {
    expect(maxClassicalLaunchPower(lesson, 400)).toEqual({ maxLaunchPowerDbm: null, isBeyondRange: false });
    const quiet = { ...lesson, ramanCoefficientPerKmNm: 1e-12, filterIsolationDb: 200, filterBandwidthNm: 0.001 };
    expect(maxClassicalLaunchPower(quiet, 1)).toEqual({ maxLaunchPowerDbm: 20, isBeyondRange: true });
  });

  it('asks for a classical channel with a clear message', () => {
    expect(() => maxClassicalLaunchPower({ ...lesson, classicalChannel: 'off' }, 25)).toThrow(
      /classicalChannel is off/,
    );
  });
});
