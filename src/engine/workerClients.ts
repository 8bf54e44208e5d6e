// The app's worker pools: photon simulators (one per core) and the key-distillation worker, typed by
// the workers' own `typeof api`. The literal `new Worker(new URL(...))` form is what Vite bundles.
import type { PhotonWorkerApi } from '../../workers/photon/photon.worker';
import type { DistillWorkerApi } from '../../workers/distill/distill.worker';
import { coreCount, createWorkerPool, type WorkerPool } from './workerPool';

/**
 * A call without an answer for this long means the worker is gone (closed or killed without an error event).
 * Generous: a photon step is bounded to 20 000 detections (tens of ms), a block's distillation takes seconds.
 */
const PHOTON_STALL_MS = 30_000;
const DISTILL_STALL_MS = 120_000;

export interface EnginePools {
  photon: WorkerPool<PhotonWorkerApi>;
  distill: WorkerPool<DistillWorkerApi>;
}

export function createEnginePools(): EnginePools {
  return {
    photon: createWorkerPool<PhotonWorkerApi>(
      () =>
        new Worker(new URL('../../workers/photon/photon.worker.ts', import.meta.url), {
          type: 'module',
          name: 'photon',
        }),
      coreCount(),
      'photon',
      PHOTON_STALL_MS,
    ),
    distill: createWorkerPool<DistillWorkerApi>(
      () =>
        new Worker(new URL('../../workers/distill/distill.worker.ts', import.meta.url), {
          type: 'module',
          name: 'distill',
        }),
      1,
      'distill',
      DISTILL_STALL_MS,
    ),
  };
}
