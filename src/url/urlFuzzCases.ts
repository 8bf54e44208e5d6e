// The shareable-link fuzz cases, shared by the unit test (1 000 cases) and `npm run fuzz` (10 000): query strings
// of random, malformed, repeated, huge and spoofing values, and the property each must keep (no test runner needed).
import fc from 'fast-check';
import { ok } from './propertyCheck';
import { PARAMS, PARAM_BY_ID, validateParams, type LinkParams } from '../../workers/common/params';
import { PRESET_IDS } from '../../workers/common/presets';
import { echo } from '../../workers/common/echo';
import { describeLinkIssue, describeParamRange, linkNoticeText, quoteValue } from '../i18n/text/notices';
import { buildShareUrl } from '../share/shareLink';
import { createAppStore } from '../store/appState';
import { decodeUrlState, encodeUrlState } from './urlState';
import { MAX_LINK_NOTICES, loadStateFromUrl, validKeptKeys } from './urlSync';
import { LOCALES } from '../i18n/locale';

const SPOOF = 'Your account is locked. Call +1 555 0100';
const NASTY = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '',
  ' ',
  '0x10',
  '1,5',
  '1_000',
  '--1',
  '.',
  'e5',
  '1e',
  '+',
  '٣',
  '１',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '<img src=x onerror=alert(1)>',
  '"',
  '%',
  '\u0000',
  '\n1',
  '9'.repeat(400),
  '-0',
  '1e-400',
  '__proto__',
  SPOOF,
  '\u202eevil',
  '\u001b[2J',
  'x'.repeat(3000),
];
const KEYS = [
  ...PARAMS.map((p) => p.id),
  'preset',
  'seed',
  'colorProfile',
  'lesson',
  'kiosk',
  'idleSeconds',
  'allowLinks',
  'presenter',
  'lang',
  '__proto__',
  'constructor',
  'toString',
  'fiber-length-km',
  'FiberLengthKm',
  '',
  'k'.repeat(500),
  'bad\u0007key',
];

/** A raw value for a key: something near the spec (inside, at, beyond the range), an option, or garbage. */
const rawValue = (key: string): fc.Arbitrary<string> => {
  const spec = Object.hasOwn(PARAM_BY_ID, key) ? PARAM_BY_ID[key as keyof typeof PARAM_BY_ID] : undefined;
  const near: fc.Arbitrary<string>[] = [
    fc.constantFrom(...NASTY),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.double().map(String),
  ];
  if (spec?.kind === 'number') {
    near.push(
      fc
        .double({
          min: spec.min - Math.abs(spec.max - spec.min),
          max: spec.max + Math.abs(spec.max - spec.min),
          noNaN: true,
        })
        .map(String),
    );
    near.push(
      fc.constantFrom(String(spec.min), String(spec.max), String(spec.default), `${spec.max}1`, `-${spec.max}`),
    );
  } else if (spec?.kind === 'choice') {
    near.push(
      fc.constantFrom(...spec.options.map((o) => o.value), ...spec.options.map((o) => ` ${o.value.toUpperCase()} `)),
    );
  } else if (key === 'preset') near.push(fc.constantFrom(...PRESET_IDS, 'nope'));
  else if (key === 'seed')
    near.push(fc.constantFrom('0', '1', '4294967295', '4294967296', '-1', '1.5'), fc.nat().map(String));
  else if (key === 'lesson') near.push(fc.constantFrom('catch-eve', 'how-far', 'sifting'));
  else if (key === 'kiosk' || key === 'presenter' || key === 'allowLinks')
    near.push(fc.constantFrom('1', '0', 'true', 'maybe'));
  return fc.oneof(...near);
};

export const queryArb = fc
  .array(
    fc.constantFrom(...KEYS).chain((k) => rawValue(k).map((v) => [k, v] as const)),
    { maxLength: 10 },
  )
  .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString());

// eslint-disable-next-line no-control-regex -- a notice must carry no control or bidi character
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The params: every number finite and in range, every option known, no clash. */
export function assertValidLink(params: LinkParams): void {
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
  ok(validateParams(params as unknown as Record<string, unknown>, params).issues.length === 0, 'the link has issues');
}

