// The automatic checks of the lessons' tasks: pure functions of a LessonSnapshot, so each is unit-tested
// on states that meet the task and states that do not. Thresholds carry the physics they stand for.
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import type { LessonSnapshot } from './lessonSnapshot';

/** Enough sifted bits that a QBER or a share is not a fluke of a few bits. */
export const MIN_SIFTED_FOR_RATE = 200;
export const MIN_DETECTIONS_TO_SORT = 6;

export const qberZ = (s: LessonSnapshot) => (s.totals.siftedZ > 0 ? s.totals.errorsZ / s.totals.siftedZ : 0);
export const eveKnownShare = (s: LessonSnapshot) =>
  s.totals.siftedZ > 0 ? s.totals.eveExactSiftedZ / s.totals.siftedZ : 0;
/** Share of sifted key bits where Eve's bit (known, guessed or a coin flip) equals Alice's; 1 when not counted. */
export const eveAgreement = (s: LessonSnapshot) =>
  s.totals.siftedZ > 0 && Number.isFinite(s.totals.eveAgreeSiftedZ) ? s.totals.eveAgreeSiftedZ / s.totals.siftedZ : 1;

/**
 * Share of the newest block's key bits that the multi-photon bound (GLLP, or the decoy estimate) counts as known to
 * Eve.
 */
export const multiPhotonShare = (s: LessonSnapshot) =>
  s.newestBlock && s.newestBlock.nKey > 0 ? s.newestBlock.nMulti / s.newestBlock.nKey : null;
/** The decoy analysis "sees" PNS when it finds (almost) no single-photon clicks: at least this share goes to Eve. */
export const DECOY_CATCH_SHARE = 0.9;

/** Chance that Eve, intercepting a fraction f of photons, causes no error on n checked bits: (1 − f/4)ⁿ. */
export function missChance(checkedBits: number, interceptFraction = 1): number {
  return (1 - interceptFraction / 4) ** checkedBits;
}

/**
 * Chance that a phase-covariant cloner leaves no error on n checked bits, (1 − e)ⁿ, where e = f·D is the error it
 * puts on a checked bit (a share f of the photons cloned with disturbance D).
 */
export function missChanceCloning(checkedBits: number, errorPerBit: number): number {
  return (1 - errorPerBit) ** checkedBits;
}

/** A chance (1 − q)ⁿ ready to write: as a percentage, or as mantissa × 10^exponent with "1 in N" while N ≤ 10¹⁵. */
export type ChanceParts =
  | { kind: 'percent'; percent: number }
  | { kind: 'zero' }
  | { kind: 'power'; mantissa: number; exponent: number; oneIn: number | null };

/**
 * (perBitMiss)ⁿ from its base-10 logarithm n·log₁₀(perBitMiss): for a few thousand checked bits the chance itself
 * is below the smallest double (0.75ⁿ underflows past n ≈ 2 590), its logarithm is not.
 */
export function chanceParts(perBitMiss: number, n: number): ChanceParts {
  if (n === 0) return { kind: 'percent', percent: 100 };
  if (perBitMiss <= 0) return { kind: 'zero' };
  const log10p = n * Math.log10(perBitMiss);
  if (log10p >= -2) return { kind: 'percent', percent: 10 ** log10p * 100 };
  let exponent = Math.floor(log10p);
  let mantissa = Number((10 ** (log10p - exponent)).toPrecision(3));
  if (mantissa >= 10) [mantissa, exponent] = [1, exponent + 1];
  const oneIn = -log10p <= 15 ? Number((10 ** -log10p).toPrecision(3)) : null;
  return { kind: 'power', mantissa, exponent, oneIn };
}

