// The command-line fuzz cases, shared by the unit test (1 000 cases) and `npm run fuzz` (10 000): argument lists
// of random and malformed flags and values, and the property every one must keep (node:assert, no test runner).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PARAMS, PARAM_BY_ID, resolveParamName, toKebab, validateParams } from '../../workers/common/params';
import { PRESET_IDS } from '../../workers/common/presets';
import { CliError, MAX_SEED, parseArgs, type ExtraFlag } from '../args';
import { describeRange } from '../paramWords';

// The same kinds of extra flag as `sim` (sim.ts runs on import, so they are restated here).
export const EXTRAS: readonly ExtraFlag[] = [
  { name: 'seconds', kind: 'number', min: 1e-9, max: 1e6, help: '' },
  { name: 'pulses', kind: 'number', min: 1, max: Number.MAX_SAFE_INTEGER, integer: true, help: '' },
  { name: 'seed', kind: 'number', min: 0, max: MAX_SEED, integer: true, help: '' },
  { name: 'eve-mode', kind: 'string', choices: ['none', 'intercept-resend:F', 'pns'], help: '' },
  { name: 'json', kind: 'boolean', help: '' },
];
const NASTY = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '',
  ' ',
  '0x10',
  '1,5',
  '--1',
  '-',
  '.',
  'e5',
  '٣',
  'null',
  '\u0000',
  '\n',
  '9'.repeat(400),
  '-0',
  '--json',
  '9007199254740992',
  '9007199254740993',
  '4294967296',
  '4963232556',
  '\u001b[2J',
  '\u202eevil',
  'x'.repeat(5000),
];
const FLAGS = [
  ...PARAMS.map((p) => toKebab(p.id)),
  ...PARAMS.slice(0, 5).map((p) => p.id),
  'preset',
  ...EXTRAS.map((e) => e.name),
  '__proto__',
  'constructor',
  '',
  'FIBER-LENGTH-KM',
  'bad\u001bflag',
];

const valueFor = (flag: string): fc.Arbitrary<string> => {
  const id = resolveParamName(flag);
  const spec = id ? PARAM_BY_ID[id] : undefined;
  const options: fc.Arbitrary<string>[] = [
    fc.constantFrom(...NASTY),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.double().map(String),
  ];
  if (spec?.kind === 'number')
    options.push(
      fc.double({ min: spec.min * 0.5 - 1, max: spec.max * 1.5 + 1, noNaN: true }).map(String),
      fc.constantFrom(String(spec.min), String(spec.max)),
    );
  if (spec?.kind === 'choice') options.push(fc.constantFrom(...spec.options.map((o) => o.value)));
  if (flag === 'preset') options.push(fc.constantFrom(...PRESET_IDS));
  if (flag === 'seed' || flag === 'pulses') options.push(fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String));
  return fc.oneof(...options);
};
const argArb = fc.constantFrom(...FLAGS).chain((flag) =>
  fc.oneof(
    valueFor(flag).map((v) => [`--${flag}`, v]),
    valueFor(flag).map((v) => [`--${flag}=${v}`]),
    fc.constant([`--${flag}`]),
    fc.constantFrom(['-x'], ['stray'], ['--'], ['--=1']),
  ),
);
export const argvArb = fc.array(argArb, { maxLength: 6 }).map((parts) => parts.flat());

// eslint-disable-next-line no-control-regex -- a message must carry no control or bidi character
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const keyOf = (a: string) => {
  const n = a.slice(2).split('=')[0];
  return EXTRAS.some((x) => x.name === n) || n === 'preset' ? n : resolveParamName(n);
};

/** parseArgs returns a complete valid link, or throws one bounded, escaped CliError line naming the flag. */
export function checkArgv(argv: readonly string[]): void {
  let result: ReturnType<typeof parseArgs>;
  try {
    result = parseArgs(argv, EXTRAS);
  } catch (e) {
    assert.ok(e instanceof CliError, `not a CliError: ${String(e)}`);
    const message = e.message;
    assert.ok(
      !UNSAFE.test(message) && message.length < 400,
      `unsafe or unbounded message: ${JSON.stringify(message.slice(0, 200))}`,
    );
    if (/: given more than once; give each flag once$/.test(message)) {
      // The one rule for repeats: refused, naming a flag given twice (aliases count as the same flag).
      const name = /^--(.*): given/.exec(message)![1];
      assert.ok(
        argv.filter((a) => a.startsWith('--') && keyOf(a) !== undefined && keyOf(a) === keyOf(`--${name}`)).length >= 2,
        message,
      );
      return;
    }
    const flag = /^--([^:]*):/.exec(message)?.[1];
    if (flag === undefined) {
      assert.match(message, /^".*": unexpected argument/);
      return;
    }
    assert.ok(
      argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`)) ||
        resolveParamName(flag) !== undefined ||
        flag.endsWith('…') ||
        flag.includes('\\u'),
      message,
    );
    const id = resolveParamName(flag);
    const isClash =
      / is beyond | must be below | exceeds 1| gives no valid | dark clicks per pulse| longer than the pulse/.test(
        message,
      );
    if (id && !isClash && !/unknown flag/.test(message))
      assert.ok(message.includes(`expected ${describeRange(PARAM_BY_ID[id])}`), message);
    const extra = EXTRAS.find((x) => x.name === flag);
    if (extra?.kind === 'number') assert.match(message, /expected a (whole )?number from/);
    if (flag === 'preset') assert.ok(message.includes(PRESET_IDS.join(', ')), message);
    return;
  }
  for (const spec of PARAMS) {
    const v = result.params[spec.id];
    if (spec.kind === 'number')
      assert.ok(
        Number.isFinite(v) && (v as number) >= spec.min && (v as number) <= spec.max,
        `${spec.id} = ${String(v)}`,
      );
  }
  for (const [name, v] of Object.entries(result.flags)) {
    if (typeof v !== 'number') continue;
    const spec = EXTRAS.find((x) => x.name === name)!;
    assert.ok(
      Number.isFinite(v) && v >= spec.min! && v <= spec.max! && (!spec.integer || Number.isSafeInteger(v)),
      `--${name} = ${v}`,
    );
  }
  assert.deepEqual(validateParams(result.params as unknown as Record<string, unknown>, result.params).issues, []);
}
