// The "Colours" menu in the page header: system, light, dark or projector. The choice lives in the
// view slice, is applied to <html> at once and is written to the URL (colorProfile) for sharing.
import { useId, useLayoutEffect } from 'react';
import { useAppState } from '../store/useAppState';
import { headerText } from '../i18n/text/header';
import { useText } from '../i18n/useText';
import { COLOR_PROFILES, applyColorProfile, isColorProfile } from './colorProfile';

export function ColorProfileSelect() {
  const profile = useAppState((s) => s.colorProfile);
  const setColorProfile = useAppState((s) => s.setColorProfile);
  const selectId = useId();
  const text = useText(headerText);

  // Before paint, so a shared projector link never flashes the light colours first.
  useLayoutEffect(() => { applyColorProfile(profile); }, [profile]);

  return (
    <div className="field colour-field">
      <label htmlFor={selectId}>{text.colours}</label>
      <select id={selectId} value={profile} onChange={(e) => { if (isColorProfile(e.target.value)) setColorProfile(e.target.value); }}>
        {COLOR_PROFILES.map((p) => <option key={p.id} value={p.id}>{text.colourProfiles[p.id]}</option>)}
      </select>
    </div>
  );
}
