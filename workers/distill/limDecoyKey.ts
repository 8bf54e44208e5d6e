// Secret key length of one block from OBSERVED decoy-state counts: the finite-key analysis of Lim, Curty,
// Walenta, Xu & Zbinden, PRA 89, 022307 (2014), eqs. (1)-(5), for three intensities μ1 > μ2 + μ3, μ2 > μ3 ≥ 0.
//
// Naming. Lim et al. call the KEY basis X and the TEST basis Z; QKD Lab's key basis is Z (basisBiasZ) and its
// test basis X. The input therefore speaks of roles (`key`, `test`), while the output keeps the paper's
// symbols: sX0, sX1 belong to the key basis (QKD Lab's Z), sZ1, vZ1 to the test basis (QKD Lab's X).
import { binaryEntropy } from '../common/entropy';
import { poissonProbability } from '../common/photonStats';
import { secretKeyLength } from './keyLength';

export type Triple = readonly [number, number, number];
/** Three per-intensity values (μ1, μ2, μ3): a tuple, or the pipeline's Float64Array of length 3 (keyByClass, …). */
export type Three = Triple | Float64Array;

export interface LimBasisCounts {
  /** Detections (sifted bits) at μ1, μ2, μ3 in this basis: n_{·,k}. */
  counts: Three;
  /**
   * Bit errors among them: m_{·,k}. The test basis's errors bound v_{Z,1}; the key basis's only feed λ_EC (limEcLeak).
   */
  errors: Three;
}

export interface LimKeyInput {
  /** μ1 > μ2 + μ3 and μ2 > μ3 ≥ 0 (mean photon numbers at Alice's output); QKD Lab: μ, ν, 0. */
  intensities: Triple;
  /** p_μ1, p_μ2, p_μ3: probability of each intensity per pulse; they sum to 1. */
  probabilities: Triple;
  /** Key basis (Lim's X = QKD Lab's Z): n_{X,k}; its errors are optional (they only enter through λ_EC). */
  key: { counts: Three; errors?: Three };
  /** Test basis (Lim's Z = QKD Lab's X): n_{Z,k} and m_{Z,k}. */
  test: LimBasisCounts;
  /** λ_EC: bits disclosed by error correction only (the verification tag is inside log2(2/ε_cor)). */
  leakEcBits: number;
  /** ε_sec, split into 21 equal shares (LIM_EPSILON_SHARES); ε_cor of the verification hash. */
  epsilonSec: number;
  epsilonCor: number;
}

export type LimReason =
  | 'invalid-input' // a count, probability, intensity or ε outside its domain (see `message`)
  | 'no-detections' // a basis has no detections at all
  | 'no-single-photons' // the single-photon bound s_{X,1} or s_{Z,1} is not positive
  | 'phase-error-too-high' // φ_X ≥ 1/2: the single-photon bits may be fully known to Eve
  | 'key-too-short'; // eq. (1) gives less than one bit

export interface EpsilonShare {
  /** Symbol of Lim et al. eq. (B4) and what it pays for. */
  name: string;
  role: string;
  /** How many times the common value ε = ε_sec/21 enters eq. (B4). */
  weight: number;
  epsilon: number;
}

/**
 * Eq. (B4): ε_sec = 2[2α1 + α2 + α3] + ν̄ + 10ε1 + 2ε2 with every term set to ε, so ε_sec = 21ε. As data:
 * the weights sum to 21, which is where the 21 of ln(21/ε_sec), log2(21/ε_sec) and 21²/ε_sec² comes from.
 */
export const LIM_EPSILON_SHARES: readonly Omit<EpsilonShare, 'epsilon'>[] = [
  { name: 'alpha1', role: 'random sampling of the single-photon phase error (γ, eq. 5), counted 2·2 times', weight: 4 },
  { name: 'alpha2', role: 'chain rule splitting off the single-photon bits', weight: 2 },
  { name: 'alpha3', role: 'chain rule splitting vacuum from multi-photon bits', weight: 2 },
  { name: 'nuBar', role: 'leftover hash lemma of privacy amplification', weight: 1 },
  { name: 'epsilon1', role: 'Hoeffding bounds on the detection counts n±', weight: 10 },
  { name: 'epsilon2', role: 'Hoeffding bounds on the error counts m±', weight: 2 },
];
export const LIM_EPSILON_TERMS = LIM_EPSILON_SHARES.reduce((s, x) => s + x.weight, 0);

