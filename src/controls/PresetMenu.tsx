// The "Preset" menu: replaces the link with a published (or teaching) preset and shows what it is
// and where its numbers come from; the marks beside the controls say which values were published.
// Once a value differs from the preset, the menu names it "(modified)" (Restore all puts it back).
import { useId, useMemo } from 'react';
import { PRESET_IDS, isPresetId } from '../../workers/common/presets';
import { TermTip } from '../app/TermTip';
import { controlsText } from '../i18n/text/controls';
import { presetText } from '../i18n/text/presets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { isModified } from './presetModified';

export function PresetMenu({ showSummary = true }: { showSummary?: boolean }) {
  const presetId = useAppState((s) => s.presetId);
  const params = useAppState((s) => s.params);
  const applyPreset = useAppState((s) => s.applyPreset);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  const selectId = useId();
  const text = useText(controlsText);
  const presets = useText(presetText);
  const preset = presetId ? presets[presetId] : null;
  const modified = useMemo(() => isModified(params, presetId), [params, presetId]);
  const label = (title: string, isCurrent: boolean) => (isCurrent && modified ? text.modified(title) : title);

  return (
    <div className="preset">
      <div className="field">
        <span className="field-head">
          <label htmlFor={selectId}>{text.preset}</label>
          <TermTip term="preset" />
        </span>
        <select
          id={selectId}
          value={presetId ?? ''}
          disabled={isSessionOpen}
          onChange={(e) => applyPreset(isPresetId(e.target.value) ? e.target.value : null)}
        >
          <option value="">{label(text.defaultLink, presetId === null)}</option>
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {label(presets[id].title, id === presetId)}
            </option>
          ))}
        </select>
      </div>
      {preset && showSummary && (
        <p className="preset-summary">
          {preset.summary} <cite>{preset.citation}</cite>
        </p>
      )}
    </div>
  );
}
