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
  n: number;
  detectedSignals: number;
}

export interface OptimalRateOptions {
  /** Error-correction leak f·n·h(Q); 1.1 as in the 2012 paper. */
  efficiency?: number;
  /** ε_cor (default: the same as ε_sec). */
  epsilonCor?: number;
  /**
   * What the size refers to: 'key' — n key bits, detected signals (√n + √k)² for the optimal basis
   * probabilities; 'detected' — N detected signals, n = N·p_x², k = N·(1 − p_x)².
   */
  sizeOf?: 'key' | 'detected';
}

/**
 * Key per detected signal with ideal qubits at QBER q, choosing the sample size k (equivalently the
 * basis split) to maximise it: the setting of the check values in distillation.md §5.
 */
export function optimalFiniteKeyRate(size: number, qber: number, epsilon: number, opts: OptimalRateOptions = {}): OptimalRateResult {
  const f = opts.efficiency ?? 1.1, epsilonCor = opts.epsilonCor ?? epsilon, sizeOf = opts.sizeOf ?? 'key';
  let best: OptimalRateResult = { rate: 0, k: 0, n: 0, detectedSignals: size };
  for (let k = 16; k < 100 * size; k = Math.ceil(k * 1.002)) {
    let n: number, detected: number;
    if (sizeOf === 'key') { n = size; detected = (Math.sqrt(n) + Math.sqrt(k)) ** 2; }
    else {
      const px = 1 - Math.sqrt(k / size);
      if (px <= 0) break;
      n = size * px * px; detected = size;
    }
    const leak = f * n * binaryEntropyCapped(qber);
    const l = finiteKeyLength({ n, k, phaseError: qber, nMulti: 0, leakBits: leak, epsilonSec: epsilon, epsilonCor }).raw;
    const rate = l / detected;
    if (rate > best.rate) best = { rate, k, n, detectedSignals: detected };
  }
  return best;
}
