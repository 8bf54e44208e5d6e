// The single-photon phase-error bound of the three-state time-bin protocol (Z states |0⟩, |1⟩ and only |+⟩ in X),
// after Tamaki et al., PRA 90, 052314 (2014) and Rusca et al., PRA 98, 052336 (2018), and the key length it gives.
import { secretKeyLength, type EpsilonShare } from './keyLength';

/**
 * Why this bound, not BB84's: Alice never sends |−⟩, so the X-basis errors of |−⟩ cannot be observed. For a qubit
 * ½(|0⟩⟨0| + |1⟩⟨1|) = ½(|+⟩⟨+| + |−⟩⟨−|), so by linearity of whatever Eve and Bob do, every yield of the virtual
 * |−⟩ is Y_−(k) = Y_0(k) + Y_1(k) − Y_+(k): the clicks of the Z states measured in X fill in the missing state.
 * The virtual X-basis error rate (the phase error of the Z key bits) is then
 *   e_ph = [Y_+(−) + Y_0(+) + Y_1(+) − Y_+(+)] / [Y_0(X) + Y_1(X)],
 * with Y_s(k) = clicks of state s with X outcome k per pulse of state s (central time slot only: the side slots of
 * Bob's unbalanced interferometer carry no phase). Only single-photon pulses obey the identity: multi-photon
 * clicks are removed from the counts they could inflate in the worst case.
 */
export interface ThreeStateCounts {
  /** Pulses Alice sent in the two Z states together, and as |+⟩. */
  pulsesZ: number;
  pulsesPlus: number;
  /** Central-slot X clicks after |+⟩ with outcome + (correct) and − (error). */
  plusToPlus: number;
  plusToMinus: number;
  /** Central-slot X clicks after a Z state: with outcome +, and in all. */
  zToPlus: number;
  zToX: number;
}

/**
 * Estimates the phase-error bound makes, each failing with its own equal share: 3 variance, numerator, denominator,
 * sampling.
 */
export const THREE_STATE_ESTIMATES = 6;

/** ln(1/ε) as used by the concentration bounds below. */
const lnInv = (epsilon: number): number => Math.log(1 / epsilon);

/** Upper bound on the expectation of a count c observed (Chernoff lower tail, exp(−t²/2μ)), failing with ε. */
export function expectationUpper(c: number, epsilon: number): number {
  const L = lnInv(epsilon);
  return c + L + Math.sqrt(L * L + 2 * c * L);
}

/** Lower bound on the expectation of a count c observed (Bernstein upper tail, exp(−t²/2(μ + t/3))), failing with ε. */
export function expectationLower(c: number, epsilon: number): number {
  const L = lnInv(epsilon);
  return Math.max(0, c + (2 / 3) * L - Math.sqrt((4 / 9) * L * L + 2 * c * L));
}

export interface ThreeStatePhaseBound {
  /** Expected single-photon phase-error rate, upper bound (from the bounded yields), capped at 1/2. */
  expectedRate: number;
  /** φ1: the bound on the phase-error rate of the s1 single-photon key bits, with the sampling term. */
  phaseErrorBound: number;
}

/**
 * Upper bound on the single-photon phase-error rate of s1 key bits from the three-state counts, for a source with
 * multi-photon probability pMulti per pulse.
 *
 * The numerator Y_+(−) + Y_0(+) + Y_1(+) − Y_+(+) is a sum over pulses of W_i = 1/P_+ (|+⟩ sent, − clicked) +
 * 2/P_Z (Z sent, + clicked) − 1/P_+ (|+⟩ sent, + clicked); one Bernstein bound on that sum (variance ≤ Σ E[W_i²], from
 * the three counts' upper bounds) is much tighter than bounding Y_0 + Y_1 and Y_+(+) apart, whose difference is
 * small. Multi-photon pulses make at most pMulti clicks per pulse in expectation: their share is added to the
 * numerator (they could hide in Y_+(+)) and taken from the denominator. Vacuum clicks enter both with ratio 1/2,
 * which only raises the bound. Six estimates (THREE_STATE_ESTIMATES), each failing with epsilonEach: three count
 * bounds for the variance, the numerator, the denominator, and Hoeffding's sampling of the s1 key bits.
 */
