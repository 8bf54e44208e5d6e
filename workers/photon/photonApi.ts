// The photon worker's API as a plain module (photon.worker.ts only exposes it through comlink): open a
// link and step it in simulated time, stream a whole run with backpressure and cancellation, or step
// drifted long runs (several at once, for a with/without-stabilisation comparison).
// Batches leave with their typed arrays marked for transfer, so they move between threads without copying.
import * as Comlink from 'comlink';
import { batchTransferables, type DetectionBatch } from '../common/detections';
import { assertValidParams, type LinkParams } from '../common/params';
import type { BlockReport } from '../common/reports';
import { createDriftedRun, type DriftedAdvance, type DriftedRun, type DriftedRunOptions } from './driftedRun';
import { LinkSimulator } from './LinkSimulator';
import { DEFAULT_BATCH_SIZE, runPulseCount, type RunLinkOptions } from './runLink';
import { summarizeBatch, type BatchStats } from './stats';

export interface RunProgress {
  pulsesDone: number;
  pulsesTotal: number;
  simulatedSeconds: number;
}

export interface RunResult {
  pulses: number;
  detections: number;
  simulatedSeconds: number;
  cancelled: boolean;
}

/** One advance of a drifted run, with where it stands afterwards (plain data: points, blocks, counts). */
export interface DriftedStep extends DriftedAdvance {
  simulatedSeconds: number;
  state: ReturnType<DriftedRun['state']>;
}

export type BatchHandler = (batch: DetectionBatch, stats: BatchStats, progress: RunProgress) => void | Promise<void>;

const withTransfer = (batch: DetectionBatch): DetectionBatch => Comlink.transfer(batch, batchTransferables(batch));
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createPhotonApi() {
  let link: LinkSimulator | null = null;
  /** Each run takes a ticket; cancel() or a newer run makes older tickets stale. */
  let latestTicket = 0;
  let cancelledUpTo = 0;
  const driftedRuns = new Map<number, DriftedRun>();
  let nextDriftedHandle = 1;
  const requireDrifted = (handle: number): DriftedRun => {
    const r = driftedRuns.get(handle);
    if (!r) throw new Error(`photon worker: no drifted run ${handle} (openDriftedRun first; finished runs are closed)`);
    return r;
  };

  const requireLink = (): LinkSimulator => {
    if (!link) throw new Error('photon worker: call open(params, seed) before step() or setParams()');
    return link;
  };

  return {
    /** Start an interactive link at pulse 0; throws a RangeError naming the bad parameter. */
    open(params: LinkParams, seed: number, stream = 0): void {
      link = new LinkSimulator(assertValidParams(params), seed, stream);
    },

    /** Change parameters between steps (drift, slider moves); the pulse clock continues. */
    setParams(params: LinkParams): void {
      requireLink().setParams(params);
    },

    /** Advance the open link by `simulatedSeconds` or until `maxDetections` detections, whichever first. */
    step(simulatedSeconds: number, maxDetections: number): { batch: DetectionBatch; stats: BatchStats } {
      const sim = requireLink();
      if (!(Number.isFinite(simulatedSeconds) && simulatedSeconds >= 0))
        throw new RangeError(`simulatedSeconds must be a finite number ≥ 0, got ${simulatedSeconds}`);
      const untilPulse = sim.pulsesDone + Math.round(simulatedSeconds * sim.params.repetitionRateHz);
      const batch = sim.nextBatch(maxDetections, untilPulse);
      const stats = summarizeBatch(batch);
      return { batch: withTransfer(batch), stats };
    },

    /** Stream a whole run; awaits onBatch before simulating the next batch (backpressure). */
    async run(params: LinkParams, opts: RunLinkOptions, onBatch: BatchHandler): Promise<RunResult> {
      const ticket = ++latestTicket;
      const sim = new LinkSimulator(assertValidParams(params), opts.seed, opts.stream ?? 0);
      const pulsesTotal = runPulseCount(sim.params, opts);
      const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
      let detections = 0;
      const isStale = () => ticket <= cancelledUpTo || ticket !== latestTicket;
      while (sim.pulsesDone < pulsesTotal && !isStale()) {
        const batch = sim.nextBatch(batchSize, pulsesTotal);
        detections += batch.count;
        const stats = summarizeBatch(batch);
        const progress = { pulsesDone: sim.pulsesDone, pulsesTotal, simulatedSeconds: batch.simulatedSecondsEnd };
        const pending = onBatch(withTransfer(batch), stats, progress);
        // Awaiting a remote callback lets cancel() messages in; a local synchronous one needs an explicit yield.
        if (pending instanceof Promise) await pending;
        else await yieldToEventLoop();
      }
      return {
        pulses: sim.pulsesDone,
        detections,
        simulatedSeconds: sim.pulsesDone / sim.params.repetitionRateHz,
        cancelled: sim.pulsesDone < pulsesTotal,
      };
    },

    /** Stop the current run after its current batch. */
    cancel(): void {
      cancelledUpTo = latestTicket;
    },

    /**
     * Open a drifted long run (drift, stabilisation and the key pipeline in this worker; docs/model.md (drift section))
     * and return its handle. Open two with one seed and opposite `stabilise` to compare them side by side.
     */
    openDriftedRun(params: LinkParams, seed: number, options: DriftedRunOptions = {}): number {
      const handle = nextDriftedHandle++;
      driftedRuns.set(handle, createDriftedRun(assertValidParams(params), seed, options));
      return handle;
    },

    /**
     * Advance a drifted run by simulated seconds: new minute points, finished blocks, counts and the true drift state.
     */
    advanceDriftedRun(handle: number, simulatedSeconds: number): DriftedStep {
      const run = requireDrifted(handle);
      const step = run.advance(simulatedSeconds);
      return { ...step, simulatedSeconds: run.simulatedSeconds, state: run.state() };
    },

    /** Distil the remainder of a drifted run as its last block and close it. */
    finishDriftedRun(handle: number): BlockReport[] {
      const blocks = requireDrifted(handle).finish();
      driftedRuns.delete(handle);
      return blocks;
    },

    /** Drop a drifted run without distilling its remainder (Reset). */
    closeDriftedRun(handle: number): void {
      driftedRuns.delete(handle);
    },
  };
}
