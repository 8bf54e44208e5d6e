// A small mark beside a control whose value the current preset sets: "published", "estimated" or
// "calibrated", with the preset's note as a tooltip that also opens on keyboard focus.
import { PRESETS } from '../../workers/common/presets';
import type { ParamId } from '../../workers/common/params';
import { useAppState } from '../store/useAppState';

export function ProvenanceMark({ id }: { id: ParamId }) {
  const note = useAppState((s) => {
    if (!s.presetId) return null;
    const preset = PRESETS[s.presetId];
    const entry = preset.provenance[id];
    // Once the visitor moves the value away from the preset's, the note no longer applies.
    const presetValue = preset.values[id];
    if (!entry || presetValue === undefined || s.params[id] !== presetValue) return null;
    return entry;
  });
  if (!note) return null;
  return (
    <span className={`prov prov-${note.status}`} tabIndex={0} data-note={note.note} aria-label={`${note.status}: ${note.note}`}>
      {note.status}
    </span>
  );
}
