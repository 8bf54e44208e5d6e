// The params slice's Reset All (every value back to the preset, preset and seed kept) and the log of
// changes made while a run is open, which the time plots mark.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../../workers/common/presets';
import { createAppStore } from './appState';

describe('params slice', () => {
  it('restores every value of the current preset and keeps the preset and the seed', () => {
    const store = createAppStore();
    store.getState().applyPreset('gys-textbook');
    store.getState().setSeed(42);
    store.getState().setParam('fiberLengthKm', 17);
    store.getState().setParam('eve', 'pns');
    store.getState().restorePresetParams();
    expect(store.getState().params).toEqual(presetParams('gys-textbook'));
    expect(store.getState()).toMatchObject({ presetId: 'gys-textbook', seed: 42 });
  });

  it('logs a change with its simulated time only while a run is open', () => {
    const store = createAppStore();
    store.getState().setParam('fiberLengthKm', 20);
    expect(store.getState().paramChanges).toEqual([]);
    const runId = store.getState().beginRun();
    store.getState().setRunStatus(runId, 'running');
    store.getState().publishTotals(runId, { ...store.getState().totals, simulatedSeconds: 12.5 });
    store.getState().setParam('fiberLengthKm', 30);
    store.getState().setParam('fiberLengthKm', 30); // no change, no mark
    expect(store.getState().paramChanges).toEqual([{ runId, simulatedSeconds: 12.5, id: 'fiberLengthKm', value: 30 }]);
  });
});
