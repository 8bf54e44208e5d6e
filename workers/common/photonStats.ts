// Photon statistics and channel loss, written once: photon-number probabilities of both sources (quantum dot and
// Poisson laser), fiber and channel transmittance, and the PLOB repeaterless bound. Cores, theory, lessons import it.
// Pure arithmetic (a type import only), so the page can use it without pulling in simulation code. Two checks keep
// their own sums on purpose: the plain reference loop (workers/photon/referenceLoop.ts), which cross-checks the
// fast path, and the untruncated expectation of workers/photon/expected.ts, which checks the sampler's truncation.
import type { SourceKind } from './params';

/** Photon-number probabilities of a source truncated at two photons. */
export interface PhotonNumbers {
  p0: number;
  p1: number;
  p2: number;
}

/**
 * Quantum dot truncated at two photons. g2(0) = 2·p2/μ² for such a source, so p2 = g2·μ²/2; the mean μ = p1 + 2·p2
 * fixes p1 = μ − 2·p2; p0 takes the rest. Valid (all three in [0, 1]) when μ ≤ 1 for small g2 (params crossCheck).
 */
export function qdPhotonNumbers(mu: number, g2Zero: number): PhotonNumbers {
  const p2 = (g2Zero * mu * mu) / 2;
  const p1 = mu - 2 * p2;
  return { p0: 1 - p1 - p2, p1, p2 };
}

/**
 * Below this μ the Poisson tail is summed as a series: the closed form −expm1(−μ) − μe^(−μ) subtracts two numbers
 * of size μ to get one of size μ²/2, losing about log10(2/μ) digits (half of them at μ = 1e-8). At 0.05 the closed
 * form is still good to 1e-14 relative, and the series needs only a dozen terms.
 */
const TAIL_SERIES_BELOW = 0.05;

/**
 * P(n ≥ 2) = 1 − e^(−μ)(1 + μ) for a Poisson source of mean μ, accurate to a few ulp for every μ ≥ 0: the closed
 * form with expm1 above TAIL_SERIES_BELOW, e^(−μ)·Σ_{n≥2} μⁿ/n! below it (all terms positive, no cancellation).
 */
export function poissonMultiPhotonProbability(mu: number): number {
  if (mu <= 0) return 0;
  if (mu >= TAIL_SERIES_BELOW) return -Math.expm1(-mu) - mu * Math.exp(-mu);
  let term = (mu * mu) / 2,
    sum = 0;
  for (let n = 2; term > sum * 1e-18; n++) {
    sum += term;
    term *= mu / (n + 1);
  }
  return sum * Math.exp(-mu);
}

/** P(n) = e^(−μ)·μⁿ/n! for a Poisson source of mean μ (n small: the factorial is a plain product). */
export function poissonProbability(n: number, mu: number): number {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return (Math.exp(-mu) * mu ** n) / factorial;
}

/**
 * Poisson(μ) probabilities p₀ … p_N for the smallest N ≥ μ whose tail is below `tail` (at most `maxN`); the tail
 * mass left out is added to p_N, so they sum to 1. The sampler draws photon numbers from this table.
 */
export function poissonProbabilities(mu: number, tail: number, maxN: number): Float64Array {
  if (mu <= 0) return Float64Array.of(1);
  const ps: number[] = [];
  let p = Math.exp(-mu);
  let cumulative = 0;
  for (let n = 0; n <= maxN; n++) {
    ps.push(p);
    cumulative += p;
    if (1 - cumulative < tail && n >= mu) break;
    p *= mu / (n + 1);
  }
  ps[ps.length - 1] += Math.max(0, 1 - cumulative);
  return Float64Array.from(ps);
}

/** P(n = 1) = μe^(−μ) for a Poisson source of mean μ. */
export function poissonSinglePhotonProbability(mu: number): number {
  return mu * Math.exp(-mu);
}

/**
 * Probability per pulse that the source emits two or more photons: g2·μ²/2 for the two-photon-truncated quantum dot,
 * the Poisson tail for a laser. These are the pulses Eve may split (GLLP tagging, PNS).
 */
export function multiPhotonProbability(source: SourceKind, mu: number, g2Zero: number): number {
  switch (source) {
    case 'qd':
      return qdPhotonNumbers(mu, g2Zero).p2;
    case 'wcp':
      return poissonMultiPhotonProbability(mu);
    default:
      return unknownSource(source);
  }
}

/** Probability per pulse of exactly one photon: μ − g2·μ² for the quantum dot, μe^(−μ) for a laser. */
export function singlePhotonProbability(source: SourceKind, mu: number, g2Zero: number): number {
  switch (source) {
    case 'qd':
      return qdPhotonNumbers(mu, g2Zero).p1;
    case 'wcp':
      return poissonSinglePhotonProbability(mu);
    default:
      return unknownSource(source);
  }
}

/** A new source kind must say what it emits: the type check fails here until it does. */
function unknownSource(source: never): never {
  throw new RangeError(`no photon statistics for source ${String(source)}`);
}

/** Transmission of a loss given in dB: 10^(−dB/10). */
export function dbToTransmittance(lossDb: number): number {
  return 10 ** (-lossDb / 10);
}

/** dB/km → 1/km: the natural attenuation coefficient a = α·ln 10/10, so that η_fiber = e^(−a·L). */
export function attenuationPerKm(dbPerKm: number): number {
  return (dbPerKm * Math.LN10) / 10;
}

/** η_fiber = 10^(−α·L/10) for α in dB/km and L in km. */
export function fiberTransmittance(p: { fiberLossDbPerKm: number }, distanceKm: number): number {
  return dbToTransmittance(p.fiberLossDbPerKm * distanceKm);
}

/** The losses between Alice's output and Bob's clicks (a LinkParams fits). */
export interface ChannelLoss {
  fiberLengthKm: number;
  fiberLossDbPerKm: number;
  receiverLossDb: number;
  detectorEfficiency: number;
}

/** P(a photon at Bob's input clicks): receiver insertion loss × detector efficiency. */
export function receiverTransmittance(p: Pick<ChannelLoss, 'receiverLossDb' | 'detectorEfficiency'>): number {
  return dbToTransmittance(p.receiverLossDb) * p.detectorEfficiency;
}

/**
 * η = η_fiber · η_receiver: the probability that one photon sent by Alice clicks at Bob, over distanceKm (the link's
 * own fiber length unless given). The key-rate proofs and the PLOB bound hand all of this loss to Eve.
 */
export function channelTransmittance(p: ChannelLoss, distanceKm = p.fiberLengthKm): number {
  return fiberTransmittance(p, distanceKm) * receiverTransmittance(p);
}

/** Largest transmittance used in the bound, so that a lossless link gives a (large) finite number, not Infinity. */
const MAX_ETA = 1 - 1e-15;

/**
 * PLOB (Pirandola–Laurenza–Ottaviani–Banchi 2017): no repeaterless protocol gives more than −log2(1 − η) secret bits
 * per pulse over a pure-loss channel of transmittance η (log1p keeps it ≈ η/ln 2 accurate for tiny η).
 */
export function plobBitsPerPulse(eta: number): number {
  const e = Math.min(Math.max(eta, 0), MAX_ETA);
  return -Math.log1p(-e) / Math.LN2;
}
