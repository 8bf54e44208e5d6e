// The `decoy-finite` model: expected counts of each intensity in each basis for one block of N key-basis bits,
// fed to the same limKeyLength (Lim et al. 2014) the pipeline uses; rate = ℓ / pulses. Optional optimisation
// of μ1, μ2, p_μ2, p_μ3 and the basis bias with μ3 fixed, as the paper's own evaluation does.
//
// Bases: Lim's key basis X is QKD Lab's Z (chosen with basisBiasZ by Alice and by Bob), Lim's test basis Z is
// QKD Lab's X. "key"/"test" below always mean the roles, whatever the letters.
import { binaryEntropy } from '../common/entropy';
import type { LinkParams } from '../common/params';
import { limEcLeak, limKeyLength, type LimKeyInput, type LimKeyResult, type Triple } from '../distill/limDecoyKey';
import { wcpGainAndQber } from './gain';
import { maximiseLog } from './maximise';

/** μ1 > μ2 + μ3, μ2 > μ3 ≥ 0; p1 + p2 + p3 = 1; pKey = probability of the key basis (QKD Lab: basisBiasZ). */
export interface DecoySettings {
  mu1: number;
  mu2: number;
  mu3: number;
  p1: number;
  p2: number;
  p3: number;
  pKey: number;
}

/** What Bob sees per pulse sent at one intensity: gain Q and the QBER of the key and the test basis. */
export interface IntensityDetection {
  gain: number;
  qberKey: number;
  qberTest: number;
}
export type ExpectedLink = (mu: number) => IntensityDetection;

export interface DecoyFiniteOptions {
  /** n_X: sifted key-basis bits per block (all three intensities), the paper's post-processing block size. */
  blockBits: number;
  /** f of λ_EC = f·n_X·h(e_obs), e_obs the key basis's error rate over all intensities. */
  ecEfficiency: number;
  /** A fixed ε_sec, or { perKeyBit: κ } for ε_sec = κ·ℓ as in the paper's evaluation (solved by iteration). */
  epsilonSec: number | { perKeyBit: number };
  epsilonCor: number;
}

export interface DecoyFiniteRate {
  /** ℓ / pulses, bits per pulse (≥ 0). */
  rate: number;
  /**
   * Order-preserving objective for optimisers: rate when a key exists, else eq. (1) in bits (negative) minus
   * penalties.
   */
  objective: number;
  pulses: number;
  epsilonSec: number;
  input: LimKeyInput;
  result: LimKeyResult;
}

/**
 * QKD Lab's link at distanceKm (gain.ts): Poisson pulses, dark counts, and the misalignment error
 * e·(1 − e^(−ημ)) with η the WHOLE system's transmittance (fiber × receiver × detector), as in the other models
 * and as the paper's own simulation must have done (its printed numbers need η_sys, not the η_ch its formula
 * shows: limPaper.ts and its test).
 */
export function linkDetection(p: LinkParams, distanceKm: number): ExpectedLink {
  return (mu) => {
    const g = wcpGainAndQber(p, distanceKm, mu);
    return { gain: g.gain, qberKey: g.qberZ, qberTest: g.qberX };
  };
}

/** The link's own decoy settings: signal μ, decoy ν, vacuum; signal/decoy probabilities; basisBiasZ. */
export function linkDecoySettings(p: LinkParams, mu3 = 0): DecoySettings {
  return {
    mu1: p.meanPhotonNumber,
    mu2: p.decoyMeanPhotonNumber,
    mu3,
    p1: p.signalProbability,
    p2: p.decoyProbability,
    p3: 1 - p.signalProbability - p.decoyProbability,
    pKey: p.basisBiasZ,
  };
}

/** Expected counts of a block of blockBits key-basis detections, and the pulses Alice sends for it. */
export function expectedLimCounts(link: ExpectedLink, s: DecoySettings, blockBits: number) {
  const mu: Triple = [s.mu1, s.mu2, s.mu3],
    pk: Triple = [s.p1, s.p2, s.p3];
  const det = mu.map(link);
  const keyPerPulse = s.pKey * s.pKey * pk.reduce((a, p, k) => a + p * det[k].gain, 0);
  const pulses = keyPerPulse > 0 ? blockBits / keyPerPulse : Infinity;
  const basis = (share: number, qber: (d: IntensityDetection) => number) => {
    const counts = det.map((d, k) => pulses * share * pk[k] * d.gain);
    return { counts: counts as unknown as Triple, errors: counts.map((c, k) => c * qber(det[k])) as unknown as Triple };
  };
  return {
    pulses,
    intensities: mu,
    probabilities: pk,
    key: basis(s.pKey * s.pKey, (d) => d.qberKey),
    test: basis((1 - s.pKey) * (1 - s.pKey), (d) => d.qberTest),
  };
}

