// The one secret-key-length formula of QKD Lab, ℓ = ⌊s0 + s1·[1 − h(φ1)] − λ_EC − c(ε_sec) − log2(2/ε_cor)⌋,
// and its GLLP/Tomamichel instance for sources bounded by a multi-photon count (quantum dot, laser without decoys).
// The pipeline, the theory curves and the lessons all reach ℓ through secretKeyLength(); ε_sec is one written budget.
import { binaryEntropyCapped } from '../common/entropy';

/** The estimates that may fail, each with its share of ε_sec. The shares of one proof add up to ε_sec. */
export type EpsilonShareName =
  'phase-error-and-pa' | 'multi-photon-count' | 'decoy-estimates' | 'phase-error-gamma' | 'privacy-amplification';

export interface EpsilonShare {
  name: EpsilonShareName;
  epsilon: number;
}

export interface SecretKeyTerms {
  /** Lower bound on key bits from vacuum pulses (0 where not bounded). */
  s0: number;
  /** Lower bound on key bits from single-photon pulses. */
  s1: number;
  /** Upper bound on the single-photon phase-error rate (capped at 1/2 by h). */
  phaseErrorBound: number;
  /** λ_EC: every bit error correction disclosed. The verification tag is NOT part of it (see epsilonCor). */
  leakEcBits: number;
  /** c(ε_sec): bits the proof's privacy amplification and estimation cost. */
  privacyCostBits: number;
  /** ε_cor: the verification tag's cost, log2(2/ε_cor), counted once here. */
  epsilonCor: number;
}

export interface SecretKeyLength {
  /** ⌊raw⌋ clipped at 0: the number of final key bits. */
  length: number;
  /** The value before the floor; negative when no key can be made. */
  raw: number;
}

/** log2(2/ε_cor): what verification costs (a w-bit tag on L bits collides with probability ≤ (L/w)/2^w ≤ ε_cor). */
export function correctnessCostBits(epsilonCor: number): number {
  return 1 - Math.log2(epsilonCor);
}

/** The key-length formula itself. Every source and protocol of QKD Lab ends here. */
export function secretKeyLength(t: SecretKeyTerms): SecretKeyLength {
  const s1 = Math.max(0, t.s1);
  const secret = Math.max(0, t.s0) + s1 * (1 - binaryEntropyCapped(Math.max(0, t.phaseErrorBound)));
  const raw = secret - t.leakEcBits - t.privacyCostBits - correctnessCostBits(t.epsilonCor);
  return { length: raw > 0 ? Math.floor(raw) : 0, raw };
}

/**
 * ε budget of the GLLP/Tomamichel proof: the multi-photon count bound takes 1/10 of ε_sec when multi-photon pulses
 * exist, Tomamichel's combined phase-error sampling and privacy amplification take the rest.
 */
export const MULTI_PHOTON_EPSILON_SHARE = 0.1;

export function gllpEpsilonBudget(epsilonSec: number, hasMultiPhoton: boolean): EpsilonShare[] {
  const multi = hasMultiPhoton ? MULTI_PHOTON_EPSILON_SHARE * epsilonSec : 0;
  const shares: EpsilonShare[] = [{ name: 'phase-error-and-pa', epsilon: epsilonSec - multi }];
  if (hasMultiPhoton) shares.push({ name: 'multi-photon-count', epsilon: multi });
  return shares;
}

export function shareOf(shares: readonly EpsilonShare[], name: EpsilonShareName): number {
  return shares.find((s) => s.name === name)?.epsilon ?? 0;
}

/**
 * Tomamichel et al. (Nat. Commun. 3, 634, 2012): the phase error of n key bits exceeds the error rate of k random
 * test bits by more than μ = sqrt((n + k)/(n·k) · (k + 1)/k · ln(2/ε)) with probability at most ε.
 */
export function statisticalMargin(n: number, k: number, epsilon: number): number {
  if (!(n > 0 && k > 0)) return Infinity;
  return Math.sqrt(((n + k) / (n * k)) * ((k + 1) / k) * Math.log(2 / epsilon));
}

export interface GllpKeyInput {
  /** Key bits entering error correction. */
  n: number;
  /** Test bits that estimate the phase error, and the error rate observed on them. */
  k: number;
  testErrorRate: number;
  /** Upper bound on key bits from multi-photon pulses (computed at the 'multi-photon-count' share of ε_sec). */
  nMultiUpper: number;
  leakEcBits: number;
  epsilonSec: number;
  epsilonCor: number;
  /** Whether a multi-photon share was spent (false for an ideal single-photon source with p_multi = 0). */
  hasMultiPhoton: boolean;
}

export interface GllpKeyResult extends SecretKeyLength {
  s1: number;
  muStat: number;
  /** φ1: (e_test + μ)·n/s1, every phase error charged to the single-photon bits. */
  phaseErrorBound: number;
  privacyCostBits: number;
  epsilonShares: EpsilonShare[];
}

/**
 * Tomamichel's bound with GLLP tagging: s1 = n − n_multi, s0 = 0, all phase errors on the single-photon bits, and
 * c(ε) = 2·log2(1/ε_T) for Tomamichel's share ε_T. Multi-photon bits enter once, through s1 (no second subtraction).
 */
export function gllpKeyLength(x: GllpKeyInput): GllpKeyResult {
  const shares = gllpEpsilonBudget(x.epsilonSec, x.hasMultiPhoton);
  const epsT = shareOf(shares, 'phase-error-and-pa');
  const s1 = Math.max(0, x.n - Math.min(x.n, Math.max(0, x.nMultiUpper)));
  const muStat = statisticalMargin(x.n, x.k, epsT);
  const phaseErrorBound = s1 > 0 ? Math.min(0.5, ((x.testErrorRate + muStat) * x.n) / s1) : 0.5;
  const privacyCostBits = -2 * Math.log2(epsT);
  const len = secretKeyLength({
    s0: 0,
    s1,
    phaseErrorBound,
    leakEcBits: x.leakEcBits,
    privacyCostBits,
    epsilonCor: x.epsilonCor,
  });
  return { ...len, s1, muStat, phaseErrorBound, privacyCostBits, epsilonShares: shares };
}
