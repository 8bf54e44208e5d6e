// Runs the photon simulator and the key pipeline for the `sim` command and assembles the JSON report
// of docs/implementation-notes.md (one object, fields in the contract's order); with drift on, the run goes through
// createDriftedRun and the report gains "timeSeries". Pure orchestration over workers/ cores.
import { PARAMS, type LinkParams } from '../workers/common/params';
import type { BlockReport } from '../workers/common/reports';
import { runLink } from '../workers/photon/runLink';
import { summarizeBatch } from '../workers/photon/stats';
import { expectedStatistics } from '../workers/photon/expected';
import { Distiller } from '../workers/distill/Distiller';
import { createDriftedRun } from '../workers/photon/driftedRun';
import { CLASSICAL_PARAM_IDS } from '../workers/photon/raman';
import { accumulateStats, emptyStats, type BatchStats } from '../workers/photon/stats';
import { abortWords } from './abortWords';

export interface SimOptions {
  seed: number;
  simulatedSeconds?: number;
  pulses?: number;
  /** Called after every batch (drift: every chunk) with the simulated seconds done, for progress on stderr. */
  onProgress?: (simulatedSecondsDone: number) => void;
}

export interface SimReport {
  params: LinkParams;
  seed: number;
  pulses: number;
  simulatedSeconds: number;
  wallSeconds: number;
  detections: number;
  sifted: { z: number; x: number };
  qber: { z: number | null; x: number | null };
  qberEstimate: { z: number | null; x: number | null; upperBound: number | null };
  expected: { gainPerPulse: number; qberZ: number };
  errorCorrection: { method: 'cascade'; leakBits: number; efficiency: number | null; rounds: number };
  verified: boolean;
  aborted: boolean;
  abortReason: string | null;
  finalKeyBits: number;
  aliceBobKeysEqual: boolean;
  secretKeyRate: { bitsPerPulse: number; bitsPerSecond: number };
  eve: { knownSiftedFraction: number; finalKeyAgreement: number | null };
  /** Only with drift on: one entry per simulated minute. */
  timeSeries?: TimeSeriesEntry[];
}

/** One minute of a drifted run as the CLI prints it (the sim --json contract plus the keys). */
export interface TimeSeriesEntry {
  tSeconds: number;
  qberZ: number | null;
  qberX: number | null;
  secretBits: number;
}

/** Simulated seconds per advance() call of a drifted CLI run (bounds memory, nothing else). */
const DRIFT_CHUNK_S = 600;

const STABILITY_IDS = new Set<string>(PARAMS.filter((p) => p.group === 'stability').map((p) => p.id));

/**
 * The parameters as the report prints them: without drift, the stability settings are left out so the output stays as
 * it was before they existed.
 */
