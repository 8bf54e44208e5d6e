// The expected key rate of QKD Lab's own distillation pipeline (workers/distill): the same block
// structure (blockSizeBits Z key bits, the X bits of the block as the phase-error sample), the same
// multi-photon bound and key-length formula, fed with expected counts. This is the curve Monte-Carlo points are checked against.
import type { LinkParams } from '../common/params';
import { binaryEntropy } from '../common/entropy';
import { finiteKeyLength, statisticalMargin } from '../distill/finiteKey';
import { countDeviation } from '../distill/multiPhoton';
import { MIN_KEY_BITS, MIN_SAMPLE_BITS, isBeyondErrorThreshold } from '../distill/distillBlock';
import { TAG_BITS } from '../distill/verification';
import { qdGainAndQber, wcpGainAndQber } from './gain';
import { rateTerms } from './models';

export interface PipelineRate {
  /** Expected final key bits per pulse (0 when the block would abort). */
  bitsPerPulse: number;
  /** Expected key length of one block and the pulses it takes. */
  keyBitsPerBlock: number;
  pulsesPerBlock: number;
  /** Phase-error bound the pipeline would compare with its 11 % threshold. */
  phaseErrorBound: number;
  /** Gain at μ, and the X bits of a block that estimate the phase error. */
  gain: number;
  sampleBits: number;
  qberZ: number;
  qberX: number;
}

/**
 * Expected rate of the pipeline at distanceKm for error-correction inefficiency f (Cascade's measured
 * leak / (n·h(E_Z)); the run's own value is the honest choice). Blocks hold params.blockSizeBits key bits.
 */
export function pipelineKeyRate(p: LinkParams, distanceKm: number, ecEfficiency: number): PipelineRate {
  const isDecoy = p.source === 'wcp' && p.decoy === 'vacuum-weak';
  const mu = p.meanPhotonNumber;
  const g = p.source === 'qd' ? qdGainAndQber(p, distanceKm, mu) : wcpGainAndQber(p, distanceKm, mu);
  const pz = p.basisBiasZ, px = 1 - pz;
  const signalShare = isDecoy ? p.signalProbability : 1;
  const n = p.blockSizeBits;
  const keyBitsPerPulse = signalShare * pz * pz * g.gain;
  const pulses = n / keyBitsPerPulse;
  const k = (n * px * px) / (pz * pz);
  let nMulti: number, singlePhotonError: number | null = null;
  if (isDecoy) {
    const t = rateTerms('decoy-vacuum-weak', p, distanceKm, mu, p.decoyMeanPhotonNumber);
    nMulti = Math.ceil(n * (1 - Math.min(1, t.q1 / t.gain)));
    singlePhotonError = t.e1Z;
  } else {
    const pMulti = p.source === 'qd' ? (p.g2Zero * mu * mu) / 2 : -Math.expm1(-mu) - mu * Math.exp(-mu);
    const pKey = pMulti * pz * pz;
    nMulti = pKey > 0 ? Math.min(n, Math.ceil(pulses * pKey + countDeviation(pulses, pKey, p.epsilonSec))) : 0;
  }
  const muStat = statisticalMargin(n, k, p.epsilonSec);
  const n1 = n - nMulti;
  const e1 = singlePhotonError ?? (nMulti === 0 ? g.qberX : n1 > 0 ? (g.qberX * n) / n1 : 0.5);
  const phaseErrorBound = Math.min(0.5, e1 + muStat);
  const base = { pulsesPerBlock: pulses, phaseErrorBound, gain: g.gain, sampleBits: k, qberZ: g.qberZ, qberX: g.qberX };
  const isTooFew = n < MIN_KEY_BITS || k < MIN_SAMPLE_BITS;
  if (isTooFew || isBeyondErrorThreshold(phaseErrorBound, g.qberX)) return { ...base, bitsPerPulse: 0, keyBitsPerBlock: 0 };
  const len = finiteKeyLength({
    n, k, phaseError: singlePhotonError ?? g.qberX, nMulti, leakBits: ecEfficiency * n * binaryEntropy(g.qberZ) + TAG_BITS,
    epsilonSec: p.epsilonSec, epsilonCor: p.epsilonCor, isSinglePhotonError: singlePhotonError !== null,
  });
  return { ...base, bitsPerPulse: len.length / pulses, keyBitsPerBlock: len.length };
}
