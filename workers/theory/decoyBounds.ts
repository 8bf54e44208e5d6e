// Decoy-state bounds for weak coherent pulses (Ma, Qi, Zhao & Lo, PRA 72, 012326, 2005): from the
// gains and error rates seen at the signal (μ) and weak decoy (ν) intensities plus vacuum, bound the
// single-photon yield Y1 from below and its error e1 from above. Shared by distillation and theory.
import { poissonSinglePhotonProbability } from '../common/photonStats';

export interface DecoyObservation {
  mu: number;
  nu: number;
  /** Gain (detections per pulse) at intensity μ and ν, and the vacuum yield Y0. */
  gainMu: number;
  gainNu: number;
  y0: number;
  /** Quantum bit error rates at ν (the e1 bound uses the decoy's errors). */
  errorNu: number;
  /** Error rate of vacuum (dark) detections; 1/2 for random clicks. */
  e0?: number;
}

export interface DecoyBounds {
  y1Lower: number;
  e1Upper: number;
  /** Q1 = Y1 · μ e^(−μ): the signal gain from single-photon pulses (lower bound). */
  q1Lower: number;
}

/** Vacuum + weak decoy bounds, exactly as in MQZL 2005 eqs. (34)-(37); Y1 clipped at 0, e1 at 1/2. */
export function vacuumWeakDecoyBounds(o: DecoyObservation): DecoyBounds {
  const { mu, nu, gainMu, gainNu, y0 } = o;
  const e0 = o.e0 ?? 0.5;
  if (!(nu > 0 && mu > nu)) throw new RangeError(`decoy bounds need 0 < ν < μ (got ν = ${nu}, μ = ${mu})`);
  const y1 =
    (mu / (mu * nu - nu * nu)) *
    (gainNu * Math.exp(nu) - (gainMu * Math.exp(mu) * (nu * nu)) / (mu * mu) - ((mu * mu - nu * nu) / (mu * mu)) * y0);
  const y1Lower = Math.max(0, y1);
  const e1 = y1Lower > 0 ? (o.errorNu * gainNu * Math.exp(nu) - e0 * y0) / (y1Lower * nu) : 0.5;
  const e1Upper = Math.min(0.5, Math.max(0, e1));
  return { y1Lower, e1Upper, q1Lower: y1Lower * poissonSinglePhotonProbability(mu) };
}
