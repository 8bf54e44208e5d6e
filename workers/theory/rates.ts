// Secret bits per pulse from a model's terms: the asymptotic GLLP / decoy formula (Gottesman et al. 2004; Ma et al.
// 2005) and
// the finite-block key length of Tomamichel et al. (Nat. Commun. 3, 634, 2012) with expected counts and an optimised
// sample size.
// Functions return the unclipped value (it may be negative) so optimisers keep a slope; callers clip.
import type { LinkParams } from '../common/params';
import { binaryEntropy, binaryEntropyCapped } from '../common/entropy';
import { gllpEpsilonBudget, gllpKeyLength, secretKeyLength, shareOf, statisticalMargin } from '../distill/keyLength';
import { countDeviation } from '../distill/multiPhoton';
import { DEFAULT_EC_EFFICIENCY } from '../common/thresholds';
import { maximiseLog } from './maximise';
import type { RateTerms } from './models';

/** The value the decoy-state papers use with the GYS link. */
export const GYS_EC_EFFICIENCY = 1.22;

/**
 * Probability that a pulse ends in a sifted key bit of each basis. Four-state protocols keep both bases
 * (q = p_Z² + p_X², 1/2 for symmetric BB84); the three-state time-bin protocol keeps only Z (q = p_Z²),
 * its X basis only checks the phase.
 */
export function siftingWeights(p: LinkParams): { z: number; x: number } {
  const pz = p.basisBiasZ,
    px = 1 - pz;
  return { z: pz * pz, x: p.encoding === 'time-bin-3state' ? 0 : px * px };
}

/**
 * R = Σ_b w_b·{ −Q·f·h(E_b) + Q1·[1 − h(e1_b')] }, b' the other basis (phase errors of Z bits show up as
 * X-basis errors). With one error rate for both bases and w_Z = w_X = 1/4 this is exactly
 * q·{−Q f h(E) + Q1[1 − h(e1)]} with q = 1/2; with tagging (Q1 = Q(1 − Δ), e1 = E/(1 − Δ)) it is GLLP.
 */
export function asymptoticRate(p: LinkParams, t: RateTerms, f: number): number {
  const w = siftingWeights(p);
  const perBasis = (e: number, e1Phase: number) =>
    -t.gain * f * binaryEntropy(e) + t.q1 * (1 - binaryEntropyCapped(e1Phase));
  return w.z * perBasis(t.qberZ, t.e1X) + (w.x > 0 ? w.x * perBasis(t.qberX, t.e1Z) : 0);
}

export interface FiniteKeyOptions {
  /** Sifted bits per block, n + k (key bits plus the sample that estimates the phase error). */
  blockBits: number;
  ecEfficiency: number;
  epsilonSec: number;
  epsilonCor: number;
}

/**
 * Key length of one block with k of its sifted bits disclosed for estimation (expected counts), through the one
 * formula of workers/distill/keyLength.ts. Tagging (GLLP): s1 = n − the multi-photon count bound over the block's
 * pulses, every phase error on single photons (Tomamichel margin). Decoy terms: s1 = n·Q1/Q less a Hoeffding term at
 * half of ε_sec, e1 + Tomamichel's margin at the other half.
 */
export function finiteKeyLength(p: LinkParams, t: RateTerms, k: number, o: FiniteKeyOptions): number {
  const w = siftingWeights(p),
    q = w.z + w.x;
  const n = o.blockBits - k;
  if (!(n > 0 && k > 0) || !(t.gain > 0)) return -Infinity;
  const bitError = (w.z * t.qberZ + w.x * t.qberX) / q;
  const phaseError = (w.z * t.qberX + w.x * t.qberZ) / q;
  const e1Phase = (w.z * t.e1X + w.x * t.e1Z) / q;
  const leakEcBits = o.ecEfficiency * n * binaryEntropy(bitError);
  if (t.kind === 'tagged') {
    // Worst case: every multi-photon pulse is detected and lands in the key. Over the N/(q·Q) pulses of a
    // block, multi-photon sifted bits are Binomial(pulses, p_multi·q): expected value plus the deviation bound.
    const pulses = o.blockBits / (q * t.gain),
      pKey = Math.max(0, t.gain - t.q1) * q;
    const hasMultiPhoton = pKey > 0;
    const epsMulti = shareOf(gllpEpsilonBudget(o.epsilonSec, hasMultiPhoton), 'multi-photon-count');
    const nMultiUpper = hasMultiPhoton ? pulses * pKey + countDeviation(pulses, pKey, epsMulti) : 0;
    return gllpKeyLength({
      n,
      k,
      testErrorRate: phaseError,
      nMultiUpper,
      leakEcBits,
      epsilonSec: o.epsilonSec,
      epsilonCor: o.epsilonCor,
      hasMultiPhoton,
    }).raw;
  }
  const half = o.epsilonSec / 2;
  const s1 = n * (t.q1 / t.gain) - Math.sqrt((n / 2) * Math.log(1 / half));
  const phaseErrorBound = e1Phase + statisticalMargin(n, k, half);
  return secretKeyLength({
    s0: 0,
    s1,
    phaseErrorBound,
    leakEcBits,
    privacyCostBits: -2 * Math.log2(half),
    epsilonCor: o.epsilonCor,
  }).raw;
}

/** Finite-size bits per pulse, q·Q·ℓ/(n + k), with the sample size k chosen to maximise ℓ. */
export function finiteRate(p: LinkParams, t: RateTerms, o: FiniteKeyOptions): { rate: number; sampleBits: number } {
  const w = siftingWeights(p),
    q = w.z + w.x;
  const N = o.blockBits;
  if (!(N >= 4)) return { rate: -Infinity, sampleBits: 0 };
  const best = maximiseLog((k) => finiteKeyLength(p, t, Math.round(k), o), 1, N - 1, {
    gridPoints: 25,
    tolerance: 1e-3,
  });
  const k = Math.round(best.x);
  return { rate: (q * t.gain * finiteKeyLength(p, t, k, o)) / N, sampleBits: k };
}

/** f to use when none is given: 1.22 for the GYS link (as its papers do), 1.16 otherwise. */
export function defaultEcEfficiency(presetId?: string): number {
  return presetId === 'gys-textbook' ? GYS_EC_EFFICIENCY : DEFAULT_EC_EFFICIENCY;
}
