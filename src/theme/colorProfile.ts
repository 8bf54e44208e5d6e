// Colour profiles of the page: follow the system (auto), light, dark, or projector (high contrast, larger
// type and thicker lines for a classroom beamer). Chosen by ?colorProfile=… and a menu; applied as a data
// attribute on <html> so every colour, in CSS and in the plots' SVG, comes from the same tokens.
import { echo } from '../../workers/common/echo';
import type { LinkIssue } from '../url/linkIssue';

export type ColorProfile = 'auto' | 'light' | 'dark' | 'projector';

export const COLOR_PROFILES: readonly { id: ColorProfile; label: string }[] = [
  { id: 'auto', label: 'System' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'projector', label: 'Projector' },
];

export const DEFAULT_COLOR_PROFILE: ColorProfile = 'auto';

export function isColorProfile(s: string): s is ColorProfile {
  return COLOR_PROFILES.some((p) => p.id === s);
}

/** The profile named in a query string; `issue` says why a present value was not used. */
export function colorProfileFromQuery(search: string): { profile: ColorProfile; issue: LinkIssue | null } {
  const raw = new URLSearchParams(search).get('colorProfile');
  if (raw === null) return { profile: DEFAULT_COLOR_PROFILE, issue: null };
  if (isColorProfile(raw)) return { profile: raw, issue: null };
  const known = COLOR_PROFILES.map((p) => p.id);
  return {
    profile: DEFAULT_COLOR_PROFILE,
    issue: { key: 'colorProfile', detail: { code: 'bad-colour-profile', raw: echo(raw), known } },
  };
}

export function applyColorProfile(profile: ColorProfile, root: HTMLElement = document.documentElement): void {
  if (profile === 'auto') delete root.dataset.colorProfile;
  else root.dataset.colorProfile = profile;
}