/**
 * Decoding never throws and yields a valid link; every issue names its parameter (and range); the notices are
 * few, bounded and escaped in both languages; the address and the share link carry only valid values, and the
 * share link decodes back to the same state without an issue.
 */
export function checkQuery(query: string): void {
  const decoded = decodeUrlState(query, 7);
  assertValidLink(decoded.params);
  ok(Number.isSafeInteger(decoded.seed) && decoded.seed >= 0 && decoded.seed <= 0xffff_ffff, `seed ${decoded.seed}`);
  const given = new URLSearchParams(query);
  for (const issue of decoded.issues) {
    // The English the page shows for the issue's code (the reader keeps only the code).
    const message = describeLinkIssue(issue.detail, 'en');
    const spec = Object.hasOwn(PARAM_BY_ID, issue.key) ? PARAM_BY_ID[issue.key as keyof typeof PARAM_BY_ID] : undefined;
    if (issue.detail.code === 'repeated-key') {
      // One rule for repeated keys: none of the values is used, and the notice says how often it was given.
      if (!issue.detail.key.endsWith('…') && !issue.detail.key.includes('\\u'))
        ok(given.getAll(issue.detail.key).length === issue.detail.count, `count of ${issue.detail.key}`);
      ok(message.includes(`${quoteValue(issue.detail.key, 'en')} is given ${issue.detail.count} times`), message);
    } else if (spec) {
      ok(message.includes(`(${issue.key})`), message);
      // A value refused on its own states the range; a clash between two valid values names both instead.
      if (
        !/ is beyond | must be below | exceeds 1| gives no valid | dark clicks per pulse| longer than the pulse/.test(
          message,
        )
      )
        ok(message.includes(describeParamRange(spec.id, 'en')), message);
    } else if (issue.key === 'preset')
      ok(
        message.includes(
          `Preset (preset): ${quoteValue(echo(given.get('preset')), 'en')} is not a known preset ` +
            `(one of ${PRESET_IDS.join(', ')})`,
        ),
        message,
      );
    else if (issue.key === 'seed') ok(/Seed \(seed\).*0 to 4294967295/.test(message), message);
    else if (issue.detail.code === 'bad-lesson') ok(message.startsWith('Lesson (lesson): '), message);
    else ok(message.includes(quoteValue(issue.key, 'en')) || message.includes(`(${issue.key})`), message);
  }

  const store = createAppStore();
  loadStateFromUrl(store, `?${query}`);
  const { params, presetId, seed, notices } = store.getState();
  assertValidLink(params);
  ok(notices.length <= MAX_LINK_NOTICES, `${notices.length} notices`);
  for (const n of notices) {
    for (const locale of LOCALES) {
      const said = linkNoticeText(n.detail, locale);
      ok(said.length < 400 && !UNSAFE.test(said), `notice: ${JSON.stringify(said.slice(0, 200))}`);
      ok(!said.includes('locked'), 'a spoofed text is quoted');
    }
  }
  const share = new URL(
    buildShareUrl({ params, presetId, seed }, { origin: 'https://q.example', pathname: '/', search: `?${query}` }),
  );
  const lesson = share.searchParams.get('lesson');
  ok(
    lesson === null || ['bb84-photons', 'catch-eve', 'single-photons', 'how-far', 'raw-to-secret'].includes(lesson),
    `shared lesson ${lesson}`,
  );
  ok(share.href.length < 2000, `share link of ${share.href.length} characters`);
  for (const [key, value] of validKeptKeys(`?${query}`)) ok(given.getAll(key).length === 1, `kept ${key}=${value}`);
  const again = decodeUrlState(`?${encodeUrlState({ params, presetId, seed })}`, 1);
  ok(
    again.issues.length === 0,
    `the share link has issues: ${again.issues.map((i) => describeLinkIssue(i.detail, 'en')).join('; ')}`,
  );
  // JSON: -0 from the link and the 0 it is written back as are the same value.
  ok(JSON.stringify(again.params) === JSON.stringify(params), 'the share link gives other params');
}
