// Whether the link differs from the preset it came from (the preset menu then says "(modified)"):
// numbers are compared to 12 significant digits, so a value typed back exactly counts as unchanged.
import { PARAMS, type LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import { baseParamsOf } from '../store/paramsSlice';

function same(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (typeof a === 'number' && typeof b === 'number' && Number(a.toPrecision(12)) === Number(b.toPrecision(12)))
  );
}

/** The parameters whose value differs from the preset's (from the registry defaults when presetId is null). */
export function changedFromPreset(params: LinkParams, presetId: PresetId | null): string[] {
  const base = baseParamsOf(presetId);
  return PARAMS.filter((p) => !same(params[p.id], base[p.id])).map((p) => p.id);
}

export function isModified(params: LinkParams, presetId: PresetId | null): boolean {
  return changedFromPreset(params, presetId).length > 0;
}
