// Fuzz of the command-line parser (seeded fast-check, 1500 argument lists of random and malformed flags and
// values): parseArgs either returns a complete valid link or throws a one-line CliError that names the flag
// (and, for a value refused on its own, the allowed range); never another exception, never NaN or Infinity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMS, PARAM_BY_ID, describeRange, resolveParamName, toKebab, validateParams } from '../workers/common/params';
import { PRESET_IDS } from '../workers/common/presets';
import { CliError, parseArgs, type ExtraFlag } from './args';

// The same kinds of extra flag as `sim` (sim.ts runs on import, so they are restated here).
const EXTRAS: readonly ExtraFlag[] = [
  { name: 'seconds', kind: 'number', min: 1e-9, max: 1e6, help: '' },
  { name: 'seed', kind: 'number', min: 0, max: 2 ** 53, integer: true, help: '' },
  { name: 'eve-mode', kind: 'string', choices: ['none', 'intercept-resend:F', 'pns'], help: '' },
  { name: 'json', kind: 'boolean', help: '' },
];
const NASTY = ['NaN', 'Infinity', '-Infinity', '1e400', '', ' ', '0x10', '1,5', '--1', '-', '.', 'e5', '٣', 'null', '\u0000', '\n', '9'.repeat(400), '-0', '--json'];
const FLAGS = [...PARAMS.map((p) => toKebab(p.id)), ...PARAMS.slice(0, 5).map((p) => p.id), 'preset', ...EXTRAS.map((e) => e.name), '__proto__', 'constructor', '', 'FIBER-LENGTH-KM'];

const valueFor = (flag: string): fc.Arbitrary<string> => {
  const id = resolveParamName(flag);
  const spec = id ? PARAM_BY_ID[id] : undefined;
  const options: fc.Arbitrary<string>[] = [fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }), fc.double().map(String)];
  if (spec?.kind === 'number') options.push(fc.double({ min: spec.min * 0.5 - 1, max: spec.max * 1.5 + 1, noNaN: true }).map(String), fc.constantFrom(String(spec.min), String(spec.max)));
  if (spec?.kind === 'choice') options.push(fc.constantFrom(...spec.options.map((o) => o.value)));
  if (flag === 'preset') options.push(fc.constantFrom(...PRESET_IDS));
  return fc.oneof(...options);
};
const argArb = fc.constantFrom(...FLAGS).chain((flag) => fc.oneof(
  valueFor(flag).map((v) => [`--${flag}`, v]),
  valueFor(flag).map((v) => [`--${flag}=${v}`]),
  fc.constant([`--${flag}`]),
  fc.constantFrom(['-x'], ['stray'], ['--'], ['--=1']),
));
const argvArb = fc.array(argArb, { maxLength: 6 }).map((parts) => parts.flat());

describe('CLI parser fuzz', () => {
  it('returns a valid link or throws a one-line CliError naming the flag', () => {
    fc.assert(fc.property(argvArb, (argv) => {
      let result: ReturnType<typeof parseArgs>;
      try {
        result = parseArgs(argv, EXTRAS);
      } catch (e) {
        expect(e).toBeInstanceOf(CliError);
        const message = (e as CliError).message;
        expect(message).not.toMatch(/[\n\r]/);
        if (/: given more than once; give each flag once$/.test(message)) {
          // The one rule for repeats: refused, naming a flag given twice (aliases count as the same flag).
          const keyOf = (a: string) => { const n = a.slice(2).split('=')[0]; return EXTRAS.some((x) => x.name === n) || n === 'preset' ? n : resolveParamName(n); };
          const name = /^--(.*): given/.exec(message)![1];
          expect(argv.filter((a) => a.startsWith('--') && keyOf(a) !== undefined && keyOf(a) === keyOf(`--${name}`)).length).toBeGreaterThanOrEqual(2);
          return;
        }
        const flag = /^--([^:]*):/.exec(message)?.[1];
        if (flag === undefined) {
          expect(message).toMatch(/^".*": unexpected argument/);
          return;
        }
        expect(argv.some((a) => a === `--${flag}` || a.startsWith(`--${flag}=`)) || resolveParamName(flag) !== undefined, message).toBe(true);
        const id = resolveParamName(flag);
        const isClash = / is beyond | must be below | exceeds 1| gives no valid | dark clicks per pulse| longer than the pulse/.test(message);
        if (id && !isClash && !/unknown flag/.test(message)) expect(message).toContain(`expected ${describeRange(PARAM_BY_ID[id])}`);
        const extra = EXTRAS.find((x) => x.name === flag);
        if (extra?.kind === 'number') expect(message).toMatch(/expected a (whole )?number from/);
        if (flag === 'preset') expect(message).toContain(PRESET_IDS.join(', '));
        return;
      }
      for (const spec of PARAMS) {
        const v = result.params[spec.id];
        if (spec.kind === 'number') expect(Number.isFinite(v) && (v as number) >= spec.min && (v as number) <= spec.max, `${spec.id} = ${String(v)}`).toBe(true);
      }
      for (const v of Object.values(result.flags)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      expect(validateParams(result.params as unknown as Record<string, unknown>, result.params).issues).toEqual([]);
    }), { seed: 20261127, numRuns: 1500 });
  });
});
