// Web Worker shell of the theory layer: exposes the key-rate curve, maximum distance and Monte-Carlo sweep over
// comlink.
// All logic lives in theoryApi.ts and the pure modules; the app types its client with TheoryWorkerApi.
import * as Comlink from 'comlink';
import { curve, maxDistance, sweep } from './theoryApi';

const api = { curve, maxDistance, sweep };

export type TheoryWorkerApi = typeof api;

Comlink.expose(api);
