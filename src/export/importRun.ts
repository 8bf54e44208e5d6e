// Reads a run file made by runJson.ts and turns it into the state to load (params, preset, seed), or into
// one message naming the field that is wrong. Strict: the registry's validateParams checks every value,
// types must match the registry and unknown parameters are refused. Never throws; the caller changes nothing on failure.
import { PARAMS, PARAM_BY_ID, defaultParams, validateParams, type LinkParams, type ParamId } from '../../workers/common/params';
import { isPresetId, presetParams, type PresetId } from '../../workers/common/presets';
import type { ModelVersion } from './buildInfo';
import { RUN_FORMAT, RUN_FORMAT_VERSION } from './runJson';

/** Larger files are refused before parsing (a run file with 1000 block reports is well under 2 MB). */
export const MAX_IMPORT_CHARS = 20_000_000;
const MAX_SEED = 0xffff_ffff;

export interface ImportedRun {
  params: LinkParams;
  presetId: PresetId | null;
  seed: number;
}

export type ImportResult =
  | { ok: true; run: ImportedRun; notes: string[] }
  | { ok: false; message: string };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, safe rendering of an untrusted value for a message. */
function show(v: unknown): string {
  try {
    const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(typeof v);
    return s.length > 40 ? `${s.slice(0, 37)}…` : s;
  } catch {
    return typeof v;
  }
}

function fail(message: string): ImportResult {
  return { ok: false, message };
}

function checkParams(raw: unknown, base: LinkParams): { params: LinkParams; missing: ParamId[] } | { error: string } {
  if (!isPlainObject(raw)) return { error: `params: expected an object of parameter values, found ${show(raw)}` };
  for (const [name, value] of Object.entries(raw)) {
    const spec = (PARAM_BY_ID as Record<string, (typeof PARAMS)[number] | undefined>)[name];
    if (!spec || !Object.prototype.hasOwnProperty.call(PARAM_BY_ID, name)) return { error: `params.${name}: not a parameter of this model` };
    const want = spec.kind === 'number' ? 'number' : 'string';
    if (typeof value !== want) return { error: `params.${name}: ${spec.label} must be a ${want === 'number' ? 'number' : 'text option'}, found ${show(value)}` };
  }
  const { params, issues } = validateParams(raw, base);
  if (issues.length > 0) return { error: `params.${issues[0].id}: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}` };
  const missing = PARAMS.map((p) => p.id).filter((id) => !Object.prototype.hasOwnProperty.call(raw, id));
  return { params, missing };
}

function describeModel(v: unknown): string | null {
  if (!isPlainObject(v)) return null;
  const { version, buildId } = v;
  return typeof version === 'string' && typeof buildId === 'string' ? `${version} (build ${buildId})` : null;
}

function parseUnsafe(text: string, current: ModelVersion): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail(`file: ${text.length} characters is more than a run file can be (${MAX_IMPORT_CHARS})`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return fail(`file: not valid JSON (${err instanceof Error ? err.message : 'parse error'})`);
  }
  if (!isPlainObject(doc)) return fail(`file: expected a QKD Lab run object, found ${show(doc)}`);
  if (doc.format !== RUN_FORMAT) return fail(`format: expected "${RUN_FORMAT}", found ${show(doc.format)}`);
  if (doc.formatVersion !== RUN_FORMAT_VERSION) return fail(`formatVersion: this version reads ${RUN_FORMAT_VERSION}, found ${show(doc.formatVersion)}`);

  const seed = doc.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return fail(`seed: expected a whole number from 0 to ${MAX_SEED}, found ${show(seed)}`);
  }
  const preset = doc.preset ?? null;
  if (preset !== null && (typeof preset !== 'string' || !isPresetId(preset))) return fail(`preset: ${show(preset)} is not a known preset`);
  const presetId = preset as PresetId | null;

  const base = presetId ? presetParams(presetId) : defaultParams();
  const checked = checkParams(doc.params, base);
  if ('error' in checked) return fail(checked.error);

  const notes: string[] = [];
  if (checked.missing.length > 0) notes.push(`${checked.missing.length} parameter(s) not in the file took the ${presetId ? 'preset' : 'default'} value: ${checked.missing.join(', ')}`);
  const made = describeModel(doc.model);
  const here = `${current.version} (build ${current.buildId})`;
  if (made && made !== here) notes.push(`the file was made by QKD Lab ${made}; this is ${here}, so results may differ`);
  return { ok: true, run: { params: checked.params, presetId, seed }, notes };
}

/** Parses and validates a run file's text. Every failure is a message that starts with the field at fault. */
export function parseRunImport(text: unknown, current: ModelVersion): ImportResult {
  try {
    if (typeof text !== 'string') return fail(`file: expected text, found ${typeof text}`);
    return parseUnsafe(text, current);
  } catch (err) {
    // Defence in depth: validation above is total, but a file must never crash the page.
    return fail(`file: could not be read (${err instanceof Error ? err.message : 'unknown error'})`);
  }
}