function reportParams(params: LinkParams): LinkParams {
  // Likewise the classical channel's settings (Raman noise) while it is off.
  const classical = params.classicalChannel === 'off' ? new Set<string>(CLASSICAL_PARAM_IDS) : new Set<string>();
  const left = (k: string) => !classical.has(k) && (params.drift === 'on' || !STABILITY_IDS.has(k));
  return Object.fromEntries(Object.entries(params).filter(([k]) => left(k))) as unknown as LinkParams;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** Weighted mean of a per-block figure, weights = key bits of the block; null when no block has one. */
function weighted(
  blocks: BlockReport[],
  pick: (b: BlockReport) => number | null,
  weight: (b: BlockReport) => number,
): number | null {
  let s = 0,
    w = 0;
  for (const b of blocks) {
    const v = pick(b);
    const wt = weight(b);
    if (v === null || !Number.isFinite(v) || wt <= 0) continue;
    s += v * wt;
    w += wt;
  }
  return w > 0 ? s / w : null;
}

export function simulateLink(params: LinkParams, opts: SimOptions): SimReport {
  if (params.drift === 'on') return simulateDriftedLink(params, opts);
  const t0 = performance.now();
  const distiller = new Distiller(params, opts.seed);
  const blocks: BlockReport[] = [];
  const totals = emptyStats();
  let pulses = 0,
    simulatedSeconds = 0;
  for (const batch of runLink(params, {
    seed: opts.seed,
    simulatedSeconds: opts.simulatedSeconds,
    pulses: opts.pulses,
  })) {
    accumulateStats(totals, summarizeBatch(batch));
    pulses = batch.endPulse;
    simulatedSeconds = batch.simulatedSecondsEnd;
    blocks.push(...distiller.push(batch));
    opts.onProgress?.(simulatedSeconds);
  }
  blocks.push(...distiller.finish());
  return assembleReport(params, opts.seed, t0, { pulses, simulatedSeconds, totals, blocks, distiller });
}

/** A run with drift (and the stabilisation setting of params), in whole simulated seconds. */
function simulateDriftedLink(params: LinkParams, opts: SimOptions): SimReport {
  if (opts.pulses !== undefined || opts.simulatedSeconds === undefined || !Number.isInteger(opts.simulatedSeconds)) {
    throw new RangeError('a drifted run needs a whole number of simulated seconds');
  }
  const t0 = performance.now();
  const run = createDriftedRun(params, opts.seed);
  const blocks: BlockReport[] = [];
  const timeSeries: TimeSeriesEntry[] = [];
  for (let done = 0; done < opts.simulatedSeconds; done += DRIFT_CHUNK_S) {
    const a = run.advance(Math.min(DRIFT_CHUNK_S, opts.simulatedSeconds - done));
    blocks.push(...a.blocks);
    for (const p of a.points)
      timeSeries.push({ tSeconds: p.tSeconds, qberZ: p.qberZ, qberX: p.qberX, secretBits: p.secretBits });
    opts.onProgress?.(run.simulatedSeconds);
  }
  blocks.push(...run.finish());
  const report = assembleReport(params, opts.seed, t0, {
    pulses: run.pulsesDone,
    simulatedSeconds: run.simulatedSeconds,
    totals: run.totals(),
    blocks,
    distiller: run,
  });
  report.timeSeries = timeSeries;
  return report;
}

interface RunOutcome {
  pulses: number;
  simulatedSeconds: number;
  totals: BatchStats;
  blocks: BlockReport[];
  distiller: { summary(): ReturnType<Distiller['summary']> };
}

function assembleReport(params: LinkParams, seed: number, t0: number, run: RunOutcome): SimReport {
  const { pulses, simulatedSeconds, blocks } = run;
  const { detections, siftedZ, siftedX, errorsZ, errorsX, eveExactSiftedZ: eveExact } = run.totals;
  const summary = run.distiller.summary();
  const expected = expectedStatistics(params);
  const keyed = blocks.filter((b) => !b.aborted);
  const firstAbort = blocks.find((b) => b.aborted) ?? null;
  const finalKeyBits = summary.finalKeyBits;
  const agreement = weighted(
    keyed,
    (b) => b.eveFinalKeyAgreement,
    (b) => b.finalKeyBits,
  );
  return {
    params: reportParams(params),
    seed,
    pulses,
    simulatedSeconds,
    wallSeconds: (performance.now() - t0) / 1000,
    detections,
    sifted: { z: siftedZ, x: siftedX },
    qber: { z: ratio(errorsZ, siftedZ), x: ratio(errorsX, siftedX) },
    qberEstimate: {
      z: weighted(
        blocks,
        (b) => b.qberEstimate.z,
        (b) => b.nKey,
      ),
      x: weighted(
        blocks,
        (b) => b.qberEstimate.x,
        (b) => b.nSifted.x,
      ),
      upperBound: blocks.length
        ? Math.max(...blocks.map((b) => b.qberEstimate.upperBound).filter(Number.isFinite))
        : null,
    },
    // Clicks per pulse with each detector's non-paralysable dead time (and afterpulses) as a renewal process: the
    // gain the simulator counts, not the dead-time-free one (expected.ts).
    expected: { gainPerPulse: expected.gainPerPulseWithDeadTime, qberZ: expected.qberZ },
    errorCorrection: {
      method: 'cascade',
      leakBits: summary.leakBits,
      efficiency: weighted(
        blocks.filter((b) => b.leakBits > 0),
        (b) => b.efficiency,
        (b) => b.nKey,
      ),
      rounds: summary.rounds,
    },
    verified: keyed.length > 0 && keyed.every((b) => b.verified),
    aborted: keyed.length === 0,
    abortReason:
      keyed.length === 0
        ? firstAbort?.abortDetail
          ? abortWords(firstAbort.abortDetail)
          : 'no block was distilled'
        : null,
    finalKeyBits,
    aliceBobKeysEqual: summary.aliceBobKeysEqual,
    secretKeyRate: {
      bitsPerPulse: pulses > 0 ? finalKeyBits / pulses : 0,
      bitsPerSecond: simulatedSeconds > 0 ? finalKeyBits / simulatedSeconds : 0,
    },
    eve: { knownSiftedFraction: siftedZ > 0 ? eveExact / siftedZ : 0, finalKeyAgreement: agreement },
  };
}
