// Upper bound on the key bits that came from multi-photon pulses (GLLP tagging): quantum dot p_multi ≤ g2·μ²/2,
// laser without decoys p_multi = 1 − e^−μ − μe^−μ; every multi-photon pulse is assumed detected and, when both
// chose Z, keyed. The count over the pulses sent gets a concentration term at its own share of ε_sec.
import type { LinkParams } from '../common/params';
import { multiPhotonProbability } from '../common/photonStats';

export interface MultiPhotonInput {
  params: LinkParams;
  /** Pulses sent while this block was collected (all intensity classes). */
  pulsesSent: number;
  /** Key bits of the block. */
  nKey: number;
  /** The share of ε_sec this bound may fail with. */
  epsilon: number;
}

export interface MultiPhotonBound {
  nMulti: number;
  pMulti: number;
  /** Probability per pulse of a multi-photon pulse that lands in the key in the worst case (p_multi·p_Z²). */
  pKeyPerPulse: number;
  method: 'qd-g2' | 'wcp-poisson';
}

/**
 * Upper deviation of a Binomial(N, p) count at confidence 1 − ε: the smaller of Hoeffding's
 * sqrt(N/2·ln(1/ε)) and Bernstein's term (tight for rare events), each at ε/2 (union bound).
 */
export function countDeviation(pulses: number, p: number, epsilon: number): number {
  const a = Math.log(2 / epsilon);
  const hoeffding = Math.sqrt((pulses / 2) * a);
  const mean = pulses * p;
  const bernstein = a / 3 + Math.sqrt((a / 3) ** 2 + 2 * mean * (1 - p) * a);
  return Math.min(hoeffding, bernstein);
}

export function multiPhotonBound(x: MultiPhotonInput): MultiPhotonBound {
  const pr = x.params;
  const pMulti = multiPhotonProbability(pr.source, pr.meanPhotonNumber, pr.g2Zero);
  const p = pMulti * pr.basisBiasZ * pr.basisBiasZ;
  // p = 0 (ideal single-photon source) is exact: no multi-photon pulse exists to be counted.
  const nMulti = p > 0 ? Math.min(x.nKey, Math.ceil(x.pulsesSent * p + countDeviation(x.pulsesSent, p, x.epsilon))) : 0;
  return { nMulti, pMulti, pKeyPerPulse: p, method: pr.source === 'qd' ? 'qd-g2' : 'wcp-poisson' };
}
