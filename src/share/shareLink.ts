// The link a teacher shares: this page's address with the link, preset and seed (and a lesson, a
// language), but without display settings of this screen (presenter view, colours, kiosk), which
// belong to the projector, not to the students' phones. Pure; the URL sync writes the same query.
import type { LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import { encodeUrlState } from '../url/urlState';

/** Keys of the current address that travel with a shared link. */
const SHARED_KEYS = ['lesson', 'lang'] as const;

export function buildShareUrl(state: { params: LinkParams; presetId: PresetId | null; seed: number }, location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  const query = new URLSearchParams(encodeUrlState(state));
  const current = new URLSearchParams(location.search);
  for (const key of SHARED_KEYS) {
    const value = current.get(key);
    if (value !== null) query.set(key, value);
  }
  return `${location.origin}${location.pathname}?${query.toString()}`;
}
