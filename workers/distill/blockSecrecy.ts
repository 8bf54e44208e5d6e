// What one sifted block's public statistics say about its secrecy: the proof that applies to the source (GLLP with
// a multi-photon count bound for the quantum dot and the laser without decoys; decoy-state bounds for the laser
// with decoys), its ε budget, and the key length as a function of the error-correction leak, all from keyLength.ts.
import type { LinkParams } from '../common/params';
import { vacuumWeakDecoyBounds } from '../theory/decoyBounds';
import { gllpKeyLength, gllpEpsilonBudget, secretKeyLength, shareOf, statisticalMargin, type EpsilonShare } from './keyLength';
import { multiPhotonBound } from './multiPhoton';
import type { SiftedBlock } from './sifting';

/** The public counts of a block that its secrecy depends on: observed by the pipeline, or expected by the theory. */
export type BlockStats = Pick<SiftedBlock, 'pulses' | 'clicks' | 'xSignal' | 'xDecoy' | 'keyByClass' | 'testByClass'> & {
  /** Key bits entering error correction. */
  nKey: number;
};

/** The stats of a sifted block as the pipeline observed them. */
export function observedStats(block: SiftedBlock): BlockStats {
  return { ...block, nKey: block.alice.length };
}

export interface BlockKeyLength {
  length: number;
  raw: number;
  /** Upper bound on the single-photon phase-error rate used in h(·). */
  phaseErrorBound: number;
}

export interface BlockSecrecy {
  method: 'qd-g2' | 'wcp-poisson' | 'wcp-decoy';
  /** Upper bound on key bits from multi-photon pulses (n − s1). */
  nMultiUpper: number;
  /** Statistical margin on the phase error (Tomamichel) for this block. */
  muStat: number;
  epsilonShares: EpsilonShare[];
  /** ℓ for a given λ_EC (Cascade's leak); keyLength(0) gives the phase-error bound before error correction. */
  keyLength: (leakEcBits: number) => BlockKeyLength;
}

export function blockSecrecy(block: BlockStats, params: LinkParams): BlockSecrecy {
  const n = block.nKey, k = block.xSignal.bits;
  const testErrorRate = k > 0 ? block.xSignal.errors / k : 0.5;
  if (params.source === 'wcp' && params.decoy === 'vacuum-weak') return decoySecrecy(block, params);
  const pulsesSent = block.pulses[0] + block.pulses[1] + block.pulses[2];
  const probe = multiPhotonBound({ params, pulsesSent, nKey: n, epsilon: params.epsilonSec });
  const hasMultiPhoton = probe.pKeyPerPulse > 0;
  const shares = gllpEpsilonBudget(params.epsilonSec, hasMultiPhoton);
  const multi = hasMultiPhoton ? multiPhotonBound({ params, pulsesSent, nKey: n, epsilon: shareOf(shares, 'multi-photon-count') }) : probe;
  const base = { n, k, testErrorRate, nMultiUpper: multi.nMulti, epsilonSec: params.epsilonSec, epsilonCor: params.epsilonCor, hasMultiPhoton };
  const at0 = gllpKeyLength({ ...base, leakEcBits: 0 });
  return {
    method: multi.method, nMultiUpper: multi.nMulti, muStat: at0.muStat, epsilonShares: at0.epsilonShares,
    keyLength: (leakEcBits) => {
      const r = gllpKeyLength({ ...base, leakEcBits });
      return { length: r.length, raw: r.raw, phaseErrorBound: r.phaseErrorBound };
    },
  };
}

/** Laser with vacuum + weak decoys (MQZL bounds on the observed gains), with Tomamichel's margin on e1. */
function decoySecrecy(block: BlockStats, p: LinkParams): BlockSecrecy {
  const n = block.nKey, k = block.xSignal.bits;
  const [ps, pd, pv] = [block.pulses[0], block.pulses[1], block.pulses[2]];
  const gainMu = ps > 0 ? block.clicks[0] / ps : 0;
  const gainNu = pd > 0 ? block.clicks[1] / pd : 0;
  const y0 = pv > 0 ? block.clicks[2] / pv : 0;
  const errorNu = block.xDecoy.bits > 0 ? block.xDecoy.errors / block.xDecoy.bits : 0.5;
  const mu = p.meanPhotonNumber, nu = p.decoyMeanPhotonNumber;
  const shares: EpsilonShare[] = [{ name: 'phase-error-and-pa', epsilon: p.epsilonSec }];
  const muStat = statisticalMargin(n, k, p.epsilonSec);
  let s1 = 0, e1 = 0.5;
  if (gainMu > 0 && nu > 0 && nu < mu) {
    const b = vacuumWeakDecoyBounds({ mu, nu, gainMu, gainNu, y0, errorNu });
    s1 = n * Math.min(1, b.q1Lower / gainMu);
    e1 = b.e1Upper;
  }
  const phaseErrorBound = Math.min(0.5, e1 + muStat);
  const privacyCostBits = -2 * Math.log2(p.epsilonSec);
  return {
    method: 'wcp-decoy', nMultiUpper: Math.ceil(n - s1), muStat, epsilonShares: shares,
    keyLength: (leakEcBits) => ({ ...secretKeyLength({ s0: 0, s1, phaseErrorBound, leakEcBits, privacyCostBits, epsilonCor: p.epsilonCor }), phaseErrorBound }),
  };
}
