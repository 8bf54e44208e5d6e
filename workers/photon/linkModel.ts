// The derived numbers of one link (docs/model.md, the link pulse by pulse): photon-number distributions per intensity
// class,
// transmissions of the fiber segments and of Bob's receiver, dark-click probability, dead time in pulses.
// Pure arithmetic on LinkParams; the table builder, the expectation and the reference loop all start here.
import { BASIS_X, BASIS_Z } from '../common/detections';
import { assertNever } from '../common/exhaustive';
import type { LinkParams } from '../common/params';
import {
  fiberTransmittance,
  poissonProbabilities,
  qdPhotonNumbers,
  receiverTransmittance,
} from '../common/photonStats';
import { noiseClickProbability } from './raman';

/** Poisson tail mass left out by the photon-number cutoff (lumped into the last photon number). */
export const POISSON_TAIL = 1e-15;
/** Hard cap on the photon number (the record stores it in a byte). */
export const MAX_PHOTON_NUMBER = 255;

export interface LinkModel {
  /** Probability of intensity class signal, decoy, vacuum per pulse. */
  classProbability: [number, number, number];
  /** Mean photon number of each class (signal μ, decoy ν, vacuum 0). */
  classMeanPhotons: [number, number, number];
  /** p_n for n = 0..cutoff per class; the tail beyond the cutoff is added to the last entry. */
  photonNumberProbs: [Float64Array, Float64Array, Float64Array];
  /** η_fiber = 10^(−αL/10) over the whole fiber. */
  fiberTransmission: number;
  /** Alice → Eve and Eve → Bob transmissions for the attacks that tap the fiber at evePositionKm (eveTapKm). */
  fiberTransmissionToEve: number;
  fiberTransmissionFromEve: number;
  /** Receiver insertion loss × detector efficiency: P(a photon at Bob's input is detected). */
  receiverEfficiency: number;
  /** η = η_fiber · η_receiver. */
  totalEfficiency: number;
  /** p_dark = darkCountRateHz · detectionWindowS per detector per pulse. */
  darkClickProbability: number;
  /** Pulses a detector is blind after a click: ceil(deadTimeS · repetitionRateHz). */
  deadPulses: number;
  /** Intrinsic error per detected photon measured in its own basis, indexed by basis (Z, X). */
  intrinsicError: [number, number];
}

/** Poisson(μ) probabilities up to the smallest cutoff whose tail is below POISSON_TAIL. */
export function poissonProbs(meanPhotons: number): Float64Array {
  return poissonProbabilities(meanPhotons, POISSON_TAIL, MAX_PHOTON_NUMBER);
}

/** Quantum dot truncated at two photons: p2 = g2·μ²/2, p1 = μ − 2·p2, p0 = 1 − p1 − p2. */
export function quantumDotProbs(meanPhotons: number, g2Zero: number): Float64Array {
  const { p0, p1, p2 } = qdPhotonNumbers(meanPhotons, g2Zero);
  return Float64Array.of(p0, p1, p2);
}

export function classProbabilities(p: LinkParams): [number, number, number] {
  if (p.source !== 'wcp' || p.decoy !== 'vacuum-weak') return [1, 0, 0];
  const vacuum = Math.max(0, 1 - p.signalProbability - p.decoyProbability);
  return [p.signalProbability, p.decoyProbability, vacuum];
}

export function buildLinkModel(p: LinkParams): LinkModel {
  const classProbability = classProbabilities(p);
  const hasDecoy = classProbability[1] > 0 || classProbability[2] > 0;
  const classMeanPhotons: [number, number, number] = [p.meanPhotonNumber, hasDecoy ? p.decoyMeanPhotonNumber : 0, 0];
  const photonNumberProbs: [Float64Array, Float64Array, Float64Array] =
    p.source === 'qd'
      ? [quantumDotProbs(p.meanPhotonNumber, p.g2Zero), Float64Array.of(1), Float64Array.of(1)]
      : [poissonProbs(classMeanPhotons[0]), poissonProbs(classMeanPhotons[1]), Float64Array.of(1)];
  const evePositionKm = eveTapKm(p);
  const fiberTransmission = fiberTransmittance(p, p.fiberLengthKm);
  const receiverEfficiency = receiverTransmittance(p);
  return {
    classProbability,
    classMeanPhotons,
    photonNumberProbs,
    fiberTransmission,
    fiberTransmissionToEve: fiberTransmittance(p, evePositionKm),
    fiberTransmissionFromEve: fiberTransmittance(p, p.fiberLengthKm - evePositionKm),
    receiverEfficiency,
    totalEfficiency: fiberTransmission * receiverEfficiency,
    // Dark counts, plus Raman and leaked photons when classical data shares the fiber (raman.ts).
    darkClickProbability: noiseClickProbability(p),
    deadPulses: p.deadTimeS > 0 ? Math.ceil(p.deadTimeS * p.repetitionRateHz - 1e-9) : 0,
    intrinsicError: [p.intrinsicErrorZ, (1 - p.interferometerVisibility) / 2],
  };
}

/**
 * Where Eve acts on the fiber, in km from Alice: her tap at evePositionKm for the attacks that intercept photons on
 * their way (intercept-resend, cloning); 0 for PNS and beam splitting, which the model places at Alice's output.
 */
export function eveTapKm(p: LinkParams): number {
  switch (p.eve) {
    case 'intercept-resend':
    case 'phase-covariant-cloning':
      return Math.min(p.evePositionKm, p.fiberLengthKm);
    case 'none':
    case 'pns':
    case 'beam-splitting':
      return 0;
    default:
      return assertNever(p.eve, 'attack');
  }
}

/**
 * Three-state time-bin: a photon measured in X by Bob's unbalanced interferometer leaves it in the central time slot
 * (where the two paths overlap and interfere) with probability 1/2, else in one of the two side slots.
 */
export const SIDE_PEAK_PROBABILITY = 0.5;

/** Probability that Alice uses basis Z / X (both BB84 variants and the three-state protocol). */
export function aliceBasisProbability(p: LinkParams, basis: number): number {
  return basis === BASIS_Z ? p.basisBiasZ : 1 - p.basisBiasZ;
}

/** Probability that Alice sends `bit` given her basis: the three-state protocol has only '+' in X. */
export function aliceBitProbability(p: LinkParams, basis: number, bit: number): number {
  if (p.encoding === 'time-bin-3state' && basis === BASIS_X) return bit === 0 ? 1 : 0;
  return 0.5;
}

/** Probability that Eve measures in `basis` (intercept-resend). */
export function eveBasisProbability(p: LinkParams, basis: number): number {
  if (p.eveBasisChoice === 'fixed-z') return basis === BASIS_Z ? 1 : 0;
  if (p.eveBasisChoice === 'fixed-x') return basis === BASIS_X ? 1 : 0;
  return 0.5;
}
