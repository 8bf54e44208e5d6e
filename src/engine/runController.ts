// Orchestrates one interactive run: Start opens a photon and a distillation session with the current
// params and seed, each animation frame steps the photon worker by (wall time × speed), batches go on
// to distillation by transfer, and only aggregates (plus a per-batch series and a few sampled detections)
// reach the store. Pause stops stepping, Step advances one fixed batch while paused, Reset discards.
import * as Comlink from 'comlink';
import { crossCheck, type LinkParams } from '../../workers/common/params';
import { batchTransferables, type DetectionBatch } from '../../workers/common/detections';
import type { PhotonWorkerApi } from '../../workers/photon/photon.worker';
import type { DistillWorkerApi } from '../../workers/distill/distill.worker';
import type { BatchStats } from '../../workers/photon/stats';
import type { AppStore } from '../store/appState';
import { finalKeys } from '../message/keyStore';
import { addStepStats, emptyTotals, type RunTotals } from './runTotals';
import { sampleDetections } from './bitSample';
import { SINGLE_STEP, stepForWallTime } from './simClock';
import { coreCount, type WorkerLease, type WorkerPool } from './workerPool';
import { WorkerFault, runFaultOf } from './workerFault';

/** Batches waiting in the distillation worker before the photon worker is held back. */
const MAX_DISTILL_BACKLOG = 3;
/**
 * On a machine with this many cores or fewer, the photon worker waits while a batch is still in the
 * distillation worker (a block's Cascade and hashing take a few hundred ms), so the two workers never
 * fill every core and the page keeps one for layout, paint and the link scene: without this, a 2-core
 * machine showed 50–60 ms main-thread tasks when a block was distilled. Costs a few % of run speed there.
 */
const SMALL_MACHINE_CORES = 2;
/** Readouts update at most this often (ms): fast enough to feel live, slow enough to read. */
const PUBLISH_INTERVAL_MS = 100;
/** The bit strip takes a new sample at most this often (ms) while running, so a person can read it. */
const SAMPLE_INTERVAL_MS = 1500;
/** While running, the first sample waits this long (ms) after the session opens. */
const FIRST_SAMPLE_DELAY_MS = 400;

/**
 * Sees each photon batch of the current run as it arrives, before its arrays are transferred to the
 * distillation worker: a listener must copy what it keeps, synchronously (the link scene samples a few).
 */
export type BatchListener = (batch: DetectionBatch, stats: BatchStats) => void;

export interface RunController {
  start: () => void;
  pause: () => void;
  /** One fixed batch (SINGLE_STEP) while paused; from idle it opens a paused session first. */
  step: () => void;
  reset: () => void;
  dispose: () => void;
  /** Subscribe to the current run's batches; returns the unsubscribe function. */
  onBatch: (listener: BatchListener) => () => void;
}

export interface FrameScheduler {
  request: (cb: (nowMs: number) => void) => number;
  cancel: (handle: number) => void;
  now: () => number;
}

const browserFrames: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
  now: () => performance.now(),
};

interface Session {
  runId: number;
  photon: WorkerLease<PhotonWorkerApi>;
  distill: WorkerLease<DistillWorkerApi>;
  totals: RunTotals;
  isStepping: boolean;
  distillBacklog: number;
  distillChain: Promise<void>;
  lastPublishMs: number;
  lastWallMs: number | null;
  lastSampleMs: number;
  /** Totals changed since the store last saw them. */
  isDirty: boolean;
  /** Settles when every call this session made has settled (the next session waits for it). */
  settled: Promise<void>;
}

