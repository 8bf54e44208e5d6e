// The long-run slice: the long run's session and per-run progress (src/longrun/longRunStore.ts) inside the app
// store, under one key because its names (status, stop, clear) are the page run's too. Its controller is built
// with the other engines (src/engine/engines.ts) and sees only this part of the store.
import type { StateCreator } from 'zustand/vanilla';
import { createLongRunState, type LongRunState, type LongRunStore } from '../longrun/longRunStore';
import type { AppState, AppStore } from './appState';

export interface LongRunSlice {
  longRun: LongRunState;
}

export const createLongRunSlice: StateCreator<AppState, [], [], LongRunSlice> = (set, get) => ({
  longRun: createLongRunState(
    () => get().longRun,
    (patch) => set((s) => ({ longRun: { ...s.longRun, ...patch } })),
  ),
});

/** The long run's part of an app store, for its controller (and tests). */
export function longRunStoreOf(store: AppStore): LongRunStore {
  return { getState: () => store.getState().longRun };
}
