// Tests of the importer's bounds on hostile files: a megabyte model version is echoed cut short, deep or
// value-heavy files are refused before parsing, every file under the size cap answers within 200 ms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECHO_MAX_CHARS } from '../../workers/common/echo';
import { emptyTotals } from '../engine/runTotals';
import { describeImportIssue, describeImportNote } from '../i18n/text/export';
import { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH, MAX_IMPORT_ITEMS, parseRunImport, scanShape } from './importRun';
import { buildRunJson } from './runJson';
import { defaultParams } from '../../workers/common/params';
import { LOCALES } from '../i18n/locale';

const model = { app: 'qkd-lab' as const, version: '0.1.0', buildId: 'abc123def456' };
const valid = buildRunJson(
  {
    seed: 1,
    presetId: null,
    params: defaultParams(),
    status: 'paused',
    totals: emptyTotals(),
    summary: null,
    blocksDone: 0,
    blockReports: [],
  },
  model,
);

/** The worst file shapes for the parser, each just under the size cap. */
const HOSTILE: Record<string, string> = {
  version: JSON.stringify({ ...valid, model: { version: 'v'.repeat(MAX_IMPORT_CHARS - 5000), buildId: 'x' } }),
  deep: '['.repeat(MAX_IMPORT_CHARS / 2 - 1) + ']'.repeat(MAX_IMPORT_CHARS / 2 - 1),
  emptyObjects: `[${'{},'.repeat(MAX_IMPORT_CHARS / 3 - 2)}{}]`,
  manyKeys: `{${Array.from({ length: MAX_IMPORT_CHARS / 12 }, (_, i) => `"k${i}":${i % 10}`).join(',')}}`,
  numbers: `[${'1,'.repeat(MAX_IMPORT_CHARS / 2 - 5)}1]`,
  justUnderItems: `{${Array.from({ length: MAX_IMPORT_ITEMS - 10 }, (_, i) => `"${i}":0`).join(',')}}`,
  emptyArrays: `[${'[],'.repeat(MAX_IMPORT_CHARS / 3 - 2)}[]]`,
  longString: JSON.stringify({ ...valid, format: 'x'.repeat(MAX_IMPORT_CHARS - 5000) }),
  paramsName: JSON.stringify({ ...valid, params: { ['p'.repeat(MAX_IMPORT_CHARS - 5000)]: 1 } }),
  infiniteSeed: JSON.stringify({ ...valid, seed: 1 }).replace('"seed":1', '"seed":1e999'),
};

/** This process's CPU time in ms: the import's own work, not the time it waited for a busy machine's cores. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timed(text: string) {
  const t0 = cpuMs();
  const result = parseRunImport(text, model);
  return { result, ms: cpuMs() - t0 };
}

describe('import bounds', () => {
  it('loads a file with a 1 MB model version and notes it cut short', () => {
    const text = JSON.stringify({ ...valid, model: { version: 'v'.repeat(1_000_000), buildId: 'x' } });
    const { result, ms } = timed(text);
    expect(ms).toBeLessThan(200);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const locale of LOCALES) {
      const note = result.notes.map((n) => describeImportNote(n, locale)).join('; ');
      expect(note.length).toBeLessThan(300);
      expect(note).toContain(`${'v'.repeat(ECHO_MAX_CHARS - 1)}…`);
    }
  });

  it('answers every hostile file under the cap within 200 ms, without throwing', () => {
    for (const [name, text] of Object.entries(HOSTILE)) {
      expect(text.length, name).toBeLessThanOrEqual(MAX_IMPORT_CHARS);
      const { result, ms } = timed(text);
      expect(ms, name).toBeLessThan(200);
      if (!result.ok)
        for (const locale of LOCALES)
          expect(describeImportIssue(result.issue, locale).text.length, name).toBeLessThan(300);
    }
  });

  it('refuses deep and value-heavy files by name, before parsing', () => {
    expect(timed(HOSTILE.deep).result).toEqual({
      ok: false,
      issue: { code: 'too-complex', limit: 'depth', max: MAX_IMPORT_DEPTH },
    });
    expect(timed(HOSTILE.emptyObjects).result).toEqual({
      ok: false,
      issue: { code: 'too-complex', limit: 'items', max: MAX_IMPORT_ITEMS },
    });
    expect(describeImportIssue({ code: 'too-complex', limit: 'depth', max: 64 }, 'de').text).toContain('64 Ebenen');
  });

  it('says what a non-finite seed is instead of "null"', () => {
    const { result } = timed(HOSTILE.infiniteSeed);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ code: 'bad-seed', found: 'Infinity' });
    expect(describeImportIssue(result.issue, 'en').text).not.toContain('null');
  });

  it('scans the shape outside strings only (1 000 cases)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        const shape = scanShape(text);
        const depth = (v: unknown): number =>
          typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0;
        expect(shape.depth).toBe(depth(JSON.parse(text)));
      }),
      { seed: 16, numRuns: 1000 },
    );
  });
});
