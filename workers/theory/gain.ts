// Expected gain (detections per pulse) and QBER of each basis (Ma, Qi, Zhao & Lo, PRA 72, 012326 (2005)): n-photon
// yields
// Y_n = 1 − (1 − Y0)(1 − η)^n, errors Y0/2 + e_det·(Y_n − Y0). Quantum dot: p1, p2 truncated at two
// photons; laser: the closed Poisson forms Q_μ = Y0 + 1 − e^(−ημ), E_μQ_μ = Y0/2 + e_det(1 − e^(−ημ)).
import type { LinkParams } from '../common/params';
import { channelTransmittance, qdPhotonNumbers } from '../common/photonStats';
import { intrinsicErrors, vacuumYield } from './channel';

export interface GainAndQber {
  /** Q: probability per pulse that Bob registers a detection. */
  gain: number;
  /** E_Z, E_X: expected error rates of sifted bits in each basis. */
  qberZ: number;
  qberX: number;
}

/** Y_n for an n-photon pulse. */
export function nPhotonYield(y0: number, eta: number, n: number): number {
  // In logs, so a yield of 1e-20 at 300 km does not round to 0 (1 − η would round to 1).
  return -Math.expm1(n * Math.log1p(-eta) + Math.log1p(-y0));
}

/** Error rate (y0/2 + e·signal)/gain; 1/2 when nothing is ever detected (no information either way). */
function errorRate(y0: number, e: number, signal: number, gain: number): number {
  return gain > 0 ? (y0 / 2 + e * signal) / gain : 0.5;
}

/**
 * X-basis error rate of the test bits. Three-state time-bin: only the central slot of Bob's interferometer counts,
 * which holds half of the signal but every dark click (the side peaks; docs/implementation-notes.md, distillation
 * section 2b).
 */
function errorRateX(p: LinkParams, y0: number, e: number, signal: number, gain: number): number {
  return p.encoding === 'time-bin-3state'
    ? errorRate(y0, e, signal / 2, y0 + signal / 2)
    : errorRate(y0, e, signal, gain);
}

/** Gain and QBER of a quantum-dot source with mean photon number μ (sent by Alice) over distanceKm. */
export function qdGainAndQber(p: LinkParams, distanceKm: number, mu: number): GainAndQber {
  const eta = channelTransmittance(p, distanceKm);
  const y0 = vacuumYield(p, distanceKm);
  const { p0, p1, p2 } = qdPhotonNumbers(mu, p.g2Zero);
  const gain = p0 * y0 + p1 * nPhotonYield(y0, eta, 1) + p2 * nPhotonYield(y0, eta, 2);
  // Σ p_n [Y0/2 + e(Y_n − Y0)] = Y0/2 + e(Q − Y0) because Σ p_n = 1.
  const e = intrinsicErrors(p);
  const signal = gain - y0;
  return { gain, qberZ: errorRate(y0, e.z, signal, gain), qberX: errorRateX(p, y0, e.x, signal, gain) };
}

/** Gain and QBER of weak coherent (Poisson) pulses of intensity μ over distanceKm. */
export function wcpGainAndQber(p: LinkParams, distanceKm: number, mu: number): GainAndQber {
  const eta = channelTransmittance(p, distanceKm);
  const y0 = vacuumYield(p, distanceKm);
  const signal = -Math.expm1(-eta * mu);
  const gain = y0 + signal;
  const e = intrinsicErrors(p);
  return { gain, qberZ: errorRate(y0, e.z, signal, gain), qberX: errorRateX(p, y0, e.x, signal, gain) };
}

/** True single-photon yield Y1 and its error in each basis (the infinite-decoy limit). */
export function singlePhotonYield(p: LinkParams, distanceKm: number): { y1: number; e1Z: number; e1X: number } {
  const eta = channelTransmittance(p, distanceKm);
  const y0 = vacuumYield(p, distanceKm);
  const y1 = nPhotonYield(y0, eta, 1);
  const e = intrinsicErrors(p);
  return { y1, e1Z: errorRate(y0, e.z, y1 - y0, y1), e1X: errorRateX(p, y0, e.x, y1 - y0, y1) };
}
