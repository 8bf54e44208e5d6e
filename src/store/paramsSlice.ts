// The params slice: the link being simulated (a complete LinkParams), the preset it started from and the seed.
// Setters take registry-typed values; anything untrusted goes through validateParams before it gets here.
// Shortening the fiber past Eve's position brings her to the fiber's end.
import type { StateCreator } from 'zustand/vanilla';
import { defaultParams, type LinkParams, type ParamId } from '../../workers/common/params';
import { presetParams, type PresetId } from '../../workers/common/presets';
import type { AppState } from './appState';

export const DEFAULT_SEED = 1;

export interface ParamsSlice {
  params: LinkParams;
  presetId: PresetId | null;
  seed: number;
  setParam: <K extends ParamId>(id: K, value: LinkParams[K]) => void;
  /** Replaces every param with the preset's (null = the registry defaults). */
  applyPreset: (id: PresetId | null) => void;
  setSeed: (seed: number) => void;
  /** Loads a whole shareable state at once (from the URL). */
  loadParams: (state: { params: LinkParams; presetId: PresetId | null; seed: number }) => void;
  resetParams: () => void;
}

export const createParamsSlice: StateCreator<AppState, [], [], ParamsSlice> = (set) => ({
  params: defaultParams(),
  presetId: null,
  seed: DEFAULT_SEED,
  setParam: (id, value) => set((s) => {
    const params = { ...s.params, [id]: value };
    // Eve taps a point on this fiber: shortening the fiber past her moves her to its end, rather than leaving a
    // (possibly hidden) clash that blocks Start and that a running session would refuse to take.
    if (id === 'fiberLengthKm' && params.evePositionKm > params.fiberLengthKm) params.evePositionKm = params.fiberLengthKm;
    return { params };
  }),
  applyPreset: (id) => set({ presetId: id, params: id ? presetParams(id) : defaultParams() }),
  setSeed: (seed) => set({ seed }),
  loadParams: ({ params, presetId, seed }) => set({ params: { ...params }, presetId, seed }),
  resetParams: () => set({ params: defaultParams(), presetId: null, seed: DEFAULT_SEED }),
});
