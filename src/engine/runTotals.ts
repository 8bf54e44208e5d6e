// Running aggregates of a session: sums of the photon worker's per-batch stats and the readouts
// derived from them (QBER per basis, sifted and secret key rates per simulated second). Pure, no I/O.
import { binaryEntropy } from '../../workers/common/entropy';
import { addBatchStats } from '../../workers/photon/stats';

/** The fields of the photon worker's BatchStats that the page sums (structurally typed). */
export interface StatsLike {
  detections: number;
  siftedZ: number;
  siftedX: number;
  errorsZ: number;
  errorsX: number;
  /** Sifted Z bits whose value Eve knows exactly / holds a guess for (absent from test doubles). */
  eveExactSiftedZ?: number;
  eveGuessSiftedZ?: number;
  /** Sifted Z bits on which Eve's bit equals Alice's (known, guessed or a coin flip). */
  eveAgreeSiftedZ?: number;
  /** Of the guessed sifted Z bits, those she guessed right. */
  eveGuessAgreeSiftedZ?: number;
}

export interface RunTotals extends Required<StatsLike> {
  /** Simulated seconds since the session opened (from the last batch's end). */
  simulatedSeconds: number;
  /** Pulses sent by Alice so far. */
  pulses: number;
  batches: number;
}

export function emptyTotals(): RunTotals {
  return {
    detections: 0,
    siftedZ: 0,
    siftedX: 0,
    errorsZ: 0,
    errorsX: 0,
    eveExactSiftedZ: 0,
    eveGuessSiftedZ: 0,
    eveAgreeSiftedZ: 0,
    eveGuessAgreeSiftedZ: 0,
    simulatedSeconds: 0,
    pulses: 0,
    batches: 0,
  };
}

/** Adds one step's stats; time and pulses are absolute positions, so they are taken, not summed. */
export function addStepStats(
  totals: RunTotals,
  stats: StatsLike,
  simulatedSecondsEnd: number,
  endPulse: number,
): RunTotals {
  return {
    // The photon worker's one reducer sums the counts; a test double without Eve's counts adds 0 to them.
    ...addBatchStats(totals, stats),
    simulatedSeconds: Math.max(totals.simulatedSeconds, simulatedSecondsEnd),
    pulses: Math.max(totals.pulses, endPulse),
    batches: totals.batches + 1,
  };
}

export interface Readouts {
  /** True error rate of the sifted bits per basis; null before any sifted bit. */
  qberZ: number | null;
  qberX: number | null;
  siftedBits: number;
  /** Sifted bits (both bases) per simulated second. */
  siftedKeyRate: number | null;
  /** Final secret key bits per simulated second. */
  secretKeyRate: number | null;
  /** Share of sifted Z (key) bits whose value Eve knows exactly; null before any sifted Z bit. */
  eveKnownFraction: number | null;
  /**
   * Eve's information about the sifted Z bits, in bits per bit: 1 for a bit she knows exactly, 1 − h(a) for a guessed
   * one (a: the share of her guesses that were right), 0 for a coin flip. It equals eveKnownFraction when her guesses
   * are coin flips (intercept-resend in the wrong basis) and shows a cloner's 1 − h(½ + √(D(1 − D))).
   */
  eveInformation: number | null;
}

/** Eve's information in bits summed over the sifted Z bits (see Readouts.eveInformation). */
function eveInformationBits(t: RunTotals): number {
  const guessed = t.eveGuessSiftedZ;
  // A run file from before this count was kept lacks it: its guesses then count as coin flips, as they were shown.
  const right = Number.isFinite(t.eveGuessAgreeSiftedZ) ? t.eveGuessAgreeSiftedZ : guessed / 2;
  const perGuess = guessed > 0 ? 1 - binaryEntropy(right / guessed) : 0;
  return t.eveExactSiftedZ + guessed * perGuess;
}

export function deriveReadouts(totals: RunTotals, finalKeyBits: number): Readouts {
  const perSecond = (n: number) => (totals.simulatedSeconds > 0 ? n / totals.simulatedSeconds : null);
  const siftedBits = totals.siftedZ + totals.siftedX;
  return {
    qberZ: totals.siftedZ > 0 ? totals.errorsZ / totals.siftedZ : null,
    qberX: totals.siftedX > 0 ? totals.errorsX / totals.siftedX : null,
    siftedBits,
    siftedKeyRate: perSecond(siftedBits),
    secretKeyRate: perSecond(finalKeyBits),
    eveKnownFraction: totals.siftedZ > 0 ? totals.eveExactSiftedZ / totals.siftedZ : null,
    eveInformation: totals.siftedZ > 0 ? eveInformationBits(totals) / totals.siftedZ : null,
  };
}
