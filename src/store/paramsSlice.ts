// The params slice: the link being simulated (a complete LinkParams), the preset it started from and the seed.
// Setters take registry-typed values; anything untrusted goes through validateParams before it gets here.
// Shortening the fiber past Eve's position brings her to the fiber's end. Changes made while a run is open
// are logged with their simulated time, so plots can mark them.
import type { StateCreator } from 'zustand/vanilla';
import { defaultParams, type LinkParams, type ParamId } from '../../workers/common/params';
import { presetParams, type PresetId } from '../../workers/common/presets';
import type { AppState } from './appState';

export const DEFAULT_SEED = 1;
/** Change marks kept (older ones drop off; a person does not move a slider this often in one run). */
export const MAX_PARAM_CHANGES = 200;

/** One parameter changed while a run was open: when (simulated seconds into run `runId`) and to what. */
export interface ParamChange {
  runId: number;
  simulatedSeconds: number;
  id: ParamId;
  value: LinkParams[ParamId];
}

export interface ParamsSlice {
  params: LinkParams;
  presetId: PresetId | null;
  seed: number;
  /** Changes made during open runs, oldest first; plots show those whose runId is the current run's. */
  paramChanges: ParamChange[];
  setParam: <K extends ParamId>(id: K, value: LinkParams[K]) => void;
  /** Replaces every param with the preset's (null = the registry defaults). */
  applyPreset: (id: PresetId | null) => void;
  setSeed: (seed: number) => void;
  /** Loads a whole shareable state at once (from the URL). */
  loadParams: (state: { params: LinkParams; presetId: PresetId | null; seed: number }) => void;
  resetParams: () => void;
  /** Reset All: every param back to the current preset's value (the preset and the seed stay). */
  restorePresetParams: () => void;
}

export function baseParamsOf(presetId: PresetId | null): LinkParams {
  return presetId ? presetParams(presetId) : defaultParams();
}

export const createParamsSlice: StateCreator<AppState, [], [], ParamsSlice> = (set) => ({
  params: defaultParams(),
  presetId: null,
  seed: DEFAULT_SEED,
  paramChanges: [],
  setParam: (id, value) =>
    set((s) => {
      const params = { ...s.params, [id]: value };
      // Eve taps a point on this fiber: shortening the fiber past her moves her to its end, rather than leaving a
      // (possibly hidden) clash that blocks Start and that a running session would refuse to take.
      if (id === 'fiberLengthKm' && params.evePositionKm > params.fiberLengthKm)
        params.evePositionKm = params.fiberLengthKm;
      const isRunOpen = s.status === 'running' || s.status === 'paused';
      if (!isRunOpen || s.params[id] === value) return { params };
      const change: ParamChange = { runId: s.runId, simulatedSeconds: s.totals.simulatedSeconds, id, value };
      return { params, paramChanges: [...s.paramChanges.slice(-(MAX_PARAM_CHANGES - 1)), change] };
    }),
  applyPreset: (id) => set({ presetId: id, params: baseParamsOf(id) }),
  setSeed: (seed) => set({ seed }),
  loadParams: ({ params, presetId, seed }) => set({ params: { ...params }, presetId, seed }),
  resetParams: () => set({ params: defaultParams(), presetId: null, seed: DEFAULT_SEED }),
  restorePresetParams: () => set((s) => ({ params: baseParamsOf(s.presetId) })),
});
