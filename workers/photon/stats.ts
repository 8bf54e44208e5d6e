// Per-batch counts of a DetectionBatch (detections, sifted bits and errors per basis, dark, double and
// afterpulse clicks, what Eve knows), computed once in the worker so no UI loops over detections.
import {
  BASIS_X,
  BASIS_Z,
  EVE_EXACT,
  EVE_GUESS,
  FLAG_AFTERPULSE,
  FLAG_DARK,
  FLAG_DOUBLE,
  FLAG_EVE_RESENT,
  FLAG_SIDE_PEAK,
  type DetectionBatch,
} from '../common/detections';

export interface BatchStats {
  pulses: number;
  detections: number;
  siftedZ: number;
  siftedX: number;
  errorsZ: number;
  errorsX: number;
  darkClicks: number;
  doubleClicks: number;
  afterpulseClicks: number;
  eveResentClicks: number;
  /** Sifted Z bits whose value Eve knows exactly / has a guess for. */
  eveExactSiftedZ: number;
  eveGuessSiftedZ: number;
  /** Sifted Z bits on which Eve's bit equals Alice's (any knowledge level). */
  eveAgreeSiftedZ: number;
  /**
   * Of the guessed ones (EVE_GUESS), those she guessed right: how much her guesses are worth (cloning vs coin
   * flips).
   */
  eveGuessAgreeSiftedZ: number;
  /** Detections per intensity class (signal, decoy, vacuum). */
  detectionsByIntensity: [number, number, number];
  /** Pulses sent per intensity class in the batch's pulse range. */
  pulsesByIntensity: [number, number, number];
  simulatedSecondsEnd: number;
}

export function emptyStats(): BatchStats {
  return {
    pulses: 0,
    detections: 0,
    siftedZ: 0,
    siftedX: 0,
    errorsZ: 0,
    errorsX: 0,
    darkClicks: 0,
    doubleClicks: 0,
    afterpulseClicks: 0,
    eveResentClicks: 0,
    eveExactSiftedZ: 0,
    eveGuessSiftedZ: 0,
    eveAgreeSiftedZ: 0,
    eveGuessAgreeSiftedZ: 0,
    detectionsByIntensity: [0, 0, 0],
    pulsesByIntensity: [0, 0, 0],
    simulatedSecondsEnd: 0,
  };
}

export function summarizeBatch(batch: DetectionBatch): BatchStats {
  const s = emptyStats();
  s.pulses = batch.endPulse - batch.firstPulse;
  s.detections = batch.count;
  s.simulatedSecondsEnd = batch.simulatedSecondsEnd;
  for (let c = 0; c < 3; c++) s.pulsesByIntensity[c] = batch.pulsesByIntensity[c];
  const { aliceBasis, bobBasis, aliceBit, bobBit, flags, eveKnowledge, eveBit, intensity } = batch;
  for (let i = 0; i < batch.count; i++) {
    const f = flags[i];
    if (f & FLAG_DARK) s.darkClicks++;
    if (f & FLAG_DOUBLE) s.doubleClicks++;
    if (f & FLAG_AFTERPULSE) s.afterpulseClicks++;
    if (f & FLAG_EVE_RESENT) s.eveResentClicks++;
    s.detectionsByIntensity[intensity[i]]++;
    if (aliceBasis[i] !== bobBasis[i]) continue;
    const isError = aliceBit[i] !== bobBit[i] ? 1 : 0;
    if (aliceBasis[i] === BASIS_Z) {
      s.siftedZ++;
      s.errorsZ += isError;
      if (eveKnowledge[i] === EVE_EXACT) s.eveExactSiftedZ++;
      const isRight = eveBit[i] === aliceBit[i] ? 1 : 0;
      if (eveKnowledge[i] === EVE_GUESS) {
        s.eveGuessSiftedZ++;
        s.eveGuessAgreeSiftedZ += isRight;
      }
      s.eveAgreeSiftedZ += isRight;
    } else if (aliceBasis[i] === BASIS_X && !(f & FLAG_SIDE_PEAK)) {
      s.siftedX++;
      s.errorsX += isError;
    }
  }
  return s;
}

/** The counts of BatchStats that add up from batch to batch (the per-class arrays add elementwise, time does not). */
export const SUMMED_COUNTS = [
  'pulses',
  'detections',
  'siftedZ',
  'siftedX',
  'errorsZ',
  'errorsX',
  'darkClicks',
  'doubleClicks',
  'afterpulseClicks',
  'eveResentClicks',
  'eveExactSiftedZ',
  'eveGuessSiftedZ',
  'eveAgreeSiftedZ',
  'eveGuessAgreeSiftedZ',
] as const satisfies readonly (keyof BatchStats)[];

/** The per-class counts, added class by class. */
export const SUMMED_PER_CLASS = [
  'detectionsByIntensity',
  'pulsesByIntensity',
] as const satisfies readonly (keyof BatchStats)[];

/**
 * The one batch-totals reducer: a with b's counts added, for the fields a holds (so the run's totals, the long run's
 * counts and a whole BatchStats all sum the same way); a count b lacks adds 0. Per-class counts add elementwise, the
 * simulated end time is the later one. Pure: neither argument changes.
 */
export function addBatchStats<T extends Partial<BatchStats>>(a: T, b: Partial<BatchStats>): T {
  const out: Partial<BatchStats> = { ...a };
  for (const k of SUMMED_COUNTS) {
    const x = a[k];
    if (x !== undefined) out[k] = x + (b[k] ?? 0);
  }
  for (const k of SUMMED_PER_CLASS) {
    const x = a[k];
    if (x !== undefined) out[k] = [x[0] + (b[k]?.[0] ?? 0), x[1] + (b[k]?.[1] ?? 0), x[2] + (b[k]?.[2] ?? 0)];
  }
  if (a.simulatedSecondsEnd !== undefined)
    out.simulatedSecondsEnd = Math.max(a.simulatedSecondsEnd, b.simulatedSecondsEnd ?? -Infinity);
  return out as T;
}

/** Adds b's counts into a in place (running totals in the workers' and the CLI's loops), through addBatchStats. */
export function accumulateStats(a: BatchStats, b: BatchStats): BatchStats {
  return Object.assign(a, addBatchStats(a, b));
}
