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
      else if (eveKnowledge[i] === EVE_GUESS) s.eveGuessSiftedZ++;
      if (eveBit[i] === aliceBit[i]) s.eveAgreeSiftedZ++;
    } else if (aliceBasis[i] === BASIS_X && !(f & FLAG_SIDE_PEAK)) {
      s.siftedX++;
      s.errorsX += isError;
    }
  }
  return s;
}

/** Add b's counts into a (running totals over a run). */
export function accumulateStats(a: BatchStats, b: BatchStats): BatchStats {
  const numeric = [
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
  ] as const;
  for (const k of numeric) a[k] += b[k];
  for (let c = 0; c < 3; c++) {
    a.detectionsByIntensity[c] += b.detectionsByIntensity[c];
    a.pulsesByIntensity[c] += b.pulsesByIntensity[c];
  }
  a.simulatedSecondsEnd = Math.max(a.simulatedSecondsEnd, b.simulatedSecondsEnd);
  return a;
}
