// Spontaneous Raman scattering from a classical channel in the same fiber, as noise in the quantum channel:
// forward (co-propagating) and backward (counter-propagating) Raman photons per detection window from launch power,
// fiber length, attenuation at both wavelengths, the Raman coefficient ρ(Δλ), the filter bandwidth and the gate,
// plus classical light leaking through the filter's finite isolation. Off (classicalChannel 'off'): exactly nothing.
import type { LinkParams, ParamId } from '../common/params';
import { attenuationPerKm, dbToTransmittance, receiverTransmittance } from '../common/photonStats';

const PLANCK = 6.62607015e-34;
const LIGHT = 299792458;
/** The quantum channel's wavelength (telecom C-band; the Raman photons that matter are the ones at it). */
export const QUANTUM_WAVELENGTH_NM = 1550;

/**
 * The registry parameters of the classical channel (reports leave them out while it is off, as before they existed).
 */
export const CLASSICAL_PARAM_IDS: readonly ParamId[] = [
  'classicalChannel',
  'classicalLaunchPowerDbm',
  'classicalWavelengthNm',
  'classicalLossDbPerKm',
  'ramanCoefficientPerKmNm',
  'filterBandwidthNm',
  'filterIsolationDb',
];

export const dbmToWatts = (dbm: number) => 10 ** ((dbm - 30) / 10);
export const photonEnergyJ = (wavelengthNm: number) => (PLANCK * LIGHT) / (wavelengthNm * 1e-9);

/**
 * Forward Raman power (W) reaching the far end: launch power P, ρ (1/(km·nm)), filter Δλ (nm), length L (km),
 * attenuation αc at the classical and αq at the quantum wavelength (1/km):
 *   P_f = P ρ Δλ (e^(−αq L) − e^(−αc L)) / (αc − αq),  and P ρ Δλ L e^(−α L) when αc = αq.
 */
export function forwardRamanW(P: number, rho: number, dl: number, L: number, ac: number, aq: number): number {
  const d = ac - aq;
  // The difference quotient loses digits as αc → αq; below this the series L e^(−αq L)(1 − dL/2) is exact to 1e-12.
  if (Math.abs(d * L) < 1e-6) return P * rho * dl * L * Math.exp(-aq * L) * (1 - (d * L) / 2);
  return (P * rho * dl * (Math.exp(-aq * L) - Math.exp(-ac * L))) / d;
}

/**
 * Backward Raman power (W) at the launch end, scattered back from light launched there:
 *   P_b = P ρ Δλ (1 − e^(−(αc + αq) L)) / (αc + αq)  → P ρ Δλ / (2α) for a long fiber of one attenuation.
 */
export function backwardRamanW(P: number, rho: number, dl: number, L: number, ac: number, aq: number): number {
  const s = ac + aq;
  if (s * L < 1e-9) return P * rho * dl * L;
  return (P * rho * dl * -Math.expm1(-s * L)) / s;
}

export interface RamanNoise {
  /** Raman photons per detection window at Bob's receiver input (before receiver loss and detector efficiency). */
  ramanPhotonsPerWindow: number;
  /** Classical photons leaking through the filter per window, same place. */
  leakPhotonsPerWindow: number;
  /** Extra click probability of each of Bob's two detectors per window (noise shared evenly between them). */
  clickProbabilityPerDetector: number;
}

/** Noise of the classical channel on a fiber of `lengthKm` (default: the link's own length). */
export function ramanNoise(p: LinkParams, lengthKm = p.fiberLengthKm): RamanNoise {
  if (p.classicalChannel === 'off')
    return { ramanPhotonsPerWindow: 0, leakPhotonsPerWindow: 0, clickProbabilityPerDetector: 0 };
  const P = dbmToWatts(p.classicalLaunchPowerDbm);
  const ac = attenuationPerKm(p.classicalLossDbPerKm),
    aq = attenuationPerKm(p.fiberLossDbPerKm);
  const raman =
    p.classicalChannel === 'co-propagating'
      ? forwardRamanW(P, p.ramanCoefficientPerKmNm, p.filterBandwidthNm, lengthKm, ac, aq)
      : backwardRamanW(P, p.ramanCoefficientPerKmNm, p.filterBandwidthNm, lengthKm, ac, aq);
  // Co-propagating light reaches Bob's filter after the whole fiber; counter-propagating light is launched beside it.
  const classicalAtFilter = p.classicalChannel === 'co-propagating' ? P * Math.exp(-ac * lengthKm) : P;
  const leak = classicalAtFilter * dbToTransmittance(p.filterIsolationDb);
  const ramanPhotonsPerWindow = (raman * p.detectionWindowS) / photonEnergyJ(QUANTUM_WAVELENGTH_NM);
  const leakPhotonsPerWindow = (leak * p.detectionWindowS) / photonEnergyJ(p.classicalWavelengthNm);
  const detected = (ramanPhotonsPerWindow + leakPhotonsPerWindow) * receiverTransmittance(p);
  // Poissonian noise light, half to each detector.
  return { ramanPhotonsPerWindow, leakPhotonsPerWindow, clickProbabilityPerDetector: -Math.expm1(-detected / 2) };
}

/** A detector's click probability without signal: its dark count or a noise photon (the two independent). */
export function noiseClickProbability(p: LinkParams, lengthKm = p.fiberLengthKm): number {
  const dark = p.darkCountRateHz * p.detectionWindowS;
  if (p.classicalChannel === 'off') return dark;
  return 1 - (1 - dark) * (1 - ramanNoise(p, lengthKm).clickProbabilityPerDetector);
}
