// Tests of the store slices: preset application, stale-run protection, block publishing and resets.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../workers/common/params';
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { emptyTotals } from '../engine/runTotals';
import { createAppStore } from './appState';

const summary: DistillSummary = {
  blocks: 1,
  blocksAborted: 1,
  blocksDiscardedByVerification: 0,
  nDetected: 10,
  nSiftedZ: 5,
  nSiftedX: 2,
  nCorrected: 0,
  leakBits: 0,
  rounds: 0,
  finalKeyBits: 0,
  aliceBobKeysEqual: false,
};
const aborted = {
  blockIndex: 0,
  aborted: true,
  abortReason: 'qber-above-threshold',
  abortDetail: { reason: 'qber-above-threshold', phaseErrorBound: 0.3, testBitErrorRate: 0.25, threshold: 0.11 },
  finalKeyBits: 0,
} as BlockReport;

describe('app store', () => {
  it('applies presets and resets params', () => {
    const store = createAppStore();
    store.getState().applyPreset('ideal-classroom');
    expect(store.getState().params.fiberLengthKm).toBe(5);
    store.getState().setParam('fiberLengthKm', 7);
    expect(store.getState().params.fiberLengthKm).toBe(7);
    store.getState().resetParams();
    expect(store.getState().params).toEqual(defaultParams());
    expect(store.getState().presetId).toBeNull();
  });

  it('brings Eve to the end of the fiber when the fiber is shortened past her, and nowhere else', () => {
    const store = createAppStore();
    store.getState().setParam('fiberLengthKm', 100);
    store.getState().setParam('evePositionKm', 60);
    store.getState().setParam('fiberLengthKm', 80);
    expect(store.getState().params.evePositionKm).toBe(60);
    store.getState().setParam('fiberLengthKm', 25);
    expect(store.getState().params).toMatchObject({ fiberLengthKm: 25, evePositionKm: 25 });
    // Lengthening does not move her back; setting her position is taken as given (Start reports a clash).
    store.getState().setParam('fiberLengthKm', 90);
    expect(store.getState().params.evePositionKm).toBe(25);
    store.getState().setParam('evePositionKm', 120);
    expect(store.getState().params.evePositionKm).toBe(120);
  });

  it('drops results of an older run', () => {
    const store = createAppStore();
    const old = store.getState().beginRun();
    const current = store.getState().beginRun();
    store.getState().publishTotals(old, { ...emptyTotals(), detections: 99 });
    store.getState().publishBlocks(old, [aborted], summary);
    expect(store.getState().totals.detections).toBe(0);
    expect(store.getState().summary).toBeNull();
    store.getState().publishTotals(current, { ...emptyTotals(), detections: 5 });
    store.getState().publishBlocks(current, [aborted], summary);
    expect(store.getState().totals.detections).toBe(5);
    expect(store.getState().lastAbort).toEqual({
      blockIndex: 0,
      reason: 'qber-above-threshold',
      detail: aborted.abortDetail,
    });
  });

  it('keeps what was shown when a run fails, and clears it on reset', () => {
    const store = createAppStore();
    const id = store.getState().beginRun();
    store.getState().publishTotals(id, { ...emptyTotals(), detections: 5 });
    store.getState().failRun(id, { code: 'no-worker-free' });
    expect(store.getState().status).toBe('error');
    expect(store.getState().totals.detections).toBe(5);
    store.getState().resetRun();
    expect(store.getState().status).toBe('idle');
    expect(store.getState().totals.detections).toBe(0);
    store.getState().failRun(id, { code: 'error', text: 'late error' });
    expect(store.getState().errorFault).toBeNull();
  });

  it('adds and dismisses notices', () => {
    const store = createAppStore();
    store.getState().addNotices([{ key: 'fiberLengthKm', detail: { code: 'unknown-key', key: 'fiberLengthKm' } }]);
    const [notice] = store.getState().notices;
    store.getState().dismissNotice(notice.id);
    expect(store.getState().notices).toEqual([]);
  });
});
