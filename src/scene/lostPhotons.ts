// Lost photons are not in the simulator's output (it skips pulses that give no click), so the scene draws
// them as a sampled visualisation: their number follows the measured ratio of lost to detected photons,
// each faded dot standing for a 1-2-5 number of photons, and each is lost where the physics puts it.
import type { LinkParams } from '../../workers/common/params';
import { attenuationPerKm, fiberTransmittance, receiverTransmittance } from '../../workers/common/photonStats';

/** Faded dots per wall second at most (readable, and cheap on a software renderer). */
export const MAX_LOST_DOTS_PER_S = 60;

/** The smallest 1-2-5 step (1, 2, 5, 10, 20, …) that is at least x (x ≥ 1). */
export function niceStepAtLeast(x: number): number {
  if (!(x > 1)) return 1;
  const decade = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * decade >= x * (1 - 1e-12)) return m * decade;
  return 10 * decade;
}

export interface LostDotPlan {
  /** Photons one faded dot stands for. */
  photonsPerDot: number;
  /** Faded dots to draw per wall second. */
  dotsPerS: number;
}

/**
 * With `detectedFraction` of emitted photons detected and detections shown at `detectionsPerS`, the lost
 * photons that go with them arrive at detectionsPerS × (1 − f)/f per second; group them so at most
 * MAX_LOST_DOTS_PER_S dots fly.
 */
export function planLostDots(detectedFraction: number, detectionsPerS: number): LostDotPlan {
  const f = Math.min(1, Math.max(detectedFraction, 1e-300));
  const lostPerS = detectionsPerS * ((1 - f) / f);
  if (!(lostPerS > 0)) return { photonsPerDot: 1, dotsPerS: 0 };
  const photonsPerDot = niceStepAtLeast(lostPerS / MAX_LOST_DOTS_PER_S);
  return { photonsPerDot, dotsPerS: lostPerS / photonsPerDot };
}

export type LossPlace = { where: 'fiber'; km: number } | { where: 'receiver' };

/**
 * Where one lost photon was lost, from two uniform draws: in the fiber with probability (1 − η_f)/(1 − η),
 * at a distance from the truncated exponential of the fiber's attenuation, else in Bob's optics or detector.
 */
export function sampleLossPlace(p: LinkParams, u1: number, u2: number): LossPlace {
  const etaFiber = fiberTransmittance(p, p.fiberLengthKm);
  const etaRx = receiverTransmittance(p);
  const lostInFiber = 1 - etaFiber,
    lostTotal = 1 - etaFiber * etaRx;
  if (lostTotal <= 0 || u1 * lostTotal >= lostInFiber) return { where: 'receiver' };
  const km = -Math.log1p(-u2 * lostInFiber) / attenuationPerKm(p.fiberLossDbPerKm);
  return { where: 'fiber', km: Math.min(p.fiberLengthKm, Math.max(0, km)) };
}

/** Stochastic rounding: floor(x) plus one with probability frac(x), so expected counts stay exact. */
export function roundStochastic(x: number, u: number): number {
  const n = Math.floor(x);
  return n + (u < x - n ? 1 : 0);
}
