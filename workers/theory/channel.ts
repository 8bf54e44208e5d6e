// The link as the theory layer sees it besides its transmittance (workers/common/photonStats.ts): the vacuum
// yield Y0 from dark counts and the intrinsic error of each basis. Pure functions of LinkParams and the fiber length.
import type { LinkParams } from '../common/params';
import { noiseClickProbability } from '../photon/raman';

/**
 * p_dark: click probability of one detector in one pulse's detection window without a signal photon: the dark count
 * (rate × window length) or, with classical data in the fiber, a Raman or leaked photon (workers/photon/raman.ts).
 */
export function darkClickProbability(p: LinkParams, distanceKm = p.fiberLengthKm): number {
  return noiseClickProbability(p, distanceKm);
}

/** Y0 = 1 − (1 − p_dark)²: probability that at least one of Bob's two detectors clicks with no photon. */
export function vacuumYield(p: LinkParams, distanceKm = p.fiberLengthKm): number {
  const pd = darkClickProbability(p, distanceKm);
  return 1 - (1 - pd) * (1 - pd);
}

/** Intrinsic (optical) error of each basis: e_Z given, e_X = (1 − V)/2 from the interferometer visibility. */
export function intrinsicErrors(p: LinkParams): { z: number; x: number } {
  return { z: p.intrinsicErrorZ, x: (1 - p.interferometerVisibility) / 2 };
}