export interface LimKeyResult {
  /** ℓ = ⌊eq. (1)⌋, never negative; 0 whenever `reason` is not null. */
  length: number;
  /** Eq. (1) before the floor with the clipped bounds (max(0, s), h of φ ≤ 1/2); may be negative. */
  raw: number;
  reason: LimReason | null;
  message: string | null;
  /** τ0, τ1: probability that Alice sends 0 or 1 photons. */
  tau0: number;
  tau1: number;
  /** The bounds as the formulas give them; eq. (1) uses them clipped to [0, n]: s_X,0 + s_X,1 ≤ n_X, s_Z,1 ≤ n_Z. */
  sX0: number;
  sX1: number;
  sZ0: number;
  sZ1: number;
  vZ1: number;
  /** v_{Z,1}/s_{Z,1}, γ, and φ_X = their sum (1/2 when no single-photon bound exists). */
  phaseErrorTest: number;
  gamma: number;
  phi: number;
  /** Hoeffding deviations √(n/2·ln(21/ε_sec)) of the key detections, test detections and test errors. */
  deltaKey: number;
  deltaTest: number;
  deltaTestErrors: number;
  leakEcBits: number;
  /** 6·log2(21/ε_sec) and log2(2/ε_cor). */
  secrecyCostBits: number;
  correctnessCostBits: number;
  epsilonShares: EpsilonShare[];
}

const sum = (t: Three) => t[0] + t[1] + t[2];

/** τ_n = Σ_k p_k e^(−μk) μk^n / n!. */
export function photonNumberProbability(n: number, intensities: Triple, probabilities: Triple): number {
  return intensities.reduce((s, mu, k) => s + probabilities[k] * poissonProbability(n, mu), 0);
}

/** γ(a, b, c, d) of eq. (5), a = ε_sec; its limit 0 at b = 0 (and 0 where the logarithm would be negative). */
export function limGamma(a: number, b: number, c: number, d: number): number {
  if (!(b > 0 && b < 1 && c > 0 && d > 0 && a > 0)) return 0;
  const bb = (1 - b) * b;
  const log = Math.log2(((c + d) / (c * d * bb)) * ((LIM_EPSILON_TERMS * LIM_EPSILON_TERMS) / (a * a)));
  return log > 0 ? Math.sqrt((((c + d) * bb) / (c * d * Math.LN2)) * log) : 0;
}

/** λ_EC = f·n·h(e_obs) with e_obs the key basis's error rate over all intensities (Lim et al. §IV). */
export function limEcLeak(f: number, key: LimBasisCounts): number {
  const n = sum(key.counts);
  return n > 0 ? f * n * binaryEntropy(sum(key.errors) / n) : 0;
}

function inputProblem(x: LimKeyInput): string | null {
  const finite = (t: Three | undefined) => {
    if (t == null || t.length !== 3) return false;
    for (let k = 0; k < 3; k++) if (!(typeof t[k] === 'number' && Number.isFinite(t[k]) && t[k] >= 0)) return false;
    return true;
  };
  if (!x.key || !x.test) return 'both the key and the test basis need counts and errors';
  if (!finite(x.intensities)) return 'intensities must be three finite numbers ≥ 0';
  const [m1, m2, m3] = x.intensities;
  if (!(m2 > m3)) return `need μ2 > μ3 (got μ2 = ${m2}, μ3 = ${m3})`;
  if (!(m1 > m2 + m3)) return `need μ1 > μ2 + μ3 (got μ1 = ${m1}, μ2 + μ3 = ${m2 + m3})`;
  // Mathematically implied by the two lines above, but it can round to 0 for intensities near 1e-300.
  if (!(m1 * (m2 - m3) - m2 * m2 + m3 * m3 > 0))
    return `intensities ${m1}, ${m2}, ${m3} are too small to resolve the decoy bounds`;
  if (!finite(x.probabilities) || x.probabilities.some((p) => p <= 0)) return 'probabilities must be three numbers > 0';
  if (Math.abs(sum(x.probabilities) - 1) > 1e-9) return `probabilities must sum to 1 (got ${sum(x.probabilities)})`;
  for (const [name, b] of [
    ['key', x.key],
    ['test', x.test],
  ] as const) {
    if (!finite(b.counts) || (name === 'test' || b.errors !== undefined ? !finite(b.errors) : false))
      return `${name} counts and errors must be three finite numbers ≥ 0`;
    const e = b.errors;
    if (e && (e[0] > b.counts[0] || e[1] > b.counts[1] || e[2] > b.counts[2]))
      return `${name} errors exceed the detections at some intensity`;
  }
  if (!(typeof x.leakEcBits === 'number' && Number.isFinite(x.leakEcBits) && x.leakEcBits >= 0))
    return 'leakEcBits must be a finite number ≥ 0';
  for (const [name, e] of [
    ['epsilonSec', x.epsilonSec],
    ['epsilonCor', x.epsilonCor],
  ] as const) {
    if (!(e > 0 && e < 1)) return `${name} must lie in (0, 1) (got ${e})`;
  }
  return null;
}