/** Bits per pulse of one block at fixed settings. */
export function decoyFiniteRate(link: ExpectedLink, s: DecoySettings, o: DecoyFiniteOptions): DecoyFiniteRate {
  const c = expectedLimCounts(link, s, o.blockBits);
  const base = {
    intensities: c.intensities,
    probabilities: c.probabilities,
    key: c.key,
    test: c.test,
    epsilonCor: o.epsilonCor,
  };
  const leakEcBits = Number.isFinite(c.pulses) ? limEcLeak(o.ecEfficiency, c.key) : 0;
  let epsilonSec = typeof o.epsilonSec === 'number' ? o.epsilonSec : o.epsilonSec.perKeyBit * o.blockBits;
  // Object literals, not spreads: this runs thousands of times per optimised point.
  const inputFor = (eps: number): LimKeyInput => ({
    intensities: base.intensities,
    probabilities: base.probabilities,
    key: base.key,
    test: base.test,
    epsilonCor: base.epsilonCor,
    leakEcBits,
    epsilonSec: eps,
  });
  let input = inputFor(epsilonSec);
  let result = limKeyLength(input);
  if (typeof o.epsilonSec !== 'number') {
    // ε_sec = κ·ℓ: ℓ depends on ε_sec only through logarithms and square roots of logarithms, so a few
    // fixed-point steps settle it (ℓ below one bit is taken as one bit, the smallest ε_sec).
    const kappa = o.epsilonSec.perKeyBit;
    for (let i = 0; i < 12; i++) {
      const next = Math.min(0.5, kappa * Math.max(1, result.raw));
      if (Math.abs(next - epsilonSec) <= 1e-9 * epsilonSec) break;
      epsilonSec = next;
      input = inputFor(epsilonSec);
      result = limKeyLength(input);
    }
  }
  const rate = result.length > 0 && Number.isFinite(c.pulses) ? result.length / c.pulses : 0;
  const objective =
    result.raw > 0 && Number.isFinite(c.pulses) ? result.raw / c.pulses : shortfall(result, c.test.counts, o.blockBits);
  return { rate, objective, pulses: c.pulses, epsilonSec, input, result };
}

/**
 * Where eq. (1) gives no key: a continuous, scale-free measure of how far from a key the settings are
 * (≤ 0, per key-basis bit), so coordinate ascent has a slope towards the region with a key. Negative single-
 * photon bounds count as they are, and a phase error past 1/2 (or no test-basis bound at all) costs h = 1 plus
 * the excess, the excess of a missing bound measured by how negative s_Z,1 is per test detection.
 */
function shortfall(r: LimKeyResult, testCounts: Triple, blockBits: number): number {
  if (!Number.isFinite(r.raw)) return -Infinity;
  const nTest = testCounts[0] + testCounts[1] + testCounts[2];
  const phi = r.sZ1 > 0 ? r.phi : 0.5 + (1 - r.sZ1) / Math.max(1, nTest);
  const hExt = phi <= 0.5 ? binaryEntropy(phi) : 1 + (phi - 0.5);
  const single = r.sX1 > 0 ? r.sX1 * (1 - hExt) : r.sX1;
  const costs = r.leakEcBits + r.secrecyCostBits + r.correctnessCostBits;
  return Math.min(0, Math.max(0, r.sX0) + single - costs) / blockBits;
}

const MU_MAX = 1,
  MU2_MIN = 1e-4,
  P_MIN = 1e-3,
  TEST_MAX = 0.99;

const settings = (s: DecoySettings, mu1: number, mu2: number, p2: number, p3: number, pKey: number): DecoySettings => ({
  mu1,
  mu2,
  mu3: s.mu3,
  p1: 1 - p2 - p3,
  p2,
  p3,
  pKey,
});

/** One coordinate of the search: its bounds given the other settings, and how to set it. */
interface Coordinate {
  bounds: (s: DecoySettings) => [number, number];
  get: (s: DecoySettings) => number;
  set: (s: DecoySettings, v: number) => DecoySettings;
}