export const CHECKS = {
  /** Lesson 1: every shown detection sorted by basis match (keep same basis, drop different). */
  sortedDetections: (s: LessonSnapshot) =>
    s.learner.siftShown >= MIN_DETECTIONS_TO_SORT && s.learner.siftCorrect === s.learner.siftShown,
  /** Lesson 2: intercept-resend pushes the QBER past 11 %. */
  qberPastThreshold: (s: LessonSnapshot) =>
    s.params.eve === 'intercept-resend' && s.totals.siftedZ >= MIN_SIFTED_FOR_RATE && qberZ(s) > QBER_THRESHOLD,
  /** Lesson 2: enough checked bits that a full intercept-resend hides with less than one chance in a million. */
  millionToOne: (s: LessonSnapshot) => s.learner.checkedBits !== null && missChance(s.learner.checkedBits) < 1e-6,
  /**
   * Lesson 2: a gentle cloner (every photon, D ≤ 5 %) still shows in the QBER (above D/2, below the threshold),
   * while her guesses of the key bits stay far from certain (agreement below 80 %; ½ + √(D(1 − D)) ≈ 72 % at 5 %).
   */
  gentleCloner: (s: LessonSnapshot) =>
    s.params.eve === 'phase-covariant-cloning' &&
    s.params.cloningDisturbance > 0 &&
    s.params.cloningDisturbance <= 0.05 &&
    s.params.interceptFraction >= 0.99 &&
    s.totals.siftedZ >= 1000 &&
    qberZ(s) > s.params.cloningDisturbance / 2 &&
    qberZ(s) < QBER_THRESHOLD &&
    eveAgreement(s) < 0.8,
  /** Lesson 3: PNS on a laser without decoys: Eve knows at least half the key, silently. */
  pnsReadsLaser: (s: LessonSnapshot) =>
    s.params.eve === 'pns' &&
    s.params.source === 'wcp' &&
    s.params.decoy === 'none' &&
    s.totals.siftedZ >= MIN_SIFTED_FOR_RATE &&
    eveKnownShare(s) >= 0.5 &&
    qberZ(s) < QBER_THRESHOLD,
  /**
   * Lesson 3: with decoys, the newest block is aborted because the decoy analysis gives (almost) every key bit to Eve.
   */
  decoysCatchPns: (s: LessonSnapshot) =>
    s.params.eve === 'pns' &&
    s.params.source === 'wcp' &&
    s.params.decoy === 'vacuum-weak' &&
    s.newestBlock !== null &&
    s.newestBlock.isAborted &&
    (multiPhotonShare(s) ?? 0) >= DECOY_CATCH_SHARE,
  /** Lesson 3: the same attack on a low-g2 quantum dot learns almost nothing. */
  pnsFailsOnDot: (s: LessonSnapshot) =>
    s.params.eve === 'pns' &&
    s.params.source === 'qd' &&
    s.params.g2Zero <= 0.05 &&
    s.totals.siftedZ >= 1000 &&
    eveKnownShare(s) < 0.06,
  /** Lesson 4: photons still arrive over 120 km of fiber. */
  longFiber: (s: LessonSnapshot) =>
    s.params.fiberLengthKm >= 120 && s.totals.siftedZ + s.totals.siftedX >= MIN_SIFTED_FOR_RATE,
  /** Lesson 4: at long distance, dark counts alone push the QBER past 11 % (no Eve). */
  darkCountsWin: (s: LessonSnapshot) =>
    s.params.eve === 'none' &&
    s.params.fiberLengthKm >= 100 &&
    s.totals.siftedZ >= MIN_SIFTED_FOR_RATE &&
    qberZ(s) > QBER_THRESHOLD,
  /**
   * Lesson 4: the 120 km experiment's link (dim quantum dot, 100 Hz dark counts, three-state time-bin) gives a secret
   * key.
   */
  experimentKey: (s: LessonSnapshot) =>
    s.params.fiberLengthKm >= 120 &&
    s.params.source === 'qd' &&
    s.params.eve === 'none' &&
    s.params.encoding === 'time-bin-3state' &&
    s.params.darkCountRateHz <= 100 &&
    s.finalKeyBits > 0,
  /** Lesson 4: Raman light from classical data in the same fiber pushes the QBER past 11 % (no Eve). */
  classicalKillsKey: (s: LessonSnapshot) =>
    s.params.eve === 'none' &&
    s.params.classicalChannel !== 'off' &&
    s.totals.siftedZ >= MIN_SIFTED_FOR_RATE &&
    qberZ(s) > QBER_THRESHOLD,
  /** Lesson 5: a small block was distilled to a key, with Cascade's questions recorded. */
  tracedKeyBlock: (s: LessonSnapshot) =>
    s.keyBlock !== null && s.keyBlock.finalKeyBits > 0 && s.keyBlock.hasCascadeTrace,
  /** Lesson 5: the learner followed Cascade's binary search until it found and fixed an error. */
  walkedToFix: (s: LessonSnapshot) => s.learner.hasSeenCascadeFix,
  /** Lesson 5: after privacy amplification Eve's guess agrees with the key like a coin flip (40–60 %). */
  eveAtCoinFlip: (s: LessonSnapshot) =>
    s.params.eve !== 'none' &&
    s.keyBlock !== null &&
    s.keyBlock.eveFinalKeyAgreement !== null &&
    Math.abs(s.keyBlock.eveFinalKeyAgreement - 0.5) <= 0.1,
} satisfies Record<string, (s: LessonSnapshot) => boolean>;

export type CheckId = keyof typeof CHECKS;
