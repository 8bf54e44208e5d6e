// The link as the theory layer sees it: transmittance of fiber, receiver and detector, the vacuum
// yield Y0 from dark counts, the intrinsic error of each basis, and the PLOB repeaterless bound.
// All pure functions of LinkParams and the fiber length in km (docs/model.md).
import type { LinkParams } from '../common/params';
import { noiseClickProbability } from '../photon/raman';

/** η_fiber = 10^(−α·L/10) for α in dB/km and L in km. */
export function fiberTransmittance(p: LinkParams, distanceKm: number): number {
  return 10 ** (-(p.fiberLossDbPerKm * distanceKm) / 10);
}

/** η = η_fiber · 10^(−receiverLossDb/10) · detectorEfficiency: probability that one sent photon clicks. */
export function totalTransmittance(p: LinkParams, distanceKm: number): number {
  return fiberTransmittance(p, distanceKm) * 10 ** (-p.receiverLossDb / 10) * p.detectorEfficiency;
}

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

/** Largest transmittance used in the bound, so that a lossless link gives a (large) finite number, not Infinity. */
const MAX_ETA = 1 - 1e-15;

/**
 * PLOB (Pirandola–Laurenza–Ottaviani–Banchi 2017): no repeaterless protocol gives more than
 * −log2(1 − η) secret bits per pulse over a pure-loss channel of transmittance η. We apply it to the
 * whole transmittance from Alice's output to Bob's clicks, since every model here hands all of that loss to Eve.
 */
export function plobBitsPerPulse(eta: number): number {
  const e = Math.min(Math.max(eta, 0), MAX_ETA);
  return -Math.log1p(-e) / Math.LN2;
}
