// Fuzz of the shareable-link parser (seeded fast-check, 1500 query strings of random and malformed values):
// decoding never throws, every rejection names its parameter and allowed range, and what reaches the store
// is a complete valid link: finite numbers inside their ranges, known options, no cross-check clash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMS, PARAM_BY_ID, describeRange, validateParams, type LinkParams } from '../../workers/common/params';
import { PRESET_IDS } from '../../workers/common/presets';
import { echo } from '../../workers/common/echo';
import { createAppStore } from '../store/appState';
import { decodeUrlState } from './urlState';
import { loadStateFromUrl } from './urlSync';

const NASTY = ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400', '', ' ', '0x10', '1,5', '1_000', '--1', '.', 'e5', '1e', '+', '٣', '１', 'null',
  'undefined', 'true', '[]', '{}', '<img src=x onerror=alert(1)>', '"', '%', '\u0000', '\n1', '9'.repeat(400), '-0', '1e-400', '__proto__'];
const KEYS = [...PARAMS.map((p) => p.id), 'preset', 'seed', 'colorProfile', 'lesson', 'kiosk', '__proto__', 'constructor', 'toString', 'fiber-length-km', 'FiberLengthKm', ''];

/** A raw value for a key: something near the spec (inside, at, beyond the range), an option, or garbage. */
const rawValue = (key: string): fc.Arbitrary<string> => {
  const spec = Object.hasOwn(PARAM_BY_ID, key) ? PARAM_BY_ID[key as keyof typeof PARAM_BY_ID] : undefined;
  const near: fc.Arbitrary<string>[] = [fc.constantFrom(...NASTY), fc.string({ maxLength: 20 }), fc.double().map(String)];
  if (spec?.kind === 'number') {
    near.push(fc.double({ min: spec.min - Math.abs(spec.max - spec.min), max: spec.max + Math.abs(spec.max - spec.min), noNaN: true }).map(String));
    near.push(fc.constantFrom(String(spec.min), String(spec.max), String(spec.default), `${spec.max}1`, `-${spec.max}`));
  } else if (spec?.kind === 'choice') {
    near.push(fc.constantFrom(...spec.options.map((o) => o.value), ...spec.options.map((o) => ` ${o.value.toUpperCase()} `)));
  } else if (key === 'preset') near.push(fc.constantFrom(...PRESET_IDS, 'nope'));
  else if (key === 'seed') near.push(fc.constantFrom('0', '1', '4294967295', '4294967296', '-1', '1.5'), fc.nat().map(String));
  return fc.oneof(...near);
};

const queryArb = fc.array(fc.constantFrom(...KEYS).chain((k) => rawValue(k).map((v) => [k, v] as const)), { maxLength: 8 })
  .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString());

/** The store's params: every number finite and in range, every option known, no clash. */
function expectValidLink(params: LinkParams): void {
  for (const spec of PARAMS) {
    const v = params[spec.id];
    if (spec.kind === 'number') {
      expect(Number.isFinite(v), `${spec.id} = ${String(v)}`).toBe(true);
      expect((v as number) >= spec.min && (v as number) <= spec.max, `${spec.id} = ${String(v)}`).toBe(true);
    } else expect(spec.options.map((o) => o.value)).toContain(v);
  }
  expect(validateParams(params as unknown as Record<string, unknown>, params).issues).toEqual([]);
}

describe('URL parser fuzz', () => {
  it('never throws; rejections name the parameter and range; the store only ever gets a valid link', () => {
    fc.assert(fc.property(queryArb, (query) => {
      const decoded = decodeUrlState(query, 7);
      expectValidLink(decoded.params);
      expect(Number.isSafeInteger(decoded.seed) && decoded.seed >= 0 && decoded.seed <= 0xffff_ffff).toBe(true);
      for (const issue of decoded.issues) {
        const spec = Object.hasOwn(PARAM_BY_ID, issue.key) ? PARAM_BY_ID[issue.key as keyof typeof PARAM_BY_ID] : undefined;
        if (issue.detail.code === 'repeated-key') {
          // One rule for repeated keys: none of the values is used, and the notice says how often it was given.
          expect(new URLSearchParams(query).getAll(issue.detail.key).length).toBe(issue.detail.count);
          expect(issue.message).toContain(`"${issue.detail.key}" is given ${issue.detail.count} times`);
        } else if (spec) {
          expect(issue.message).toContain(`(${issue.key})`);
          // A value refused on its own states the range; a clash between two valid values names both instead.
          if (!/ is beyond | must be below | exceeds 1| gives no valid | dark clicks per pulse| longer than the pulse/.test(issue.message)) expect(issue.message).toContain(describeRange(spec));
        } else if (issue.key === 'preset') expect(issue.message).toContain(`Preset (preset): "${echo(new URLSearchParams(query).get('preset'))}" is not a known preset (one of ${PRESET_IDS.join(', ')})`);
        else if (issue.key === 'seed') expect(issue.message).toMatch(/Seed \(seed\).*0 to 4294967295/);
        else expect(issue.message).toContain(`"${issue.key}"`);
      }
      const store = createAppStore();
      loadStateFromUrl(store, `?${query}`);
      expectValidLink(store.getState().params);
    }), { seed: 20261127, numRuns: 1500 });
  });

  it('a clash whose named parameter came from the preset reverts the URL value that caused it', () => {
    // repetitionRateHz from the link makes the preset's detection window longer than a pulse period.
    const decoded = decodeUrlState('repetitionRateHz=10000000000', 1);
    expectValidLink(decoded.params);
    expect(decoded.issues.map((i) => i.key)).toEqual(['repetitionRateHz']);
    expect(decoded.issues[0].message).toMatch(/Detection window .*; keeping/);
  });
});
