// The link a teacher shares: this page's address with the link, preset and seed (and a lesson, a
// language), but without display settings of this screen (presenter view, colours, kiosk), which
// belong to the projector, not to the students' phones. Pure; the URL sync writes the same query.
// Built from validated state only: the params come from the store, and a lesson or language is carried only
// when it is a known one, so a spoofed ?lesson= text never reaches the link or its QR code.
import type { LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import { LOCALES } from '../i18n/locale';
import { LESSON_IDS } from '../lessons/lessons';
import { encodeUrlState, repeatedKeys } from '../url/urlState';

/** Keys of the current address that travel with a shared link, each with the values it may take. */
const SHARED_KEYS: readonly (readonly [string, readonly string[]])[] = [
  ['lesson', LESSON_IDS],
  ['lang', LOCALES],
];

export function buildShareUrl(
  state: { params: LinkParams; presetId: PresetId | null; seed: number },
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
): string {
  const query = new URLSearchParams(encodeUrlState(state));
  const current = new URLSearchParams(location.search);
  const repeated = repeatedKeys(location.search);
  for (const [key, known] of SHARED_KEYS) {
    const value = current.get(key);
    if (value !== null && !repeated.has(key) && known.includes(value)) query.set(key, value);
  }
  return `${location.origin}${location.pathname}?${query.toString()}`;
}
