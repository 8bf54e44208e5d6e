// Encodes the shareable state (registry params, preset, seed) into a query string and decodes it back.
// Decoding validates every value against the registry; a bad value is reported as a code (LinkIssue, worded by the
// page) and the base value kept.
import {
  PARAMS,
  crossCheck,
  defaultParams,
  parseParamValue,
  resolveParamName,
  sameIssue,
  type LinkParams,
  type ParamId,
} from '../../workers/common/params';
import { PRESET_IDS, isPresetId, presetParams, type PresetId } from '../../workers/common/presets';
import { echo } from '../../workers/common/echo';
import type { LinkIssue } from './linkIssue';

export interface UrlState {
  params: LinkParams;
  presetId: PresetId | null;
  seed: number;
}

export type UrlIssue = LinkIssue;

export interface DecodedUrlState extends UrlState {
  /** True when the URL named a seed; otherwise the caller picks one. */
  hasSeed: boolean;
  issues: UrlIssue[];
}

/** Keys other features own (lessons, kiosk, language…): accepted and left alone here. */
const RESERVED_KEYS = new Set([
  'preset',
  'seed',
  'lesson',
  'kiosk',
  'idleSeconds',
  'allowLinks',
  'lang',
  'colorProfile',
  'presenter',
]);
const MAX_SEED = 0xffff_ffff;

export function baseParams(presetId: PresetId | null): LinkParams {
  return presetId ? presetParams(presetId) : defaultParams();
}

function sameValue(a: unknown, b: unknown): boolean {
  return (
    a === b ||
    (typeof a === 'number' && typeof b === 'number' && Number(a.toPrecision(12)) === Number(b.toPrecision(12)))
  );
}

/**
 * The query string for a state: preset, seed, then only the params that differ from the preset (or from the
 * defaults without one), so links and their QR codes stay small. A value that is not valid is never written:
 * the state comes from the store, which only ever holds validated values (the URL fuzz test checks it).
 */
export function encodeUrlState(state: UrlState): string {
  const query = new URLSearchParams();
  if (state.presetId) query.set('preset', state.presetId);
  query.set('seed', String(state.seed));
  const base = baseParams(state.presetId);
  for (const spec of PARAMS) {
    const value = state.params[spec.id];
    if (!sameValue(value, base[spec.id])) query.set(spec.id, String(value));
  }
  return query.toString();
}

/** Keys given more than once: the one rule everywhere (URL and CLI) is that a repeated key is not used at all. */
export function repeatedKeys(search: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of new URLSearchParams(search).keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, n] of counts) if (n < 2) counts.delete(key);
  return counts;
}

/** The query without its repeated keys, and an issue for each (the readers then see each key at most once). */
export function withoutRepeatedKeys(search: string): { search: string; issues: LinkIssue[] } {
  const repeated = repeatedKeys(search);
  if (repeated.size === 0) return { search, issues: [] };
  const kept = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => !repeated.has(key)));
  const issues = [...repeated].map(([key, count]): LinkIssue => ({
    key: echo(key),
    detail: { code: 'repeated-key', key: echo(key), count },
  }));
  return { search: kept.toString(), issues };
}

function parseSeed(raw: string): number | null {
  // Bounded before the pattern: a 5 000-digit seed is refused without reading it.
  if (raw.length > 20 || !/^\s*\d+\s*$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n <= MAX_SEED ? n : null;
}

/** Reads a query string. Every issue names the parameter and its allowed range; the base value stays in place. */
export function decodeUrlState(search: string, fallbackSeed: number): DecodedUrlState {
  const once = withoutRepeatedKeys(search);
  const query = new URLSearchParams(once.search);
  const issues: UrlIssue[] = [...once.issues];

  let presetId: PresetId | null = null;
  const rawPreset = query.get('preset');
  if (rawPreset !== null) {
    if (isPresetId(rawPreset)) presetId = rawPreset;
    else
      issues.push({
        key: 'preset',
        detail: { code: 'bad-preset', raw: echo(rawPreset), known: PRESET_IDS },
      });
  }

  let seed = fallbackSeed;
  const rawSeed = query.get('seed');
  const parsedSeed = rawSeed === null ? null : parseSeed(rawSeed);
  if (rawSeed !== null && parsedSeed === null) {
    issues.push({
      key: 'seed',
      detail: { code: 'bad-seed', raw: echo(rawSeed), max: MAX_SEED, fallback: fallbackSeed },
    });
  }
  if (parsedSeed !== null) seed = parsedSeed;

  const base = baseParams(presetId);
  const params: LinkParams = { ...base };
  const fromUrl = new Set<ParamId>();
  for (const [key, raw] of query) {
    if (RESERVED_KEYS.has(key)) continue;
    const id = resolveParamName(key);
    if (!id) {
      issues.push({
        key: echo(key),
        detail: { code: 'unknown-key', key: echo(key) },
      });
      continue;
    }
    const result = parseParamValue(id, raw);
    if ('error' in result)
      issues.push({
        key: id,
        detail: { code: 'bad-value', id, issue: result.error, kept: base[id] },
      });
    else {
      (params as unknown as Record<string, unknown>)[id] = result.value;
      fromUrl.add(id);
    }
  }

  // Values valid alone can still clash (decoy ν ≥ μ, Eve beyond the fiber): revert a URL value until none is left.
  // The clash may name a parameter the URL did not set (a clock rate that makes the preset's detection window
  // too long names the window): then the URL values are reverted one at a time until that clash is gone.
  for (let guard = 0; guard <= PARAMS.length; guard++) {
    const clashes = crossCheck(params);
    if (clashes.length === 0) break;
    const clash = clashes.find((i) => fromUrl.has(i.param)) ?? clashes[0];
    const culprit = fromUrl.has(clash.param)
      ? clash.param
      : ([...fromUrl].find((id) => !crossCheck({ ...params, [id]: base[id] }).some((i) => sameIssue(i, clash))) ??
        [...fromUrl][0]);
    if (culprit === undefined) break; // the base itself clashes: presets and defaults are tested not to
    (params as unknown as Record<string, unknown>)[culprit] = base[culprit];
    fromUrl.delete(culprit);
    issues.push({
      key: culprit,
      detail: { code: 'clash', clash, culprit, kept: base[culprit] },
    });
  }

  return { params, presetId, seed, hasSeed: parsedSeed !== null, issues };
}
