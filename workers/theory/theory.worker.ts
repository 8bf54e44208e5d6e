// Web Worker shell of the theory layer: exposes the key-rate curve and maximum distance over comlink.
// All logic lives in theoryApi.ts and the pure modules; the app types its client with TheoryWorkerApi.
import * as Comlink from 'comlink';
import { curve, maxDistance } from './theoryApi';

const api = { curve, maxDistance };

export type TheoryWorkerApi = typeof api;

Comlink.expose(api);
