// "(modified)" appears once a value differs from the preset and goes when it is put back.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../../workers/common/presets';
import { defaultParams } from '../../workers/common/params';
import { changedFromPreset, isModified } from './presetModified';

describe('isModified', () => {
  it('is false for the preset itself and true after one change', () => {
    const p = presetParams('ideal-classroom');
    expect(isModified(p, 'ideal-classroom')).toBe(false);
    expect(changedFromPreset({ ...p, fiberLengthKm: 6 }, 'ideal-classroom')).toEqual(['fiberLengthKm']);
  });
  it('ignores float noise from a slider round trip and compares against the registry without a preset', () => {
    const p = presetParams('qd-timebin-120km');
    expect(isModified({ ...p, fiberLossDbPerKm: 0.1956 + 1e-15 }, 'qd-timebin-120km')).toBe(false);
    expect(isModified(defaultParams(), null)).toBe(false);
  });
});
