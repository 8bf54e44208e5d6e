// Bounds on the key bits that came from multi-photon pulses (GLLP tagging, physics.md §5): quantum dot
// p_multi ≤ g2·μ²/2, laser p_multi = 1 − e^−μ − μe^−μ, every multi-photon pulse assumed detected; with
// decoys, the MQZL vacuum + weak-decoy bounds on the single-photon gain and error from measured classes.
import type { LinkParams } from '../common/params';
import { vacuumWeakDecoyBounds } from '../theory/decoyBounds';

export interface MultiPhotonInput {
  params: LinkParams;
  /** Pulses sent in this block per intensity class (signal, decoy, vacuum). */
  pulses: ArrayLike<number>;
  /** Clicks (any basis) per intensity class in this block. */
  clicks: ArrayLike<number>;
  /** Sifted X-basis bits and their errors of the decoy class (for the single-photon phase error). */
  decoyX: { bits: number; errors: number };
  /** Key bits of the block (Z basis, signal class). */
  nKey: number;
  epsilon: number;
}

export interface MultiPhotonBound {
  nMulti: number;
  pMulti: number;
  /** Single-photon phase-error bound from decoys (null: use the observed X error with GLLP). */
  singlePhotonError: number | null;
  method: 'qd-g2' | 'wcp-poisson' | 'wcp-decoy';
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
  const { params: pr } = x;
  const mu = pr.meanPhotonNumber;
  const pZZ = pr.basisBiasZ * pr.basisBiasZ;
  if (pr.source === 'wcp' && pr.decoy === 'vacuum-weak') {
    const [ps, pd, pv] = [x.pulses[0], x.pulses[1], x.pulses[2]];
    const gainMu = ps > 0 ? x.clicks[0] / ps : 0;
    const gainNu = pd > 0 ? x.clicks[1] / pd : 0;
    const y0 = pv > 0 ? x.clicks[2] / pv : 0;
    const errorNu = x.decoyX.bits > 0 ? x.decoyX.errors / x.decoyX.bits : 0.5;
    const nu = pr.decoyMeanPhotonNumber;
    if (gainMu > 0 && nu > 0 && nu < mu) {
      const b = vacuumWeakDecoyBounds({ mu, nu, gainMu, gainNu, y0, errorNu });
      const single = Math.min(1, b.q1Lower / gainMu);
      return { nMulti: Math.ceil(x.nKey * (1 - single)), pMulti: 1 - Math.exp(-mu) - mu * Math.exp(-mu), singlePhotonError: b.e1Upper, method: 'wcp-decoy' };
    }
    return { nMulti: x.nKey, pMulti: 1, singlePhotonError: 0.5, method: 'wcp-decoy' };
  }
  const pMulti = pr.source === 'qd' ? (pr.g2Zero * mu * mu) / 2 : 1 - Math.exp(-mu) - mu * Math.exp(-mu);
  const n = x.pulses[0] + x.pulses[1] + x.pulses[2];
  // Worst case: every multi-photon pulse is detected; it joins the key when both chose Z.
  const p = pMulti * pZZ;
  // p = 0 (ideal single-photon source) is exact: no multi-photon pulse exists to be counted.
  const nMulti = p > 0 ? Math.min(x.nKey, Math.ceil(n * p + countDeviation(n, p, x.epsilon))) : 0;
  return { nMulti, pMulti, singlePhotonError: null, method: pr.source === 'qd' ? 'qd-g2' : 'wcp-poisson' };
}
