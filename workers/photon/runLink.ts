// A whole run of the link as a generator of detection batches: converts a simulated duration to pulses
// and drives a LinkSimulator batch by batch. Used by the worker, the CLI and the tests.
import type { DetectionBatch } from '../common/detections';
import type { LinkParams } from '../common/params';
import { LinkSimulator } from './LinkSimulator';

export interface RunLinkOptions {
  seed: number;
  stream?: number;
  /** Pulses to simulate; or give simulatedSeconds (pulses = round(seconds · repetitionRateHz)). */
  pulses?: number;
  simulatedSeconds?: number;
  /** Maximum detections per batch (default 65 536). */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 65536;

/** Total pulses a run covers; throws a RangeError on missing or invalid lengths. */
export function runPulseCount(params: LinkParams, opts: Pick<RunLinkOptions, 'pulses' | 'simulatedSeconds'>): number {
  if (opts.pulses !== undefined) {
    if (!(Number.isInteger(opts.pulses) && opts.pulses >= 0 && opts.pulses <= Number.MAX_SAFE_INTEGER))
      throw new RangeError(`pulses must be a whole number ≥ 0, got ${opts.pulses}`);
    return opts.pulses;
  }
  if (opts.simulatedSeconds !== undefined) {
    if (!(Number.isFinite(opts.simulatedSeconds) && opts.simulatedSeconds >= 0))
      throw new RangeError(`simulatedSeconds must be a finite number ≥ 0, got ${opts.simulatedSeconds}`);
    return Math.round(opts.simulatedSeconds * params.repetitionRateHz);
  }
  throw new RangeError('a run needs either pulses or simulatedSeconds');
}

export function* runLink(params: LinkParams, opts: RunLinkOptions): Generator<DetectionBatch> {
  const sim = new LinkSimulator(params, opts.seed, opts.stream ?? 0);
  const total = runPulseCount(sim.params, opts);
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!(Number.isInteger(batchSize) && batchSize >= 1))
    throw new RangeError(`batchSize must be a positive whole number, got ${batchSize}`);
  while (sim.pulsesDone < total) yield sim.nextBatch(batchSize, total);
}
