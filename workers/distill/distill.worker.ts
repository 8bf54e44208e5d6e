// The distillation Web Worker: a thin comlink shell around distillApi.ts. Clients wrap it with
// `Comlink.wrap<DistillWorkerApi>(new Worker(new URL('./distill.worker.ts', import.meta.url), { type: 'module' }))`.
import * as Comlink from 'comlink';
import { createDistillApi } from './distillApi';

const api = createDistillApi();

export type DistillWorkerApi = typeof api;

Comlink.expose(api);
