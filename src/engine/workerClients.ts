// The app's worker pools: photon simulators (one per core) and the key-distillation worker, typed by
// the workers' own `typeof api`. The literal `new Worker(new URL(...))` form is what Vite bundles.
import type { PhotonWorkerApi } from '../../workers/photon/photon.worker';
import type { DistillWorkerApi } from '../../workers/distill/distill.worker';
import { coreCount, createWorkerPool, type WorkerPool } from './workerPool';

export interface EnginePools {
  photon: WorkerPool<PhotonWorkerApi>;
  distill: WorkerPool<DistillWorkerApi>;
}

export function createEnginePools(): EnginePools {
  return {
    photon: createWorkerPool<PhotonWorkerApi>(
      () => new Worker(new URL('../../workers/photon/photon.worker.ts', import.meta.url), { type: 'module', name: 'photon' }),
      coreCount(),
      'photon simulation',
    ),
    distill: createWorkerPool<DistillWorkerApi>(
      () => new Worker(new URL('../../workers/distill/distill.worker.ts', import.meta.url), { type: 'module', name: 'distill' }),
      1,
      'key distillation',
    ),
  };
}
