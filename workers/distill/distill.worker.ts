// The distillation Web Worker: a thin comlink shell around distillApi.ts. Clients wrap it with
// `Comlink.wrap<DistillWorkerApi>(new Worker(new URL('./distill.worker.ts', import.meta.url), { type: 'module' }))`.
import * as Comlink from 'comlink';
import { createDistillApi } from './distillApi';

const core = createDistillApi();
// Final keys leave by transfer: their buffers were copied for this hand-over and are not used here again.
const api = {
  ...core,
  takeFinalKeys: () => {
    const keys = core.takeFinalKeys();
    return Comlink.transfer(
      keys,
      keys.flatMap((k) => [k.alice.buffer, k.bob.buffer, k.eve.buffer]),
    );
  },
};

export type DistillWorkerApi = typeof api;

Comlink.expose(api);