const COORDINATES: Coordinate[] = [
  {
    bounds: (s) => [(s.mu2 + s.mu3) * 1.001 + 1e-9, MU_MAX],
    get: (s) => s.mu1,
    set: (s, v) => settings(s, v, s.mu2, s.p2, s.p3, s.pKey),
  },
  {
    bounds: (s) => [Math.max(MU2_MIN, s.mu3 * 1.001 + 1e-9), (s.mu1 - s.mu3) / 1.001],
    get: (s) => s.mu2,
    set: (s, v) => settings(s, s.mu1, v, s.p2, s.p3, s.pKey),
  },
  // Decoy and vacuum probabilities in a log scale (they can be small); the signal takes the rest.
  {
    bounds: (s) => [P_MIN, 1 - s.p3 - P_MIN],
    get: (s) => s.p2,
    set: (s, v) => settings(s, s.mu1, s.mu2, v, s.p3, s.pKey),
  },
  {
    bounds: (s) => [P_MIN, 1 - s.p2 - P_MIN],
    get: (s) => s.p3,
    set: (s, v) => settings(s, s.mu1, s.mu2, s.p2, v, s.pKey),
  },
  // The test basis's share 1 − pKey, also in a log scale: large blocks want almost all pulses in the key basis,
  // tiny blocks more tests than keys (n_X is fixed, so test detections only cost pulses).
  {
    bounds: () => [P_MIN, TEST_MAX],
    get: (s) => 1 - s.pKey,
    set: (s, v) => settings(s, s.mu1, s.mu2, s.p2, s.p3, 1 - v),
  },
];

/** Settings moved into the region the search explores (μ1 > μ2 + μ3 and every probability ≥ 10⁻³). */
function feasible(s: DecoySettings): DecoySettings {
  const mu3 = Math.max(0, s.mu3);
  const mu2 = Math.min(Math.max(s.mu2, MU2_MIN, mu3 * 1.01 + 1e-9), MU_MAX / 2);
  const mu1 = Math.min(Math.max(s.mu1, (mu2 + mu3) * 1.01 + 1e-9), MU_MAX);
  const p2 = Math.min(Math.max(s.p2, P_MIN), 0.49),
    p3 = Math.min(Math.max(s.p3, P_MIN), 0.49);
  const pKey = Math.min(Math.max(s.pKey, 1 - TEST_MAX), 1 - P_MIN);
  return { mu1, mu2, mu3, p1: 1 - p2 - p3, p2, p3, pKey };
}

/**
 * Starting points of the search besides the link's own settings. The landscape has a wide flat region without
 * key where ascent can wander off, so the search starts from a few settings that give a key on typical links:
 * a conventional one (mostly signal), one mostly decoy and vacuum, and the smallest-block kind (few key pulses).
 */
export function searchStarts(mu3: number): DecoySettings[] {
  return [
    { mu1: 0.5, mu2: 0.15, mu3, p1: 0.15, p2: 0.5, p3: 0.35, pKey: 0.6 },
    { mu1: 0.5, mu2: 0.1, mu3, p1: 0.05, p2: 0.55, p3: 0.4, pKey: 0.1 },
    { mu1: 0.45, mu2: 0.17, mu3, p1: 0.8, p2: 0.1, p3: 0.1, pKey: 0.9 },
  ];
}

/**
 * Coordinate ascent from one start: the first two sweeps search each coordinate over its whole range (maximiseLog's
 * grid and golden section), later sweeps within a factor 1.5 of the current value; it stops when a sweep gains
 * less than 10⁻⁶ relative. A 1 % step in ln x is fine enough: the rate is flat (quadratic) at its optimum.
 */
function ascend(link: ExpectedLink, start: DecoySettings, o: DecoyFiniteOptions, sweeps: number) {
  let s = feasible(start);
  let best = decoyFiniteRate(link, s, o);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const before = best.objective;
    for (const c of COORDINATES) {
      let [lo, hi] = c.bounds(s);
      if (!(hi > lo)) continue;
      const local = sweep >= 2;
      if (local) [lo, hi] = [Math.max(lo, c.get(s) / 1.5), Math.min(hi, c.get(s) * 1.5)];
      const m = maximiseLog((v) => decoyFiniteRate(link, c.set(s, v), o).objective, lo, hi, {
        gridPoints: local ? 5 : 9,
        tolerance: 1e-2,
      });
      if (m.value > best.objective) {
        s = c.set(s, m.x);
        best = decoyFiniteRate(link, s, o);
      }
    }
    if (best.objective - before <= 1e-6 * Math.abs(before)) break;
  }
  return { settings: s, best };
}

/**
 * Maximise the rate over μ1, μ2, p_μ2, p_μ3 and the basis bias with μ3 fixed (the paper's free parameters
 * {q_x, p_μ1, p_μ2, μ1, μ2}), from `start` and from searchStarts(μ3); the best result wins.
 */
export function optimiseDecoyFinite(
  link: ExpectedLink,
  start: DecoySettings,
  o: DecoyFiniteOptions,
  sweeps = 8,
): { settings: DecoySettings; best: DecoyFiniteRate } {
  return [start, ...searchStarts(start.mu3)]
    .map((s) => ascend(link, s, o, sweeps))
    .reduce((a, b) => (b.best.objective > a.best.objective ? b : a));
}
