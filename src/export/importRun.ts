// Reads a run file made by runJson.ts and turns it into the state to load (params, preset, seed), or into one
// language-free issue naming the field that is wrong (src/i18n/text/export.ts words it). Strict: the registry's
// validateParams checks every value, types must match the registry, unknown parameters are refused. Never throws.
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

/** Why a file was refused, free of language; every issue names its field (the page words it from the code). */
export type ImportIssue =
  | { code: 'too-large'; chars: number; max: number }
  | { code: 'not-json' }
  | { code: 'not-a-run'; found: string }
  | { code: 'wrong-format'; expected: string; found: string }
  | { code: 'wrong-version'; expected: number; found: string }
  | { code: 'bad-seed'; max: number; found: string }
  | { code: 'bad-preset'; found: string }
  | { code: 'params-not-object'; found: string }
  | { code: 'not-a-parameter'; name: string }
  | { code: 'wrong-type'; name: ParamId; want: 'number' | 'text'; found: string }
  | { code: 'bad-param'; id: string; issue: ParamIssueDetail; more: number }
  | { code: 'not-text' }
  /** A failure nobody foresaw: `text` is the exception's own (English) text, kept as a technical detail. */
  | { code: 'unreadable'; text: string };

/** Which QKD Lab made a file, or is reading it. */
export interface ModelStamp {
  version: string;
  buildId: string;
}

/** Something worth knowing about a file that was loaded, free of language. */
export type ImportNote =
  | { code: 'missing-params'; ids: ParamId[]; fromPreset: boolean }
  | { code: 'other-model'; made: ModelStamp; here: ModelStamp };

export type ImportResult =
  | { ok: true; run: ImportedRun; notes: ImportNote[] }
  | { ok: false; issue: ImportIssue };

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

function fail(issue: ImportIssue): ImportResult {
  return { ok: false, issue };
}

type Refusal = { refused: ImportIssue };

function checkParams(raw: unknown, base: LinkParams): { params: LinkParams; missing: ParamId[] } | Refusal {
  if (!isPlainObject(raw)) return { refused: { code: 'params-not-object', found: show(raw) } };
  for (const [name, value] of Object.entries(raw)) {
    const spec = (PARAM_BY_ID as Record<string, (typeof PARAMS)[number] | undefined>)[name];
    if (!spec || !Object.prototype.hasOwnProperty.call(PARAM_BY_ID, name)) return { refused: { code: 'not-a-parameter', name } };
    const want = spec.kind === 'number' ? 'number' : 'string';
    if (typeof value !== want) {
      return { refused: { code: 'wrong-type', name: spec.id, want: want === 'number' ? 'number' : 'text', found: show(value) } };
    }
  }
  const { params, issues } = validateParams(raw, base);
  if (issues.length > 0) {
    return { refused: { code: 'bad-param', id: issues[0].id, issue: issues[0].detail, more: issues.length - 1 } };
  }
  const missing = PARAMS.map((p) => p.id).filter((id) => !Object.prototype.hasOwnProperty.call(raw, id));
  return { params, missing };
}

function readModelStamp(v: unknown): ModelStamp | null {
  if (!isPlainObject(v)) return null;
  const { version, buildId } = v;
  return typeof version === 'string' && typeof buildId === 'string' ? { version, buildId } : null;
}

function parseUnsafe(text: string, current: ModelVersion): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail({ code: 'too-large', chars: text.length, max: MAX_IMPORT_CHARS });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // The parser's own text is English and engine-specific; "not valid JSON" says what a person can act on.
    return fail({ code: 'not-json' });
  }
  if (!isPlainObject(doc)) return fail({ code: 'not-a-run', found: show(doc) });
  if (doc.format !== RUN_FORMAT) return fail({ code: 'wrong-format', expected: RUN_FORMAT, found: show(doc.format) });
  if (doc.formatVersion !== RUN_FORMAT_VERSION) return fail({ code: 'wrong-version', expected: RUN_FORMAT_VERSION, found: show(doc.formatVersion) });

  const seed = doc.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return fail({ code: 'bad-seed', max: MAX_SEED, found: show(seed) });
  const preset = doc.preset ?? null;
  if (preset !== null && (typeof preset !== 'string' || !isPresetId(preset))) return fail({ code: 'bad-preset', found: show(preset) });
  const presetId = preset as PresetId | null;

  const base = presetId ? presetParams(presetId) : defaultParams();
  const checked = checkParams(doc.params, base);
  if ('refused' in checked) return fail(checked.refused);

  const notes: ImportNote[] = [];
  if (checked.missing.length > 0) notes.push({ code: 'missing-params', ids: checked.missing, fromPreset: presetId !== null });
  const made = readModelStamp(doc.model);
  const here = { version: current.version, buildId: current.buildId };
  if (made && (made.version !== here.version || made.buildId !== here.buildId)) notes.push({ code: 'other-model', made, here });
  return { ok: true, run: { params: checked.params, presetId, seed }, notes };
}

/** Parses and validates a run file's text. Every failure is an issue naming the field at fault. */
export function parseRunImport(text: unknown, current: ModelVersion): ImportResult {
  try {
    if (typeof text !== 'string') return fail({ code: 'not-text' });
    return parseUnsafe(text, current);
  } catch (err) {
    // Defence in depth: validation above is total, but a file must never crash the page.
    return fail({ code: 'unreadable', text: err instanceof Error ? err.message : String(err) });
  }
}
