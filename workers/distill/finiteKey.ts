// The finite-key rate per detected signal for ideal single photons with the best basis split: the setting of
// Tomamichel et al. (Nat. Commun. 3, 634, 2012), used to check keyLength.ts against the paper's printed values.
import { binaryEntropy } from '../common/entropy';
import { gllpKeyLength } from './keyLength';

export interface OptimalRateResult {
  /** ℓ per detected signal. */
  rate: number;
  k: number;
  n: number;
  detectedSignals: number;
}

export interface OptimalRateOptions {
  /** Error-correction leak f·n·h(Q); 1.1 as in the 2012 paper. */
  efficiency?: number;
  /** ε_cor (default: the same as ε_sec). */
  epsilonCor?: number;
}

/**
 * Key per detected signal with ideal qubits at QBER q for N detected signals: both chose the key basis with
 * probability p_x², the test basis with (1 − p_x)², and p_x (equivalently the sample size k) maximises ℓ/N.
 */
export function optimalFiniteKeyRate(
  detected: number,
  qber: number,
  epsilonSec: number,
  opts: OptimalRateOptions = {},
): OptimalRateResult {
  const f = opts.efficiency ?? 1.1,
    epsilonCor = opts.epsilonCor ?? epsilonSec;
  let best: OptimalRateResult = { rate: 0, k: 0, n: 0, detectedSignals: detected };
  for (let k = 16; k < detected; k = Math.ceil(k * 1.002)) {
    const px = 1 - Math.sqrt(k / detected);
    if (px <= 0) break;
    const n = detected * px * px;
    const leakEcBits = f * n * binaryEntropy(qber);
    const l = gllpKeyLength({
      n,
      k,
      testErrorRate: qber,
      nMultiUpper: 0,
      leakEcBits,
      epsilonSec,
      epsilonCor,
      hasMultiPhoton: false,
    }).raw;
    if (l / detected > best.rate) best = { rate: l / detected, k, n, detectedSignals: detected };
  }
  return best;
}
