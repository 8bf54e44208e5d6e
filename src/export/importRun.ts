// Reads a run file made by runJson.ts and turns it into the state to load (params, preset, seed), or into one
// language-free issue naming the field that is wrong (src/i18n/text/export.ts words it). Strict: the registry's
// validateParams checks every value, types must match the registry, unknown parameters are refused. Never throws.
import {
  PARAMS,
  PARAM_BY_ID,
  defaultParams,
  validateParams,
  type LinkParams,
  type ParamId,
  type ParamIssue,
} from '../../workers/common/params';
import { isPresetId, presetParams, type PresetId } from '../../workers/common/presets';
import { ECHO_MAX_CHARS, echo } from '../../workers/common/echo';
import type { ModelVersion } from './buildInfo';
import { RUN_FORMAT, RUN_FORMAT_VERSION } from './runJson';

/**
 * Larger files are refused before parsing (a run file with 1000 block reports is well under 2 MB). With the
 * shape limits below, any file under the cap parses and validates in well under 200 ms (importRun.test.ts).
 */
export const MAX_IMPORT_CHARS = 2_000_000;
/** Deepest nesting of a run file is 4 or 5; 1 MB of "[[[[" would take the parser most of a second. */
export const MAX_IMPORT_DEPTH = 64;
/**
 * Objects, arrays and keys a file may hold (what costs the parser time; plain numbers in a series are cheap:
 * 2 MB of them parse in ~40 ms). A block report has ~50 keys; 330 000 keys took 0.25 s to parse.
 */
export const MAX_IMPORT_ITEMS = 150_000;
const MAX_SEED = 0xffff_ffff;

export interface ImportedRun {
  params: LinkParams;
  presetId: PresetId | null;
  seed: number;
}

/** Why a file was refused, free of language; every issue names its field (the page words it from the code). */
export type ImportIssue =
  | { code: 'too-large'; chars: number; max: number }
  /** Nested deeper, or holding more values, than a run file can: refused by a linear scan before parsing. */
  | { code: 'too-complex'; limit: 'depth' | 'items'; max: number }
  | { code: 'not-json' }
  | { code: 'not-a-run'; found: string }
  | { code: 'wrong-format'; expected: string; found: string }
  | { code: 'wrong-version'; expected: number; found: string }
  | { code: 'bad-seed'; max: number; found: string }
  | { code: 'bad-preset'; found: string }
  | { code: 'params-not-object'; found: string }
  | { code: 'not-a-parameter'; name: string }
  | { code: 'wrong-type'; name: ParamId; want: 'number' | 'text'; found: string }
  | { code: 'bad-param'; issue: ParamIssue; more: number }
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

export type ImportResult = { ok: true; run: ImportedRun; notes: ImportNote[] } | { ok: false; issue: ImportIssue };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A short, safe rendering of an untrusted value for a message, through the one echo() (escaped, bounded,
 * O(1) in the value's size): a string quoted, a number as written by String ("Infinity" for 1e999, not
 * JSON's "null"), an object or array by its kind only (never serialised: it could be megabytes).
 */
function show(v: unknown): string {
  return typeof v === 'string' ? `"${echo(v, ECHO_MAX_CHARS - 2)}"` : echo(v);
}

function fail(issue: ImportIssue): ImportResult {
  return { ok: false, issue };
}

type Refusal = { refused: ImportIssue };

function checkParams(raw: unknown, base: LinkParams): { params: LinkParams; missing: ParamId[] } | Refusal {
  if (!isPlainObject(raw)) return { refused: { code: 'params-not-object', found: show(raw) } };
  for (const [name, value] of Object.entries(raw)) {
    const spec = (PARAM_BY_ID as Record<string, (typeof PARAMS)[number] | undefined>)[name];
    if (!spec || !Object.prototype.hasOwnProperty.call(PARAM_BY_ID, name))
      return { refused: { code: 'not-a-parameter', name: echo(name) } };
    const want = spec.kind === 'number' ? 'number' : 'string';
    if (typeof value !== want) {
      return {
        refused: { code: 'wrong-type', name: spec.id, want: want === 'number' ? 'number' : 'text', found: show(value) },
      };
    }
  }
  const { params, issues } = validateParams(raw, base);
  if (issues.length > 0) {
    return { refused: { code: 'bad-param', issue: issues[0], more: issues.length - 1 } };
  }
  const missing = PARAMS.map((p) => p.id).filter((id) => !Object.prototype.hasOwnProperty.call(raw, id));
  return { params, missing };
}

function readModelStamp(v: unknown): ModelStamp | null {
  if (!isPlainObject(v)) return null;
  const { version, buildId } = v;
  // Echoed in the "made by another model" note: bounded here, so a megabyte version cannot freeze the page.
  return typeof version === 'string' && typeof buildId === 'string'
    ? { version: echo(version), buildId: echo(buildId) }
    : null;
}

/** One pass over the text outside strings: the nesting depth and the count of objects, arrays and keys. */
export function scanShape(text: string): { depth: number; items: number } {
  let depth = 0;
  let maxDepth = 0;
  let items = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      items++;
      if (depth > maxDepth) maxDepth = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x3a) items++;
  }
  return { depth: maxDepth, items };
}

function parseUnsafe(text: string, current: ModelVersion): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return fail({ code: 'too-large', chars: text.length, max: MAX_IMPORT_CHARS });
  const shape = scanShape(text);
  if (shape.depth > MAX_IMPORT_DEPTH) return fail({ code: 'too-complex', limit: 'depth', max: MAX_IMPORT_DEPTH });
  if (shape.items > MAX_IMPORT_ITEMS) return fail({ code: 'too-complex', limit: 'items', max: MAX_IMPORT_ITEMS });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // The parser's own text is English and engine-specific; "not valid JSON" says what a person can act on.
    return fail({ code: 'not-json' });
  }
  if (!isPlainObject(doc)) return fail({ code: 'not-a-run', found: show(doc) });
  if (doc.format !== RUN_FORMAT) return fail({ code: 'wrong-format', expected: RUN_FORMAT, found: show(doc.format) });
  if (doc.formatVersion !== RUN_FORMAT_VERSION)
    return fail({ code: 'wrong-version', expected: RUN_FORMAT_VERSION, found: show(doc.formatVersion) });

  const seed = doc.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    return fail({ code: 'bad-seed', max: MAX_SEED, found: show(seed) });
  const preset = doc.preset ?? null;
  if (preset !== null && (typeof preset !== 'string' || !isPresetId(preset)))
    return fail({ code: 'bad-preset', found: show(preset) });
  const presetId = preset as PresetId | null;

  const base = presetId ? presetParams(presetId) : defaultParams();
  const checked = checkParams(doc.params, base);
  if ('refused' in checked) return fail(checked.refused);

  const notes: ImportNote[] = [];
  if (checked.missing.length > 0)
    notes.push({ code: 'missing-params', ids: checked.missing, fromPreset: presetId !== null });
  const made = readModelStamp(doc.model);
  const here = { version: current.version, buildId: current.buildId };
  if (made && (made.version !== here.version || made.buildId !== here.buildId))
    notes.push({ code: 'other-model', made, here });
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
