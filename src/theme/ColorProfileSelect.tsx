// The "Colours" menu in the page header: system, light, dark or projector. The choice lives in the
// view slice, is applied to <html> at once (by the page, also in the kiosk, which has no menu) and is written
// to the URL (colorProfile) for sharing.
import { useId, useLayoutEffect } from 'react';
import { useAppState } from '../store/useAppState';
import { headerText } from '../i18n/text/header';
import { useText } from '../i18n/useText';
import { COLOR_PROFILES, applyColorProfile, isColorProfile } from './colorProfile';

/** Applies the chosen profile to <html>; the page calls it once, whether or not it shows the menu. */
export function useAppliedColorProfile(): void {
  const profile = useAppState((s) => s.colorProfile);
  // Before paint, so a shared projector link never flashes the light colours first.
  useLayoutEffect(() => {
    applyColorProfile(profile);
  }, [profile]);
}

export function ColorProfileSelect() {
  const profile = useAppState((s) => s.colorProfile);
  const setColorProfile = useAppState((s) => s.setColorProfile);
  const selectId = useId();
  const text = useText(headerText);

  return (
    <div className="field colour-field">
      <label htmlFor={selectId}>{text.colours}</label>
      <select
        id={selectId}
        value={profile}
        onChange={(e) => {
          if (isColorProfile(e.target.value)) setColorProfile(e.target.value);
        }}
      >
        {COLOR_PROFILES.map((p) => (
          <option key={p.id} value={p.id}>
            {text.colourProfiles[p.id]}
          </option>
        ))}
      </select>
    </div>
  );
}