export function threeStatePhaseBound(
  x: ThreeStateCounts,
  s1: number,
  epsilonEach: number,
  pMulti: number,
): ThreeStatePhaseBound {
  if (!(x.pulsesZ > 0 && x.pulsesPlus > 0 && s1 > 0)) return { expectedRate: 0.5, phaseErrorBound: 0.5 };
  const L = lnInv(epsilonEach);
  const a = 1 / x.pulsesPlus,
    b = 2 / x.pulsesZ;
  const observed = a * x.plusToMinus + b * x.zToPlus - a * x.plusToPlus;
  const variance =
    a * a * expectationUpper(x.plusToMinus, epsilonEach) +
    b * b * expectationUpper(x.zToPlus, epsilonEach) +
    a * a * expectationUpper(x.plusToPlus, epsilonEach);
  const range = a + Math.max(a, b);
  const t = (range * L) / 3 + Math.sqrt(((range * L) / 3) ** 2 + 2 * L * variance);
  const numerator = observed + t + pMulti;
  // The two Z states are equally likely: Y_0 + Y_1 = 2·(clicks after Z)/(pulses in Z).
  const denominator = b * expectationLower(x.zToX, epsilonEach) - 2 * pMulti;
  if (!(denominator > 0)) return { expectedRate: 0.5, phaseErrorBound: 0.5 };
  const expectedRate = Math.min(0.5, Math.max(0, numerator / denominator));
  const phaseErrorBound = Math.min(0.5, expectedRate + Math.sqrt(L / (2 * s1)));
  return { expectedRate, phaseErrorBound };
}

export interface ThreeStateKeyInput {
  counts: ThreeStateCounts;
  /** Key bits entering error correction, and the upper bound on those from multi-photon pulses. */
  n: number;
  nMultiUpper: number;
  /** Multi-photon probability per pulse (0 for an ideal single-photon source). */
  pMulti: number;
  leakEcBits: number;
  epsilonSec: number;
  epsilonCor: number;
  /** ε already spent on the multi-photon count bound (0 for an ideal single-photon source). */
  epsilonMulti: number;
}

export interface ThreeStateKeyResult {
  length: number;
  raw: number;
  s1: number;
  expectedRate: number;
  phaseErrorBound: number;
  privacyCostBits: number;
  epsilonShares: EpsilonShare[];
}

/**
 * ε budget: the multi-photon share as spent, then half of the rest for the six estimates of the phase-error
 * bound ('phase-error-gamma') and half for privacy amplification, whose cost is 2·log2(1/ε_PA).
 * ℓ = ⌊s1·[1 − h(φ1)] − λ_EC − 2·log2(1/ε_PA) − log2(2/ε_cor)⌋ through the one formula of keyLength.ts.
 */
export function threeStateKeyLength(x: ThreeStateKeyInput): ThreeStateKeyResult {
  const rest = x.epsilonSec - x.epsilonMulti;
  const epsPhase = rest / 2,
    epsPa = rest / 2;
  const s1 = Math.max(0, x.n - Math.min(x.n, Math.max(0, x.nMultiUpper)));
  const bound = threeStatePhaseBound(x.counts, s1, epsPhase / THREE_STATE_ESTIMATES, x.pMulti);
  const privacyCostBits = -2 * Math.log2(epsPa);
  const len = secretKeyLength({
    s0: 0,
    s1,
    phaseErrorBound: bound.phaseErrorBound,
    leakEcBits: x.leakEcBits,
    privacyCostBits,
    epsilonCor: x.epsilonCor,
  });
  const epsilonShares: EpsilonShare[] = [
    { name: 'phase-error-gamma', epsilon: epsPhase },
    { name: 'privacy-amplification', epsilon: epsPa },
  ];
  if (x.epsilonMulti > 0) epsilonShares.push({ name: 'multi-photon-count', epsilon: x.epsilonMulti });
  return {
    ...len,
    s1,
    expectedRate: bound.expectedRate,
    phaseErrorBound: bound.phaseErrorBound,
    privacyCostBits,
    epsilonShares,
  };
}
