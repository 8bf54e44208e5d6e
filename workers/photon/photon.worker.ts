// The photon Web Worker: a thin comlink shell around photonApi.ts. Clients wrap it with
// `Comlink.wrap<PhotonWorkerApi>(new Worker(new URL('./photon.worker.ts', import.meta.url), { type: 'module' }))`.
import * as Comlink from 'comlink';
import { createPhotonApi } from './photonApi';

const api = createPhotonApi();

export type PhotonWorkerApi = typeof api;

Comlink.expose(api);
