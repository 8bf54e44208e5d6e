// The link a visitor gets when the address names none: one named preset (APP_DEFAULT_PRESET), chosen so
// that a first secret key appears within seconds of Start. The registry defaults stay the CLI's (params.ts).
import { resolveParamName } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';

/** The page's default link and the kiosk's: the 2026 hardware across a city (25 km, 10^5-bit blocks). The 120 km
 * experiment stays a named preset, one tap away. */
export const APP_DEFAULT_PRESET: PresetId = 'metro-qd';

/**
 * The query string the page loads. A bare address (no preset, no link parameter, no seed; or a kiosk's with
 * no preset and no link parameter) gets the default preset. A link the page wrote always names its seed, so
 * such links, and old ones built on the registry defaults, keep loading exactly what they named.
 */
export function withDefaultPreset(search: string, preset: PresetId = APP_DEFAULT_PRESET): string {
  const query = new URLSearchParams(search);
  if (query.has('preset')) return search;
  if ([...query.keys()].some((key) => resolveParamName(key) !== undefined)) return search;
  const isKiosk = ['1', 'true', 'yes', 'on'].includes(query.get('kiosk') ?? '');
  if (query.has('seed') && !isKiosk) return search;
  query.set('preset', preset);
  return `?${query.toString()}`;
}