/** Lower bounds s_0, s_1 (eqs. 2-3) of one basis from its detections and their common Hoeffding deviation. */
function vacuumAndSinglePhotons(counts: Three, delta: number, mu: Triple, p: Triple, tau0: number, tau1: number) {
  const [m1, m2, m3] = mu;
  const plus = (k: number) => (Math.exp(mu[k]) / p[k]) * (counts[k] + delta);
  const minus = (k: number) => (Math.exp(mu[k]) / p[k]) * (counts[k] - delta);
  const s0 = (tau0 * (m2 * minus(2) - m3 * plus(1))) / (m2 - m3);
  // The vacuum bound enters eq. (3) with a plus sign before n⁺_{μ1}; 0 is also a valid lower bound on s0, and
  // no bound above the detections themselves is used (see limKeyLength).
  const s0Used = Math.min(counts[0] + counts[1] + counts[2], Math.max(0, s0));
  const s1 =
    (tau1 * m1 * (minus(1) - plus(2) - ((m2 * m2 - m3 * m3) / (m1 * m1)) * (plus(0) - s0Used / tau0))) /
    (m1 * (m2 - m3) - m2 * m2 + m3 * m3);
  return { s0, s1 };
}

/**
 * The ε budget of eq. (B4) for a given ε_sec: each share's ε (built field by field: this runs in optimisers' loops).
 */
export function limEpsilonShares(epsilonSec: number): EpsilonShare[] {
  return LIM_EPSILON_SHARES.map((s) => ({
    name: s.name,
    role: s.role,
    weight: s.weight,
    epsilon: (s.weight * epsilonSec) / LIM_EPSILON_TERMS,
  }));
}

const finiteOr0 = (v: number) => (Number.isFinite(v) ? v : 0);

