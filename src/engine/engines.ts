// The one place the page's engines are built and its simulation workers named: the interactive run (photon and
// distillation pools under the run controller), the long run (two photon workers of its own, driving the store's
// longRun slice) and the theory client (analytic curves). Tests build controllers over fake pools instead.
import type { DistillWorkerApi } from '../../workers/distill/distill.worker';
import type { PhotonWorkerApi } from '../../workers/photon/photon.worker';
import { createLongRunController, type LongRunController } from '../longrun/longRunController';
import { VARIANTS } from '../longrun/longRunStore';
import type { AppStore } from '../store/appState';
import { longRunStoreOf } from '../store/longRunSlice';
import { createRunController, type RunController } from './runController';
import { createTheoryClient, type TheoryClient } from './theoryClient';
import { coreCount, createWorkerPool } from './workerPool';

/**
 * A call without an answer for this long means the worker is gone (closed or killed without an error event).
 * Generous: a photon step is bounded to 20 000 detections (tens of ms), a block's distillation takes seconds.
 */
const PHOTON_STALL_MS = 30_000;
const DISTILL_STALL_MS = 120_000;

// Each worker script is named once, in the literal `new Worker(new URL(...))` form Vite bundles; `name` only
// labels the worker in the browser's tools.
const photonWorker = (name: string) =>
  new Worker(new URL('../../workers/photon/photon.worker.ts', import.meta.url), { type: 'module', name });
const distillWorker = () =>
  new Worker(new URL('../../workers/distill/distill.worker.ts', import.meta.url), { type: 'module', name: 'distill' });
const theoryWorker = () =>
  new Worker(new URL('../../workers/theory/theory.worker.ts', import.meta.url), { type: 'module', name: 'theory' });

export interface Engines {
  run: RunController;
  longRun: LongRunController;
  theory: TheoryClient;
  /** Loads one photon and one distillation worker, so the first Start does not also parse both bundles. */
  prewarm: () => void;
  dispose: () => void;
}

export function createEngines(store: AppStore): Engines {
  const pools = {
    photon: createWorkerPool<PhotonWorkerApi>(() => photonWorker('photon'), coreCount(), 'photon', PHOTON_STALL_MS),
    distill: createWorkerPool<DistillWorkerApi>(distillWorker, 1, 'distill', DISTILL_STALL_MS),
  };
  // The interactive run keeps its pool; a long run gets one worker per variant so both progress side by side.
  const longRunPool = createWorkerPool<PhotonWorkerApi>(
    () => photonWorker('photon-long-run'),
    VARIANTS.length,
    'long-run-photon',
  );
  const run = createRunController(store, pools);
  const longRun = createLongRunController(longRunStoreOf(store), longRunPool);
  const theory = createTheoryClient(theoryWorker);
  // The run bar's Reset (the only way the page's run returns to idle) stops a long run too; a Reset also ends
  // an imported long run (the run id moves on).
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.status === 'idle' && prev.status !== 'idle') longRun.stop();
    if (s.runId !== prev.runId && s.longRun.imported) longRun.clear();
  });
  return {
    run,
    longRun,
    theory,
    prewarm: () => {
      pools.photon.prewarm(1);
      pools.distill.prewarm(1);
    },
    dispose: () => {
      unsubscribe();
      run.dispose();
      longRun.dispose();
      theory.dispose();
      pools.photon.terminateAll();
      pools.distill.terminateAll();
    },
  };
}
