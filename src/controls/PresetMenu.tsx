// The "Preset" menu: replaces the link with a published (or teaching) preset and shows what it is
// and where its numbers come from; the marks beside the controls say which values were published.
import { useId } from 'react';
import { PRESET_IDS, isPresetId } from '../../workers/common/presets';
import { controlsText } from '../i18n/text/controls';
import { presetText } from '../i18n/text/presets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function PresetMenu() {
  const presetId = useAppState((s) => s.presetId);
  const applyPreset = useAppState((s) => s.applyPreset);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  const selectId = useId();
  const text = useText(controlsText);
  const presets = useText(presetText);
  const preset = presetId ? presets[presetId] : null;

  return (
    <div className="preset">
      <div className="field">
        <label htmlFor={selectId}>{text.preset}</label>
        <select
          id={selectId}
          value={presetId ?? ''}
          disabled={isSessionOpen}
          onChange={(e) => applyPreset(isPresetId(e.target.value) ? e.target.value : null)}
        >
          <option value="">{text.defaultLink}</option>
          {PRESET_IDS.map((id) => <option key={id} value={id}>{presets[id].title}</option>)}
        </select>
      </div>
      {preset && (
        <p className="preset-summary">
          {preset.summary} <cite>{preset.citation}</cite>
        </p>
      )}
    </div>
  );
}