/** The key length of one block, Lim et al. (2014) eqs. (1)-(5); never throws, never NaN. */
export function limKeyLength(x: LimKeyInput): LimKeyResult {
  const eps = x.epsilonSec;
  // One result object filled in step by step (object spreads cost more than the whole formula in a search loop).
  const r: LimKeyResult = {
    length: 0,
    raw: 0,
    reason: null,
    message: null,
    tau0: 0,
    tau1: 0,
    sX0: 0,
    sX1: 0,
    sZ0: 0,
    sZ1: 0,
    vZ1: 0,
    phaseErrorTest: 0.5,
    gamma: 0,
    phi: 0.5,
    deltaKey: 0,
    deltaTest: 0,
    deltaTestErrors: 0,
    leakEcBits: finiteOr0(x.leakEcBits),
    secrecyCostBits: finiteOr0(6 * Math.log2(LIM_EPSILON_TERMS / eps)),
    correctnessCostBits: finiteOr0(Math.log2(2 / x.epsilonCor)),
    epsilonShares: limEpsilonShares(finiteOr0(eps)),
  };
  const problem = inputProblem(x);
  if (problem) {
    r.raw = -Infinity;
    r.reason = 'invalid-input';
    r.message = problem;
    return r;
  }
  const { intensities: mu, probabilities: p } = x;
  r.tau0 = photonNumberProbability(0, mu, p);
  r.tau1 = photonNumberProbability(1, mu, p);
  const nKey = sum(x.key.counts),
    nTest = sum(x.test.counts),
    mTest = sum(x.test.errors);
  const costs = x.leakEcBits + r.secrecyCostBits + r.correctnessCostBits;
  if (nKey === 0 || nTest === 0) {
    r.raw = -costs;
    r.reason = 'no-detections';
    r.message = `no detections in the ${nKey === 0 ? 'key' : 'test'} basis`;
    return r;
  }
  const lnInv = Math.log(LIM_EPSILON_TERMS / eps);
  r.deltaKey = Math.sqrt((nKey / 2) * lnInv);
  r.deltaTest = Math.sqrt((nTest / 2) * lnInv);
  r.deltaTestErrors = Math.sqrt((mTest / 2) * lnInv);
  const keyBounds = vacuumAndSinglePhotons(x.key.counts, r.deltaKey, mu, p, r.tau0, r.tau1);
  const testBounds = vacuumAndSinglePhotons(x.test.counts, r.deltaTest, mu, p, r.tau0, r.tau1);
  // Eq. (4): v_{Z,1} ≤ τ1 (m⁺_{Z,μ2} − m⁻_{Z,μ3})/(μ2 − μ3).
  const mPlus2 = (Math.exp(mu[1]) / p[1]) * (x.test.errors[1] + r.deltaTestErrors);
  const mMinus3 = (Math.exp(mu[2]) / p[2]) * (x.test.errors[2] - r.deltaTestErrors);
  r.vZ1 = (r.tau1 * (mPlus2 - mMinus3)) / (mu[1] - mu[2]);
  if (![keyBounds.s0, keyBounds.s1, testBounds.s0, testBounds.s1, r.vZ1].every(Number.isFinite)) {
    r.raw = -Infinity;
    r.vZ1 = 0;
    r.reason = 'invalid-input';
    r.message = 'the decoy bounds overflow for these intensities and probabilities';
    return r;
  }
  r.sX0 = keyBounds.s0;
  r.sX1 = keyBounds.s1;
  r.sZ0 = testBounds.s0;
  r.sZ1 = testBounds.s1;
  // Vacuum and single-photon events are among the detections: s_X,0 + s_X,1 ≤ n_X and s_Z,1 ≤ n_Z. A bound
  // beyond that (inconsistent counts, e.g. more clicks at the weaker intensity) lies outside the Hoeffding
  // events whose failure ε already pays for, so clipping it costs no security and keeps ℓ ≤ n_X.
  const sX0 = Math.min(nKey, Math.max(0, keyBounds.s0));
  const sX1 = Math.min(nKey - sX0, Math.max(0, keyBounds.s1)),
    sZ1 = Math.min(nTest, Math.max(0, testBounds.s1));
  r.raw = sX0 - costs; // eq. (1) when the single-photon bits give nothing
  if (!(sX1 > 0 && sZ1 > 0)) {
    r.reason = 'no-single-photons';
    r.message = `single-photon bound ${sX1 > 0 ? 's_Z,1 (test basis)' : 's_X,1 (key basis)'} is not positive`;
    return r;
  }
  // An error bound below 0 means none of the single-photon test bits can be wrong; 0 is the honest value.
  r.phaseErrorTest = Math.max(0, r.vZ1) / sZ1;
  r.gamma = limGamma(eps, r.phaseErrorTest, sZ1, sX1);
  r.phi = r.phaseErrorTest + r.gamma;
  if (!(r.phi < 0.5)) {
    r.reason = 'phase-error-too-high';
    r.message = `phase-error bound φ_X = ${r.phi.toPrecision(3)} ≥ 1/2`;
    return r;
  }
  // Eq. (1) is the one key-length formula of keyLength.ts with s0 = s_X,0, s1 = s_X,1, c(ε) = 6·log2(21/ε_sec).
  const len = secretKeyLength({
    s0: sX0,
    s1: sX1,
    phaseErrorBound: r.phi,
    leakEcBits: x.leakEcBits,
    privacyCostBits: r.secrecyCostBits,
    epsilonCor: x.epsilonCor,
  });
  r.raw = len.raw;
  r.length = len.length;
  if (r.length === 0) {
    r.reason = 'key-too-short';
    r.message = `eq. (1) gives ${r.raw.toPrecision(4)} bits`;
  }
  return r;
}
