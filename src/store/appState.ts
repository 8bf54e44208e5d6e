// The app's vanilla zustand store, assembled from typed slices (params, run, view, long run). Usable from React,
// the engine's worker callbacks and tests alike; createAppStore() makes a fresh one for each.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createLongRunSlice, type LongRunSlice } from './longRunSlice';
import { createParamsSlice, type ParamsSlice } from './paramsSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = ParamsSlice & RunSlice & ViewSlice & LongRunSlice;
export type AppStore = StoreApi<AppState>;

export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createParamsSlice(...a),
    ...createRunSlice(...a),
    ...createViewSlice(...a),
    ...createLongRunSlice(...a),
  }));
}
