// The link scene's view of the real photon stream: it keeps a small, evenly spread sample of the
// simulator's detections (a few per wall second), the run's emitted-photon and detection counts that
// set how many lost photons to draw, and the newest detection for the text alternative. Three-free.
import {
  BASIS_Z,
  FLAG_DARK,
  FLAG_DOUBLE,
  FLAG_EVE_RESENT,
  EVE_EXACT,
  type DetectionBatch,
} from '../../workers/common/detections';
import type { LinkParams } from '../../workers/common/params';
import { Rng } from '../../workers/common/rng';
import { channelTransmittance } from '../../workers/common/photonStats';

/** Detections the scene shows per wall second at most: few enough to follow each one by eye. */
export const DISPLAY_DETECTIONS_PER_S = 2.5;
/** Sampled detections waiting to fly; older ones are dropped when the scene falls behind. */
const MAX_QUEUE = 6;
/** Signal detections needed before the measured loss ratio replaces the expected one. */
const MIN_SIGNAL_FOR_MEASURED = 20;

/** One real detection, copied out of a batch (the batch itself is transferred away). */
export interface SampledDetection {
  aliceBasis: number;
  aliceBit: number;
  bobBasis: number;
  bobBit: number;
  isDark: boolean;
  isDouble: boolean;
  isEveResent: boolean;
  /** Eve measured in Alice's basis (intercept-resend) or holds a copy (PNS, beam splitting). */
  isEveExact: boolean;
  photonNumber: number;
}

export type DetectionOutcome = 'correct' | 'error' | 'discarded';

/** Sifting's verdict on a detection: bases differ → discarded; else Bob's bit is right or an error. */
export function outcomeOf(d: SampledDetection): DetectionOutcome {
  if (d.aliceBasis !== d.bobBasis) return 'discarded';
  return d.aliceBit === d.bobBit ? 'correct' : 'error';
}

export function copyDetection(b: DetectionBatch, i: number): SampledDetection {
  return {
    aliceBasis: b.aliceBasis[i],
    aliceBit: b.aliceBit[i],
    bobBasis: b.bobBasis[i],
    bobBit: b.bobBit[i],
    isDark: (b.flags[i] & FLAG_DARK) !== 0,
    isDouble: (b.flags[i] & FLAG_DOUBLE) !== 0,
    isEveResent: (b.flags[i] & FLAG_EVE_RESENT) !== 0,
    isEveExact: b.eveKnowledge[i] === EVE_EXACT,
    photonNumber: b.photonNumber[i],
  };
}

/** Photons Alice put into the batch's pulses: Σ pulses per intensity class × that class's mean photon number. */
export function emittedPhotons(pulsesByIntensity: ArrayLike<number>, p: LinkParams): number {
  const signal = pulsesByIntensity[0] * p.meanPhotonNumber;
  return p.source === 'wcp' && p.decoy !== 'none' ? signal + pulsesByIntensity[1] * p.decoyMeanPhotonNumber : signal;
}

/** k indices spread evenly over [0, n) with one random offset (stratified sampling). */
export function stratifiedIndices(n: number, k: number, u: number): number[] {
  const m = Math.min(n, Math.max(0, Math.floor(k)));
  const out: number[] = [];
  for (let j = 0; j < m; j++) out.push(Math.min(n - 1, Math.floor(((j + u) * n) / m)));
  return out;
}

export class LinkFeed {
  private rng: Rng;
  private queue: SampledDetection[] = [];
  private tokens = 1;
  private lastIngestMs: number | null = null;
  emitted = 0;
  detections = 0;
  signalDetections = 0;
  pulses = 0;
  last: SampledDetection | null = null;
  /** Bumps on every change the text alternative may report. */
  version = 0;

  constructor(seed = 1) {
    this.rng = Rng.fromSeed(seed, 3);
  }

  reset(): void {
    this.queue = [];
    this.tokens = 1;
    this.lastIngestMs = null;
    this.emitted = this.detections = this.signalDetections = this.pulses = 0;
    this.last = null;
    this.version++;
  }

  /** Take what the scene needs from one batch, synchronously (its arrays are transferred right after). */
  ingest(
    batch: DetectionBatch,
    stats: { detections: number; darkClicks: number },
    params: LinkParams,
    nowMs: number,
  ): void {
    this.emitted += emittedPhotons(batch.pulsesByIntensity, params);
    this.detections += stats.detections;
    this.signalDetections += stats.detections - stats.darkClicks;
    this.pulses += batch.endPulse - batch.firstPulse;
    const wallS = this.lastIngestMs === null ? 0.4 : Math.min(1, Math.max(0, (nowMs - this.lastIngestMs) / 1000));
    this.lastIngestMs = nowMs;
    this.tokens = Math.min(3, this.tokens + wallS * DISPLAY_DETECTIONS_PER_S);
    if (batch.count > 0) {
      this.last = copyDetection(batch, batch.count - 1);
      for (const i of stratifiedIndices(batch.count, this.tokens, this.rng.nextFloat())) {
        this.queue.push(copyDetection(batch, i));
        this.tokens -= 1;
      }
      if (this.queue.length > MAX_QUEUE) this.queue.splice(0, this.queue.length - MAX_QUEUE);
    }
    this.version++;
  }

  /** The next sampled detection to launch, if any. */
  take(): SampledDetection | undefined {
    return this.queue.shift();
  }

  get queued(): number {
    return this.queue.length;
  }

  /**
   * Fraction of emitted photons that made a detector click: measured once there are enough clicks, else expected (η).
   */
  detectedFraction(params: LinkParams): { fraction: number; isMeasured: boolean } {
    if (this.signalDetections >= MIN_SIGNAL_FOR_MEASURED && this.emitted > 0) {
      return { fraction: Math.min(1, this.signalDetections / this.emitted), isMeasured: true };
    }
    return { fraction: channelTransmittance(params), isMeasured: false };
  }

  /** Draws for the scene (lost-photon positions, jitter): one seeded stream, never Math.random. */
  random(): number {
    return this.rng.nextFloat();
  }
}

export const isZ = (basis: number): boolean => basis === BASIS_Z;
