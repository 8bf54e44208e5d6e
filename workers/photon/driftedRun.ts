// A long run with drift and (optionally) active stabilisation, stepped in simulated seconds: couples the
// drift model and the controller to the photon simulator and the key pipeline, and records one time-series
// point per simulated minute. Pure and chunkable, so a worker can stream it and the CLI can replay 6 h.
import { BASIS_X, BASIS_Z, FLAG_DARK, FLAG_DOUBLE, FLAG_SIDE_PEAK, type DetectionBatch } from '../common/detections';
import { assertValidParams, type LinkParams } from '../common/params';
import type { BlockReport, DistillSummary } from '../common/reports';
import { Rng } from '../common/rng';
import { Distiller } from '../distill/Distiller';
import { DriftModel, driftSettings } from './drift';
import { LinkSimulator } from './LinkSimulator';
import { DEFAULT_BATCH_SIZE } from './runLink';
import { DitherStabiliser, wrapAngle } from './stabiliser';
import { accumulateStats, emptyStats, summarizeBatch, type BatchStats } from './stats';

/** Drift and controller are stepped once per simulated second; detections take the residual of their second. */
export const DRIFT_TICK_S = 1;
/** One time-series point per simulated minute. */
export const POINT_INTERVAL_S = 60;
/**
 * Brightness and efficiency are re-applied to the simulator (setParams, about 1 ms) when either has moved by
 * more than this relative amount since it was last applied: click rates are never off by more than 0.5 %.
 */
export const AMPLITUDE_TOLERANCE = 0.005;
const FLIP_SEED_SALT = 0x3c6ef372;

export interface TimeSeriesPoint {
  /** End of the minute this point covers. */
  tSeconds: number;
  /** True error rates of the sifted bits of this minute (null when there were none). */
  qberZ: number | null;
  qberX: number | null;
  /** Cumulative final key bits of the blocks finished by tSeconds. */
  secretBits: number;
  /** Residual phase/angle error (drift + correction, without dither) at tSeconds, rad in (−π, π]. */
  misalignmentRad: number;
  brightnessFactor: number;
  efficiencyFactor: number;
}

export interface DriftedRunOptions {
  /** Override params.stabilisation (the side-by-side comparison runs both with one seed). */
  stabilise?: boolean;
  stream?: number;
  batchSize?: number;
  /** Phase/angle misalignment at t = 0 (default 0: aligned at the start, as after a calibration). */
  initialPhaseRad?: number;
}

export interface DriftedAdvance {
  points: TimeSeriesPoint[];
  blocks: BlockReport[];
  /** Counts of the detections simulated in this call (after drift). */
  stats: BatchStats;
}

export interface DriftedRun {
  /** Simulate `simulatedSeconds` more (fractions carry over; drift moves in whole seconds). */
  advance(simulatedSeconds: number): DriftedAdvance;
  /** Distil what is left as a last block (call once at the end). */
  finish(): BlockReport[];
  readonly simulatedSeconds: number;
  readonly pulsesDone: number;
  /** Running totals over the whole run. */
  totals(): BatchStats;
  summary(): DistillSummary;
  /** The true drift state (for plots; the controller never reads it). */
  state(): {
    phaseRad: number;
    correctionRad: number;
    misalignmentRad: number;
    brightnessFactor: number;
    efficiencyFactor: number;
  };
}

/**
 * Bases whose error the drift changes: the interferometer phase only touches X; a polarisation rotation about the
 * circular axis touches Z and X alike.
 */
function affectedBases(p: LinkParams): number {
  return p.encoding === 'polarisation' ? (1 << BASIS_Z) | (1 << BASIS_X) : 1 << BASIS_X;
}

/**
 * Flip Bob's bit on each photon detection in a matched, affected basis with probability sin²(r/2): on top
 * of the simulator's intrinsic error e0 this gives exactly e(r) = e0 + (1 − 2e0)·sin²(r/2), i.e.
 * (1 − V·cos r)/2 for the interferometer. Dark-only and double clicks carry a random bit already.
 */
