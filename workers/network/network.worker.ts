// Web Worker shell of the trusted-node network: exposes networkApi.ts over comlink so the map's rates, the day of
// key buffers and a link's Monte-Carlo run never block the page. All logic lives in the pure modules beside it.
import * as Comlink from 'comlink';
import { analyse, day, measureLink, preset } from './networkApi';

const api = { analyse, day, measureLink, preset };

export type NetworkWorkerApi = typeof api;

Comlink.expose(api);
