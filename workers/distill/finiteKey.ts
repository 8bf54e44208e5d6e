// Finite-size secret key length (distillation.md §5, Tomamichel et al. 2012, BB84) with the
// single-photon part of GLLP: ℓ = ⌊n1·[1 − h(e_ph + μ_stat)] − n_multi − leakEC − log2(2/(ε_sec²·ε_cor))⌋.
// Also the optimised per-detected-signal rate used to check the formula against the paper's figures.
import { binaryEntropyCapped } from '../common/entropy';

/** μ_stat = sqrt((n + k)/(n·k) · (k + 1)/k · ln(2/ε_sec)): margin on the phase error from k sampled bits. */
export function statisticalMargin(n: number, k: number, epsilonSec: number): number {
  if (!(n > 0 && k > 0)) return Infinity;
  return Math.sqrt(((n + k) / (n * k)) * ((k + 1) / k) * Math.log(2 / epsilonSec));
}

/** log2(2/(ε_sec²·ε_cor)): the bits privacy amplification gives up for the security parameters. */
export function securityCostBits(epsilonSec: number, epsilonCor: number): number {
  return Math.log2(2) - 2 * Math.log2(epsilonSec) - Math.log2(epsilonCor);
}

export interface KeyLengthInput {
  /** Key bits (after sifting) entering error correction. */
  n: number;
  /** Bits used to estimate the phase error. */
  k: number;
  /** Observed phase error on the k bits (single-photon phase error bound when given by decoys). */
  phaseError: number;
  /** Upper bound on key bits from multi-photon pulses. */
  nMulti: number;
  /** Bits disclosed by error correction and verification. */
  leakBits: number;
  epsilonSec: number;
  epsilonCor: number;
  /** True when phaseError already bounds the single-photon error (decoy states); else GLLP scales it. */
  isSinglePhotonError?: boolean;
}

export interface KeyLengthResult {
  length: number;
  n1: number;
  muStat: number;
  /** e_ph + μ_stat for the single-photon bits, the argument of h. */
  phaseErrorBound: number;
  /** Value before the floor (may be negative). */
  raw: number;
}

export function finiteKeyLength(x: KeyLengthInput): KeyLengthResult {
  const nMulti = Math.min(x.n, Math.max(0, x.nMulti));
  const n1 = x.n - nMulti;
  const muStat = statisticalMargin(x.n, x.k, x.epsilonSec);
  // GLLP: errors may all sit on the single-photon bits, so their rate is e·n/n1 at worst.
  const e1 = x.isSinglePhotonError || nMulti === 0 ? x.phaseError : (n1 > 0 ? (x.phaseError * x.n) / n1 : 0.5);
  const phaseErrorBound = Math.min(0.5, e1 + muStat);
  const raw = n1 * (1 - binaryEntropyCapped(phaseErrorBound)) - nMulti - x.leakBits - securityCostBits(x.epsilonSec, x.epsilonCor);
  return { length: Math.max(0, Math.floor(raw)), n1, muStat, phaseErrorBound, raw };
}

export interface OptimalRateResult {
  /** ℓ per detected signal. */
  rate: number;
  k: number;
  detectedSignals: number;
}

/**
 * Key per detected signal for n key bits at QBER q with ideal qubits, choosing the sample size k
 * (equivalently the basis split): detected signals = (√n + √k)² for the optimal basis probabilities.
 */
export function optimalFiniteKeyRate(n: number, qber: number, epsilon: number, efficiency = 1.1): OptimalRateResult {
  let best: OptimalRateResult = { rate: 0, k: 0, detectedSignals: n };
  for (let k = 16; k < 100 * n; k = Math.ceil(k * 1.002)) {
    const detectedSignals = (Math.sqrt(n) + Math.sqrt(k)) ** 2;
    const leak = efficiency * n * binaryEntropyCapped(qber);
    const l = finiteKeyLength({ n, k, phaseError: qber, nMulti: 0, leakBits: leak, epsilonSec: epsilon, epsilonCor: epsilon }).raw;
    const rate = l / detectedSignals;
    if (rate > best.rate) best = { rate, k, detectedSignals };
  }
  return best;
}