function applyMisalignment(batch: DetectionBatch, flipProbability: number, basesMask: number, rng: Rng): void {
  if (flipProbability <= 0) return;
  const threshold = flipProbability * 4294967296;
  const { aliceBasis, bobBasis, flags, bobBit } = batch;
  for (let i = 0; i < batch.count; i++) {
    const b = aliceBasis[i];
    if (b !== bobBasis[i] || !((basesMask >> b) & 1) || flags[i] & (FLAG_DARK | FLAG_DOUBLE | FLAG_SIDE_PEAK)) continue;
    if (rng.nextUint32() < threshold) bobBit[i] ^= 1;
  }
}

export function createDriftedRun(input: LinkParams, seed: number, options: DriftedRunOptions = {}): DriftedRun {
  const base = assertValidParams(input);
  const isDriftOn = base.drift === 'on';
  const isStabilised = isDriftOn && (options.stabilise ?? base.stabilisation === 'on');
  const stream = options.stream ?? 0;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const sim = new LinkSimulator(base, seed, stream);
  const distiller = new Distiller(base, seed);
  const drift = new DriftModel(driftSettings(base), seed, stream, options.initialPhaseRad ?? 0);
  const flipRng = Rng.fromSeed((seed ^ FLIP_SEED_SALT) >>> 0, stream);
  const stabiliser = isStabilised
    ? new DitherStabiliser(
        {
          intervalS: base.stabilisationIntervalS,
          gain: base.stabilisationGain,
          ditherRad: base.stabilisationDitherRad,
        },
        DRIFT_TICK_S,
      )
    : null;
  const basesMask = affectedBases(base);
  const rate = base.repetitionRateHz;
  const totals = emptyStats();
  let targetSeconds = 0;
  let tick = 0;
  let secretBits = 0;
  let appliedBrightness = 1,
    appliedEfficiency = 1;
  let minute = { siftedZ: 0, errorsZ: 0, siftedX: 0, errorsX: 0 };

  const misalignment = (): number => wrapAngle(drift.phaseRad + (stabiliser ? stabiliser.correctionRad : 0));

  /** Re-apply brightness and efficiency when either left the tolerance band (never at t = 0: both are 1). */
  const updateAmplitudes = (): void => {
    if (!isDriftOn) return;
    const b = drift.brightnessFactor,
      e = drift.efficiencyFactor;
    if (
      Math.abs(Math.log(b / appliedBrightness)) <= AMPLITUDE_TOLERANCE &&
      Math.abs(Math.log(e / appliedEfficiency)) <= AMPLITUDE_TOLERANCE
    )
      return;
    appliedBrightness = b;
    appliedEfficiency = e;
    // Kept inside the registry ranges (a quantum dot needs μ ≤ 1, efficiency ≤ 1).
    const spec = {
      ...sim.params,
      meanPhotonNumber: Math.min(base.source === 'qd' ? 1 : 2, base.meanPhotonNumber * b),
      detectorEfficiency: Math.min(1, base.detectorEfficiency * e),
    };
    if (spec.source === 'wcp' && spec.decoy === 'vacuum-weak')
      spec.decoyMeanPhotonNumber = Math.min(spec.meanPhotonNumber * 0.999, base.decoyMeanPhotonNumber * b);
    sim.setParams(spec);
  };

  /** One simulated second: photons, drift flips, controller, key pipeline. */
  const runTick = (blocks: BlockReport[], points: TimeSeriesPoint[], stats: BatchStats): void => {
    updateAmplitudes();
    const applied = isDriftOn ? drift.phaseRad + (stabiliser ? stabiliser.appliedRad : 0) : 0;
    const s = Math.sin(applied / 2);
    const flipProbability = isDriftOn ? s * s : 0;
    const untilPulse = Math.round((tick + 1) * DRIFT_TICK_S * rate);
    let tickBitsX = 0,
      tickErrorsX = 0;
    while (sim.pulsesDone < untilPulse) {
      const batch = sim.nextBatch(batchSize, untilPulse);
      applyMisalignment(batch, flipProbability, basesMask, flipRng);
      const bs = summarizeBatch(batch);
      accumulateStats(stats, bs);
      accumulateStats(totals, bs);
      minute.siftedZ += bs.siftedZ;
      minute.errorsZ += bs.errorsZ;
      minute.siftedX += bs.siftedX;
      minute.errorsX += bs.errorsX;
      tickBitsX += bs.siftedX;
      tickErrorsX += bs.errorsX;
      for (const r of distiller.push(batch)) {
        secretBits += r.finalKeyBits;
        blocks.push(r);
      }
    }
    stabiliser?.observe(tickBitsX, tickErrorsX);
    drift.advance(DRIFT_TICK_S);
    tick++;
    const tSeconds = tick * DRIFT_TICK_S;
    if (tSeconds % POINT_INTERVAL_S === 0) {
      points.push({
        tSeconds,
        qberZ: minute.siftedZ > 0 ? minute.errorsZ / minute.siftedZ : null,
        qberX: minute.siftedX > 0 ? minute.errorsX / minute.siftedX : null,
        secretBits,
        misalignmentRad: isDriftOn ? misalignment() : 0,
        brightnessFactor: isDriftOn ? drift.brightnessFactor : 1,
        efficiencyFactor: isDriftOn ? drift.efficiencyFactor : 1,
      });
      minute = { siftedZ: 0, errorsZ: 0, siftedX: 0, errorsX: 0 };
    }
  };

  return {
    advance(simulatedSeconds: number): DriftedAdvance {
      if (!(Number.isFinite(simulatedSeconds) && simulatedSeconds >= 0))
        throw new RangeError(`simulatedSeconds must be a finite number ≥ 0, got ${simulatedSeconds}`);
      targetSeconds += simulatedSeconds;
      const out: DriftedAdvance = { points: [], blocks: [], stats: emptyStats() };
      // A tolerance keeps 0.1 + 0.2 + … from losing a tick to rounding.
      while ((tick + 1) * DRIFT_TICK_S <= targetSeconds + 1e-9) runTick(out.blocks, out.points, out.stats);
      return out;
    },
    finish(): BlockReport[] {
      const blocks = distiller.finish();
      for (const r of blocks) secretBits += r.finalKeyBits;
      return blocks;
    },
    get simulatedSeconds(): number {
      return tick * DRIFT_TICK_S;
    },
    get pulsesDone(): number {
      return sim.pulsesDone;
    },
    totals: () => ({
      ...totals,
      detectionsByIntensity: [...totals.detectionsByIntensity],
      pulsesByIntensity: [...totals.pulsesByIntensity],
    }),
    summary: () => distiller.summary(),
    state: () => ({
      phaseRad: drift.phaseRad,
      correctionRad: stabiliser ? stabiliser.correctionRad : 0,
      misalignmentRad: isDriftOn ? misalignment() : 0,
      brightnessFactor: isDriftOn ? drift.brightnessFactor : 1,
      efficiencyFactor: isDriftOn ? drift.efficiencyFactor : 1,
    }),
  };
}

/**
 * Block size for long drifted runs when none is asked for: at 120 km (~170 sifted Z bits/s with p_Z = 0.75) a
 * 2·10^6-bit block takes 3.3 h, as the qd-timebin-120km preset's own blocks. The three-state phase-error bound wants
 * blocks that large: its finite-size term shrinks as 1/√n (docs/implementation-notes.md, the six-hour replay). Blocks
 * stop before correction only when the bound alone leaves no key (distillBlock.ts).
 */
export const LONG_RUN_BLOCK_SIZE_BITS = 2_000_000;

/**
 * A drifted run distils in long-run blocks unless a block size was asked for explicitly: shared by `npm run sim
 * --drift on` and the app's long run, so both distil the same blocks.
 */
export function applyLongRunBlockSize(params: LinkParams, isBlockSizeGiven: boolean): void {
  if (params.drift === 'on' && !isBlockSizeGiven)
    params.blockSizeBits = Math.min(params.blockSizeBits, LONG_RUN_BLOCK_SIZE_BITS);
}