export function createRunController(
  store: AppStore,
  pools: { photon: WorkerPool<PhotonWorkerApi>; distill: WorkerPool<DistillWorkerApi> },
  frames: FrameScheduler = browserFrames,
  cores: number = coreCount(),
): RunController {
  const maxDistillBacklog = cores <= SMALL_MACHINE_CORES ? 1 : MAX_DISTILL_BACKLOG;
  let session: Session | null = null;
  let frameHandle: number | null = null;
  let previousSettled: Promise<void> = Promise.resolve();
  const batchListeners = new Set<BatchListener>();

  const isCurrent = (s: Session) => session === s && store.getState().runId === s.runId;

  function stopFrames(): void {
    if (frameHandle !== null) frames.cancel(frameHandle);
    frameHandle = null;
  }

  function scheduleFrame(): void {
    if (frameHandle === null) frameHandle = frames.request(onFrame);
  }

  function publish(s: Session, force: boolean): void {
    const now = frames.now();
    if (!force && (!s.isDirty || now - s.lastPublishMs < PUBLISH_INTERVAL_MS)) return;
    s.lastPublishMs = now;
    s.isDirty = false;
    store.getState().publishTotals(s.runId, s.totals);
  }

  /** The session's lease of a worker kind; the long run's kind is never one of a run session's. */
  function leaseOf(s: Session, fault: WorkerFault): WorkerLease<unknown> | null {
    switch (fault.worker) {
      case 'photon':
        return s.photon as WorkerLease<unknown>;
      case 'distill':
        return s.distill as WorkerLease<unknown>;
      case 'long-run-photon':
        return null;
    }
  }

  function fail(s: Session, err: unknown): void {
    if (!isCurrent(s)) return;
    stopFrames();
    publish(s, true);
    store.getState().failRun(s.runId, runFaultOf(err));
    // A stopped worker is discarded (the pool spawns a fresh one); a live worker that threw is kept.
    if (err instanceof WorkerFault) leaseOf(s, err)?.discard();
  }

  function endSession(): void {
    stopFrames();
    const s = session;
    session = null;
    if (!s) return;
    // The next session may reuse these workers at once: comlink keeps calls in order, and its open()
    // waits for everything this session still has in flight (including queued distillation pushes).
    previousSettled = s.settled.then(() => s.distillChain);
    s.photon.release();
    s.distill.release();
  }

  function forwardToDistill(s: Session, batch: DetectionBatch): void {
    s.distillBacklog++;
    s.distillChain = s.distillChain
      .then(async () => {
        if (!isCurrent(s)) return;
        const reports = await s.distill.call(s.distill.api.push(Comlink.transfer(batch, batchTransferables(batch))));
        if (!isCurrent(s) || reports.length === 0) return;
        const summary = await s.distill.call(s.distill.api.summary());
        store.getState().publishBlocks(s.runId, reports, summary);
        // The new final keys (Alice, Bob, Eve's guess) go to the key buffer of the Send-a-message panel.
        if (reports.some((r) => r.finalKeyBits > 0))
          finalKeys.add(s.runId, await s.distill.call(s.distill.api.takeFinalKeys()));
      })
      .catch((err: unknown) => fail(s, err))
      .finally(() => {
        s.distillBacklog--;
      });
  }

  async function stepOnce(s: Session, simulatedSeconds: number, maxDetections: number): Promise<void> {
    try {
      const { batch, stats } = await s.photon.call(s.photon.api.step(simulatedSeconds, maxDetections));
      if (!isCurrent(s)) return;
      s.totals = addStepStats(s.totals, stats, batch.simulatedSecondsEnd, batch.endPulse);
      s.isDirty = true;
      const isRunning = store.getState().status === 'running';
      store.getState().series.push({
        tEnd: batch.simulatedSecondsEnd,
        pulses: batch.endPulse - batch.firstPulse,
        detections: stats.detections,
        siftedZ: stats.siftedZ,
        errorsZ: stats.errorsZ,
        siftedX: stats.siftedX,
        errorsX: stats.errorsX,
        eveExactZ: stats.eveExactSiftedZ ?? 0,
      });
      publish(s, !isRunning);
      const now = frames.now();
      // Sampled before the transfer below detaches the batch's buffers.
      if (batch.count > 0 && (!isRunning || now - s.lastSampleMs >= SAMPLE_INTERVAL_MS)) {
        s.lastSampleMs = now;
        store.getState().publishSample(s.runId, sampleDetections(batch));
      }
      for (const listener of batchListeners) {
        try {
          listener(batch, stats);
        } catch (err) {
          console.error('A batch listener failed:', err);
        } // a view must not end the run
      }
      if (batch.count > 0) forwardToDistill(s, batch);
    } catch (err) {
      fail(s, err);
    } finally {
      s.isStepping = false;
    }
  }

  function onFrame(nowMs: number): void {
    frameHandle = null;
    const s = session;
    if (!s || !isCurrent(s) || store.getState().status !== 'running') return;
    scheduleFrame();
    publish(s, false); // a throttled update still lands while the workers are busy
    if (s.isStepping || s.distillBacklog >= maxDistillBacklog) return;
    const wallDeltaS = s.lastWallMs === null ? 0 : (nowMs - s.lastWallMs) / 1000;
    const request = stepForWallTime(store.getState().speed, wallDeltaS);
    s.lastWallMs = nowMs;
    if (!request) return;
    s.isStepping = true;
    const pending = stepOnce(s, request.simulatedSeconds, request.maxDetections);
    s.settled = Promise.all([s.settled, pending, s.distillChain]).then(
      () => undefined,
      () => undefined,
    );
  }

  function stepWhilePaused(s: Session): void {
    if (s.isStepping) return;
    s.isStepping = true;
    const pending = stepOnce(s, SINGLE_STEP.simulatedSeconds, SINGLE_STEP.maxDetections);
    s.settled = Promise.all([s.settled, pending, s.distillChain]).then(
      () => undefined,
      () => undefined,
    );
  }

  async function open(s: Session, params: LinkParams, seed: number, mode: 'run' | 'step'): Promise<void> {
    try {
      await previousSettled;
      if (!isCurrent(s)) return;
      await s.photon.call(s.photon.api.open(params, seed, 0));
      await s.distill.call(s.distill.api.open(params, seed));
      if (!isCurrent(s)) return;
      publish(s, true);
      if (store.getState().status !== 'starting') return;
      if (mode === 'step') {
        store.getState().setRunStatus(s.runId, 'paused');
        stepWhilePaused(s);
      } else {
        store.getState().setRunStatus(s.runId, 'running');
        scheduleFrame();
      }
    } catch (err) {
      fail(s, err);
    }
  }

  function begin(mode: 'run' | 'step'): void {
    endSession();
    const state = store.getState();
    const runId = state.beginRun();
    const clash = crossCheck(state.params);
    if (clash.length > 0) {
      store.getState().failRun(runId, { code: 'cannot-start-clash', issues: clash });
      return;
    }
    const photon = pools.photon.acquire();
    const distill = pools.distill.acquire();
    if (!photon || !distill) {
      photon?.release();
      distill?.release();
      store.getState().failRun(runId, { code: 'no-worker-free' });
      return;
    }
    const s: Session = {
      runId,
      photon,
      distill,
      totals: emptyTotals(),
      isStepping: false,
      distillBacklog: 0,
      distillChain: Promise.resolve(),
      lastPublishMs: -Infinity,
      lastWallMs: null,
      // The bit strip's first sample of a running session comes a moment after the first readouts and plots,
      // so building its table does not land in the same frame as their first draw.
      lastSampleMs: frames.now() - SAMPLE_INTERVAL_MS + FIRST_SAMPLE_DELAY_MS,
      isDirty: false,
      settled: Promise.resolve(),
    };
    session = s;
    s.settled = open(s, state.params, state.seed, mode);
  }

  // Live link changes (fiber length, Eve…) go to the running photon session; distillation keeps its settings.
  const unsubscribe = store.subscribe((state, prev) => {
    const s = session;
    if (!s || state.params === prev.params || !isCurrent(s) || crossCheck(state.params).length > 0) return;
    const pending = s.settled
      .then(() => (isCurrent(s) ? s.photon.call(s.photon.api.setParams(state.params)) : undefined))
      .catch((err: unknown) => fail(s, err));
    s.settled = pending.then(() => undefined);
  });

  return {
    start() {
      const { status } = store.getState();
      if (status === 'running' || status === 'starting') return;
      if (status === 'paused' && session && isCurrent(session)) {
        session.lastWallMs = null;
        store.getState().setRunStatus(session.runId, 'running');
        scheduleFrame();
        return;
      }
      begin('run');
    },
    pause() {
      const s = session;
      const { status } = store.getState();
      if (!s || (status !== 'running' && status !== 'starting')) return;
      store.getState().setRunStatus(s.runId, 'paused');
      stopFrames();
      publish(s, true);
    },
    step() {
      const { status } = store.getState();
      if (status === 'idle' || status === 'error') {
        begin('step');
        return;
      }
      const s = session;
      if (status === 'paused' && s && isCurrent(s)) stepWhilePaused(s);
    },
    reset() {
      endSession();
      store.getState().resetRun();
    },
    dispose() {
      unsubscribe();
      endSession();
      batchListeners.clear();
    },
    onBatch(listener) {
      batchListeners.add(listener);
      return () => {
        batchListeners.delete(listener);
      };
    },
  };
}
