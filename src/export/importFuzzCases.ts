// The run-file fuzz cases, shared by the unit test (1 000 cases) and `npm run fuzz` (10 000): valid files with a
// field broken, huge or deeply nested values, other JSON and plain text, and the property each must keep.
import fc from 'fast-check';
import { ok } from '../url/propertyCheck';
import { PARAMS, defaultParams } from '../../workers/common/params';
import { PRESET_IDS } from '../../workers/common/presets';
import { describeImportIssue, describeImportNote } from '../i18n/text/export';
import { MAX_IMPORT_CHARS, parseRunImport } from './importRun';
import { RUN_FORMAT, RUN_FORMAT_VERSION } from './runJson';
import { LOCALES } from '../i18n/locale';

const HERE = { app: 'qkd-lab' as const, version: '0.1.0', buildId: 'abc123def456' };
const BASE: Record<string, unknown> = {
  format: RUN_FORMAT,
  formatVersion: RUN_FORMAT_VERSION,
  seed: 1,
  preset: null,
  params: defaultParams(),
  model: { version: '0.1.0', buildId: 'abc123def456' },
};

const huge = fc.constantFrom(
  'x'.repeat(100_000),
  '\u202e'.repeat(5000),
  'Your account is locked. Call +1 555 0100',
  '\u0000\u001b[2J',
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  huge,
  fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, 4294967296),
);
const fieldArb = fc.constantFrom('format', 'formatVersion', 'seed', 'preset', 'params', 'model', '__proto__', 'extra');
const paramArb = fc.constantFrom(...PARAMS.map((p) => p.id), 'bogus', 'constructor', 'p'.repeat(300));

/** A file's text: a valid file with one or more things changed, or something that is not a run file at all. */
export const fileArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fieldArb, anyValue).map(([k, v]) => JSON.stringify({ ...BASE, [k]: v })),
  fc
    .tuple(paramArb, anyValue)
    .map(([k, v]) => JSON.stringify({ ...BASE, params: { ...(BASE.params as object), [k]: v } })),
  fc
    .tuple(fc.constantFrom(...PRESET_IDS, 'nope'), fc.nat())
    .map(([preset, seed]) => JSON.stringify({ ...BASE, preset, seed, params: {} })),
  fc
    .tuple(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 50 }))
    .map(([version, buildId]) => JSON.stringify({ ...BASE, model: { version, buildId } })),
  fc.constantFrom('1e999', '-1e999', '1e-999').map((n) => JSON.stringify(BASE).replace('"seed":1', `"seed":${n}`)),
  fc.integer({ min: 1, max: 200_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc
    .integer({ min: 1, max: 100 })
    .map((depth) =>
      JSON.stringify({ ...BASE, model: JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown }),
    ),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.nat({ max: 400 }).map((cut) => JSON.stringify(BASE).slice(0, cut)),
);

// eslint-disable-next-line no-control-regex -- a message must carry no control or bidi character
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Never throws; answers within 200 ms; loads only a valid link; words every outcome briefly and safely in both
 * languages. `clockMs` is the clock the time is taken on: Node's runners pass the process's CPU time, so a busy
 * machine (five agents on two cores reach a load of 20) does not count as a slow import.
 */
export function checkImport(text: string, clockMs: () => number = () => performance.now()): void {
  const timed = () => {
    const t0 = clockMs();
    const r = parseRunImport(text, HERE);
    return { result: r, ms: clockMs() - t0 };
  };
  let { result, ms } = timed();
  // A garbage collection or a busy machine can stretch one parse; a slow path is slow every time: time it again.
  if (ms >= 200) ({ result, ms } = timed());
  ok(ms < 200 || text.length > MAX_IMPORT_CHARS, `took ${ms.toFixed(0)} ms twice`);
  const said: string[] = [];
  if (result.ok) {
    const { params, seed } = result.run;
    ok(Number.isSafeInteger(seed) && seed >= 0 && seed <= 0xffff_ffff, `seed ${seed}`);
    for (const spec of PARAMS) {
      const v = params[spec.id];
      if (spec.kind === 'number')
        ok(Number.isFinite(v) && (v as number) >= spec.min && (v as number) <= spec.max, `${spec.id} = ${String(v)}`);
      else
        ok(
          spec.options.some((o) => o.value === v),
          `${spec.id} = ${String(v)}`,
        );
    }
    for (const note of result.notes) for (const locale of LOCALES) said.push(describeImportNote(note, locale));
  } else {
    for (const locale of LOCALES) {
      const worded = describeImportIssue(result.issue, locale);
      said.push(worded.text);
      // Only an exception nobody foresaw keeps its own text; validation is total, so none may occur.
      ok(result.issue.code !== 'unreadable', `unexpected exception: ${worded.detail ?? ''}`);
    }
  }
  for (const s of said) ok(s.length < 1500 && !UNSAFE.test(s), `message: ${JSON.stringify(s.slice(0, 200))}`);
}
