// Drives a long run: opens one drifted run per variant (stabilisation on / off, same seed) in its own photon
// worker so the two progress in parallel on two cores, advances each in chunks of simulated time sized to
// ~120 ms of worker time (chunkSchedule.ts), appends the minute points to ring buffers and publishes only aggregates.
// Stop, or a newer Start, makes the session stale: a worker with a call in flight is terminated (the pool
// spawns a fresh one next time), so stale results never reach the panel. A failing worker ends its run with a message.
import { crossCheck, type LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import type { PhotonWorkerApi } from '../../workers/photon/photon.worker';
import { addBatchStats, emptyStats } from '../../workers/photon/stats';
import type { WorkerLease, WorkerPool } from '../engine/workerPool';
import { WorkerFault, runFaultOf } from '../engine/workerFault';
import type { RecordedLongRun } from './readLongRunFile';
import { blockCompletionSeconds } from './blockTiming';
import { nextChunkSeconds } from './chunkSchedule';
import {
  toLongRunBlock,
  VARIANTS,
  type ImportedLongRun,
  type LongRunBlock,
  type LongRunSetup,
  type LongRunStore,
  type Variant,
} from './longRunStore';
import { SeriesRing } from './seriesRing';

export interface LongRunRequest {
  /** The prepared link (longRunParams: drift on, long-run block size). */
  params: LinkParams;
  seed: number;
  durationS: number;
  isComparing: boolean;
  /** The preset the link came from (null: set by hand), for the panel's caption. */
  presetId: PresetId | null;
}

export interface LongRunController {
  readonly series: Record<Variant, SeriesRing>;
  start: (request: LongRunRequest) => void;
  stop: () => void;
  /** Ends any session and shows a long run read from a file (its minute points in the rings). */
  showRecorded: (recorded: RecordedLongRun, imported: ImportedLongRun) => void;
  /** Ends any session and empties the panel and the rings. */
  clear: () => void;
  /** Stops and terminates the workers (they respawn on the next start). */
  dispose: () => void;
}

interface RunSlot {
  variant: Variant;
  lease: WorkerLease<PhotonWorkerApi>;
  isInFlight: boolean;
  isReleased: boolean;
}

interface Session {
  id: number;
  slots: RunSlot[];
}

export interface Clock {
  now: () => number;
}

/** The panel's progress and totals update at most this often (ms); points reach the plots' buffers at once. */
const PUBLISH_INTERVAL_MS = 250;

export function createLongRunController(
  store: LongRunStore,
  pool: WorkerPool<PhotonWorkerApi>,
  clock: Clock = performance,
): LongRunController {
  const series: Record<Variant, SeriesRing> = { on: new SeriesRing(), off: new SeriesRing() };
  let session: Session | null = null;
  const isCurrent = (s: Session) => session === s && store.getState().sessionId === s.id;

  function letGo(slot: RunSlot): void {
    if (slot.isReleased) return;
    slot.isReleased = true;
    // A call still running in the worker cannot be interrupted any other way: end the worker.
    if (slot.isInFlight) slot.lease.discard();
    else slot.lease.release();
  }

  function endSession(): void {
    const s = session;
    session = null;
    if (s) for (const slot of s.slots) letGo(slot);
  }

  async function drive(s: Session, slot: RunSlot, request: LongRunRequest): Promise<void> {
    const { lease, variant } = slot;
    const t0 = clock.now();
    const wall = () => (clock.now() - t0) / 1000;
    const call = async <R>(pending: Promise<R>): Promise<R> => {
      slot.isInFlight = true;
      try {
        return await lease.call(pending);
      } finally {
        slot.isInFlight = false;
      }
    };
    try {
      const handle = await call(
        lease.api.openDriftedRun(request.params, request.seed, { stabilise: variant === 'on' }),
      );
      let done = 0,
        lastChunk: number | null = null,
        lastWallMs: number | null = null;
      /** Sifted Z bits simulated so far, and those in finished blocks (to time each block within its call). */
      let zSifted = 0,
        zInBlocks = 0;
      // Counts and blocks collect between publishes: the panel re-renders a few times a second, not per call.
      let pending = { stats: emptyStats(), blocks: [] as LongRunBlock[] };
      let lastPublishMs = -Infinity;
      const publish = () => {
        lastPublishMs = clock.now();
        store.getState().publishStep(s.id, variant, {
          simulatedSeconds: done,
          wallSeconds: wall(),
          stats: pending.stats,
          blocks: pending.blocks,
        });
        pending = { stats: emptyStats(), blocks: [] };
      };
      while (isCurrent(s) && done < request.durationS) {
        const chunk = nextChunkSeconds(lastChunk, lastWallMs, request.durationS - done);
        const callStart = clock.now();
        const step = await call(lease.api.advanceDriftedRun(handle, chunk));
        if (!isCurrent(s)) return;
        lastWallMs = clock.now() - callStart;
        lastChunk = chunk;
        const previous = done;
        done = step.simulatedSeconds;
        series[variant].pushPoints(step.points);
        pending.stats = addBatchStats(pending.stats, step.stats);
        for (const b of step.blocks) {
          zInBlocks += b.nSifted?.z ?? 0;
          pending.blocks.push(
            toLongRunBlock(b, blockCompletionSeconds(previous, done, zSifted, step.stats.siftedZ, zInBlocks), false),
          );
        }
        zSifted += step.stats.siftedZ;
        if (clock.now() - lastPublishMs >= PUBLISH_INTERVAL_MS) publish();
      }
      if (!isCurrent(s)) return;
      publish();
      const rest = await call(lease.api.finishDriftedRun(handle));
      if (!isCurrent(s)) return;
      store.getState().finishRun(
        s.id,
        variant,
        'done',
        wall(),
        rest.map((b) => toLongRunBlock(b, done, true)),
      );
      letGo(slot);
    } catch (err) {
      if (!isCurrent(s)) return;
      store.getState().finishRun(s.id, variant, 'error', wall(), [], runFaultOf(err));
      // A dead worker is replaced by the pool; a live one that threw (bad input) can be reused.
      if (err instanceof WorkerFault) {
        slot.isReleased = true;
        lease.discard();
      } else letGo(slot);
    }
  }

  function stop(): void {
    const s = session;
    endSession();
    if (s) store.getState().stop(s.id);
  }

  return {
    series,
    start(request) {
      endSession();
      for (const v of VARIANTS) series[v].clear();
      const variants: Variant[] = request.isComparing ? ['on', 'off'] : ['on'];
      const setup: LongRunSetup = {
        durationS: request.durationS,
        variants,
        presetId: request.presetId,
        seed: request.seed,
        blockSizeBits: request.params.blockSizeBits,
        params: request.params,
      };
      const id = store.getState().begin(setup);
      const clash = crossCheck(request.params);
      if (clash.length > 0) {
        store.getState().stop(id, { kind: 'params-clash', issues: clash });
        return;
      }
      const slots: RunSlot[] = [];
      for (const variant of variants) {
        const lease = pool.acquire();
        if (!lease) break;
        slots.push({ variant, lease, isInFlight: false, isReleased: false });
      }
      if (slots.length < variants.length) {
        for (const slot of slots) letGo(slot);
        store.getState().stop(id, { kind: 'no-worker' });
        return;
      }
      const s: Session = { id, slots };
      session = s;
      for (const slot of slots) void drive(s, slot, request);
    },
    stop,
    showRecorded(recorded, imported) {
      stop();
      for (const v of VARIANTS) {
        series[v].clear();
        series[v].pushPoints(recorded.points[v] ?? []);
      }
      store.getState().showRecorded(recorded.setup, recorded.runs, imported);
    },
    clear() {
      stop();
      for (const v of VARIANTS) series[v].clear();
      store.getState().clear();
    },
    dispose() {
      stop();
      pool.terminateAll();
    },
  };
}
