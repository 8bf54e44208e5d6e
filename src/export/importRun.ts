// Reads a run file made by runJson.ts and turns it into the state to load (params, preset, seed), or into
// one message naming the field that is wrong. Strict: the registry's validateParams checks every value,
// types must match the registry and unknown parameters are refused. Never throws; the caller changes nothing on failure.
import { PARAMS, PARAM_BY_ID, defaultParams, validateParams, type LinkParams, type ParamId, type ParamIssueDetail } from '../../workers/common/params';
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

/** Why a file was refused, free of language (`message` keeps the English sentence; the page words this). */
export type ImportIssue =
  | { code: 'too-large'; chars: number; max: number }
  | { code: 'not-json'; text: string }
  | { code: 'not-a-run'; found: string }
  | { code: 'wrong-format'; expected: string; found: string }
  | { code: 'wrong-version'; expected: number; found: string }
  | { code: 'bad-seed'; max: number; found: string }
  | { code: 'bad-preset'; found: string }
  | { code: 'params-not-object'; found: string }
  | { code: 'not-a-parameter'; name: string }
  | { code: 'wrong-type'; name: ParamId; want: 'number' | 'text'; found: string }
  | { code: 'bad-param'; id: string; issue: ParamIssueDetail; more: number }
  | { code: 'not-text'; found: string }
  | { code: 'unreadable'; text: string };

/** Something worth knowing about a file that was loaded, free of language. */
export type ImportNote =
  | { code: 'missing-params'; ids: ParamId[]; fromPreset: boolean }
  | { code: 'other-model'; made: string; here: string };

export type ImportResult =
  | { ok: true; run: ImportedRun; notes: string[]; noteDetails: ImportNote[] }
  | { ok: false; message: string; detail: ImportIssue };

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

function fail(message: string, detail: ImportIssue): ImportResult {
  return { ok: false, message, detail };
}

type Refusal = { error: string; detail: ImportIssue };

function checkParams(raw: unknown, base: LinkParams): { params: LinkParams; missing: ParamId[] } | Refusal {
  if (!isPlainObject(raw)) return { error: `params: expected an object of parameter values, found ${show(raw)}`, detail: { code: 'params-not-object', found: show(raw) } };
  for (const [name, value] of Object.entries(raw)) {
    const spec = (PARAM_BY_ID as Record<string, (typeof PARAMS)[number] | undefined>)[name];
    if (!spec || !Object.prototype.hasOwnProperty.call(PARAM_BY_ID, name)) return { error: `params.${name}: not a parameter of this model`, detail: { code: 'not-a-parameter', name } };
    const want = spec.kind === 'number' ? 'number' : 'string';
    if (typeof value !== want) {
      return { error: `params.${name}: ${spec.label} must be a ${want === 'number' ? 'number' : 'text option'}, found ${show(value)}`,
        detail: { code: 'wrong-type', name: spec.id, want: want === 'number' ? 'number' : 'text', found: show(value) } };
    }
  }
  const { params, issues } = validateParams(raw, base);
  if (issues.length > 0) {
    return { error: `params.${issues[0].id}: ${issues[0].message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`,
      detail: { code: 'bad-param', id: issues[0].id, issue: issues[0].detail, more: issues.length - 1 } };
  }
  const missing = PARAMS.map((p) => p.id).filter((id) => !Object.prototype.hasOwnProperty.call(raw, id));
  return { params, missing };
}

function describeModel(v: unknown): string | null {
  if (!isPlainObject(v)) return null;
  const { version, buildId } = v;
  return typeof version === 'string' && typeof buildId === 'string' ? `${version} (build ${buildId})` : null;
}

function parseUnsafe(text: string, current: ModelVersion): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail(`file: ${text.length} characters is more than a run file can be (${MAX_IMPORT_CHARS})`, { code: 'too-large', chars: text.length, max: MAX_IMPORT_CHARS });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : 'parse error';
    return fail(`file: not valid JSON (${why})`, { code: 'not-json', text: why });
  }
  if (!isPlainObject(doc)) return fail(`file: expected a QKD Lab run object, found ${show(doc)}`, { code: 'not-a-run', found: show(doc) });
  if (doc.format !== RUN_FORMAT) return fail(`format: expected "${RUN_FORMAT}", found ${show(doc.format)}`, { code: 'wrong-format', expected: RUN_FORMAT, found: show(doc.format) });
  if (doc.formatVersion !== RUN_FORMAT_VERSION) {
    return fail(`formatVersion: this version reads ${RUN_FORMAT_VERSION}, found ${show(doc.formatVersion)}`, { code: 'wrong-version', expected: RUN_FORMAT_VERSION, found: show(doc.formatVersion) });
  }

  const seed = doc.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return fail(`seed: expected a whole number from 0 to ${MAX_SEED}, found ${show(seed)}`, { code: 'bad-seed', max: MAX_SEED, found: show(seed) });
  }
  const preset = doc.preset ?? null;
  if (preset !== null && (typeof preset !== 'string' || !isPresetId(preset))) return fail(`preset: ${show(preset)} is not a known preset`, { code: 'bad-preset', found: show(preset) });
  const presetId = preset as PresetId | null;

  const base = presetId ? presetParams(presetId) : defaultParams();
  const checked = checkParams(doc.params, base);
  if ('error' in checked) return fail(checked.error, checked.detail);

  const notes: string[] = [];
  const noteDetails: ImportNote[] = [];
  if (checked.missing.length > 0) {
    notes.push(`${checked.missing.length} parameter(s) not in the file took the ${presetId ? 'preset' : 'default'} value: ${checked.missing.join(', ')}`);
    noteDetails.push({ code: 'missing-params', ids: checked.missing, fromPreset: presetId !== null });
  }
  const made = describeModel(doc.model);
  const here = `${current.version} (build ${current.buildId})`;
  if (made && made !== here) {
    notes.push(`the file was made by QKD Lab ${made}; this is ${here}, so results may differ`);
    noteDetails.push({ code: 'other-model', made, here });
  }
  return { ok: true, run: { params: checked.params, presetId, seed }, notes, noteDetails };
}

/** Parses and validates a run file's text. Every failure is a message that starts with the field at fault. */
export function parseRunImport(text: unknown, current: ModelVersion): ImportResult {
  try {
    if (typeof text !== 'string') return fail(`file: expected text, found ${typeof text}`, { code: 'not-text', found: typeof text });
    return parseUnsafe(text, current);
  } catch (err) {
    // Defence in depth: validation above is total, but a file must never crash the page.
    const why = err instanceof Error ? err.message : 'unknown error';
    return fail(`file: could not be read (${why})`, { code: 'unreadable', text: why });
  }
}
