// How much classical power can share this fiber before the key dies (lesson 4's question): the largest launch power
// of the classical channel that still leaves a positive key rate at a distance, for any key-rate model.
import { PARAM_BY_ID, type LinkParams, type NumberParamSpec } from '../common/params';
import { keyRateAt, type KeyRateOptions } from './keyRateCurve';

/** The registry's range of the launch power: the search never leaves what the app and the CLIs accept. */
const RANGE = PARAM_BY_ID.classicalLaunchPowerDbm as NumberParamSpec;

export interface ClassicalLimit {
  /**
   * Largest launch power (dBm, to 0.01 dB) with a positive key; null when there is no key even at the registry's
   * lowest power.
   */
  maxLaunchPowerDbm: number | null;
  /** True when even the registry's highest power leaves key (the limit lies beyond what can be set). */
  isBeyondRange: boolean;
}

/**
 * Bisection in dBm between the registry's bounds. The key rate falls monotonically with the launch power (more noise
 * per window, never less), so the positive-rate set is an interval [min, limit).
 */
export function maxClassicalLaunchPower(p: LinkParams, distanceKm: number, o: KeyRateOptions = {}): ClassicalLimit {
  if (p.classicalChannel === 'off')
    throw new RangeError(
      'classicalChannel is off: choose co-propagating or counter-propagating to ask how much classical power fits',
    );
  const hasKey = (dbm: number) => keyRateAt({ ...p, classicalLaunchPowerDbm: dbm }, distanceKm, o).bitsPerPulse > 0;
  let lo = RANGE.min,
    hi = RANGE.max;
  if (!hasKey(lo)) return { maxLaunchPowerDbm: null, isBeyondRange: false };
  if (hasKey(hi)) return { maxLaunchPowerDbm: hi, isBeyondRange: true };
  while (hi - lo > 0.005) {
    const mid = (lo + hi) / 2;
    if (hasKey(mid)) lo = mid;
    else hi = mid;
  }
  // Rounded down: every power below the limit keeps key, so the printed value does too.
  return { maxLaunchPowerDbm: Math.floor(lo * 100) / 100, isBeyondRange: false };
}
