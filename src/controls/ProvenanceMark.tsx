// A small mark beside a control whose value the current preset sets: "published", "estimated" or
// "calibrated", with the preset's note as a tooltip that also opens on keyboard focus.
import { PRESETS } from '../../workers/common/presets';
import type { ParamId } from '../../workers/common/params';
import { provenanceMarkText, provenanceNoteText, provenanceText } from '../i18n/text/presets';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function ProvenanceMark({ id }: { id: ParamId }) {
  const locale = useLocale();
  const presetId = useAppState((s) => s.presetId);
  const note = useAppState((s) => {
    if (!s.presetId) return null;
    const preset = PRESETS[s.presetId];
    const entry = preset.provenance[id];
    // Once the visitor moves the value away from the preset's, the note no longer applies.
    const presetValue = preset.values[id];
    if (!entry || presetValue === undefined || s.params[id] !== presetValue) return null;
    return entry;
  });
  if (!note || !presetId) return null;
  const word = provenanceText[locale][note.status];
  const noteText = provenanceNoteText[locale][presetId][id] ?? note.note;
  return (
    <span
      className={`prov prov-${note.status}`}
      tabIndex={0}
      data-note={noteText}
      aria-label={provenanceMarkText[locale].name(word, noteText)}
    >
      {word}
    </span>
  );
}
