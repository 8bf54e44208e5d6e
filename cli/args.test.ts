// Tests of the shared CLI flag parser: registry flags, presets, aliases and one-line errors naming the flag.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgs, takeFlag, CliError, type ExtraFlag } from './args';
import { PARAMS, toKebab } from '../workers/common/params';

const EXTRAS: ExtraFlag[] = [
  { name: 'seconds', kind: 'number', min: 1e-9, max: 1e6, help: '' },
  { name: 'json', kind: 'boolean', help: '' },
  { name: 'eve', kind: 'string', choices: ['none', 'intercept-resend:F', 'pns'], help: '' },
];

function errorOf(argv: string[]): string {
  try {
    parseArgs(argv, EXTRAS);
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
  return '';
}

describe('parseArgs', () => {
  it('applies a preset, then parameter flags, aliases and = syntax', () => {
    const r = parseArgs(
      ['--preset', 'gys-textbook', '--distance-km', '80', '--g2-zero=0.5', '--json', '--seconds', '2'],
      EXTRAS,
    );
    expect(r.params.source).toBe('wcp');
    expect(r.params.fiberLengthKm).toBe(80);
    expect(r.params.g2Zero).toBe(0.5);
    expect(r.flags).toEqual({ json: true, seconds: 2 });
    expect(parseArgs(['--eve', 'intercept-resend:0.3'], EXTRAS).flags.eve).toBe('intercept-resend:0.3');
  });

  it('names the flag and its range in one line for bad input', () => {
    expect(errorOf(['--fiber-length-km', 'abc'])).toMatch(/^--fiber-length-km: .*"abc" is not a number.*0 to 400 km/);
    expect(errorOf(['--fiber-length-km', '900'])).toMatch(/^--fiber-length-km: .*out of range/);
    expect(errorOf(['--warp-drive', '1'])).toBe('--warp-drive: unknown flag (see --help)');
    expect(errorOf(['--preset', 'mars'])).toMatch(/^--preset: "mars" is not a preset; expected one of /);
    expect(errorOf(['--seconds'])).toBe('--seconds: missing value; expected a number from 1e-9 to 1000000');
    expect(errorOf(['--seconds', '-1'])).toMatch(/^--seconds: -1 is out of range/);
    expect(errorOf(['--eve', 'laser-blinding'])).toMatch(/^--eve: /);
    expect(errorOf(['--source', 'sun'])).toMatch(/^--source: .*one of qd, wcp/);
    expect(errorOf(['--mean-photon-number', '1.9', '--g2-zero', '1'])).toMatch(/^--mean-photon-number: /);
    for (const m of [errorOf(['x'])]) expect(m.split('\n')).toHaveLength(1);
  });

  it('accepts every registry parameter as a kebab-case flag at its default', () => {
    for (const p of PARAMS) {
      const r = parseArgs([`--${toKebab(p.id)}`, String(p.default)], EXTRAS);
      expect((r.params as unknown as Record<string, unknown>)[p.id]).toBe(p.default);
    }
  });

  it('never throws anything but a CliError with a one-line message (fuzz)', () => {
    const token = fc.oneof(
      fc.constantFrom(...PARAMS.map((p) => `--${toKebab(p.id)}`), '--preset', '--seconds', '--json', '--eve'),
      fc.string(),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        try {
          parseArgs(argv, EXTRAS);
        } catch (e) {
          expect(e).toBeInstanceOf(CliError);
          expect((e as Error).message).not.toContain('\n');
          expect((e as Error).message).toMatch(/^(--\S*|".*"):/);
        }
      }),
      { numRuns: 1000, seed: 9 },
    );
  });
});

describe('the util.parseArgs layer', () => {
  const KEYRATE_LIKE: ExtraFlag[] = [
    { name: 'optimise-mu', kind: 'boolean', aliases: ['optimize-mu'], onceKey: 'optimise-mu', help: '' },
    { name: 'no-optimise-mu', kind: 'boolean', aliases: ['no-optimize-mu'], onceKey: 'optimise-mu', help: '' },
    { name: 'from', kind: 'number', min: 0, max: 10_000, unit: 'km', help: '' },
  ];
  const refusal = (argv: string[], extras: ExtraFlag[] = EXTRAS) => {
    try {
      parseArgs(argv, extras);
    } catch (e) {
      if (e instanceof CliError) return e.message;
      throw e;
    }
    throw new Error(`accepted: ${argv.join(' ')}`);
  };

  it('refuses what is not a --flag, quoting the argument as typed, in order', () => {
    expect(refusal(['-xyz'])).toBe('"-xyz": unexpected argument; flags start with -- (see --help)');
    expect(refusal(['--json', 'stray', '--warp', '1'])).toBe(
      '"stray": unexpected argument; flags start with -- (see --help)',
    );
    expect(refusal(['--'])).toBe('--: unknown flag (see --help)');
    expect(refusal(['--json=yes'])).toBe('--json: takes no value');
  });

  it('takes a negative number as a value, but a following flag means the value is missing', () => {
    expect(refusal(['--seconds', '-1'])).toMatch(/^--seconds: -1 is out of range/);
    expect(refusal(['--seconds', '--json'])).toBe('--seconds: missing value; expected a number from 1e-9 to 1000000');
    expect(refusal(['--seconds=--5'])).toMatch(/^--seconds: "--5" is not a number/);
  });

  it('stores aliases under the flag name, counts flags sharing a once-key as one, and names units', () => {
    expect(parseArgs(['--optimize-mu'], KEYRATE_LIKE).flags).toEqual({ 'optimise-mu': true });
    expect(refusal(['--optimise-mu', '--no-optimize-mu'], KEYRATE_LIKE)).toBe(
      '--no-optimize-mu: given more than once; give each flag once',
    );
    expect(refusal(['--from', 'far'], KEYRATE_LIKE)).toBe(
      '--from: "far" is not a number; expected a number from 0 to 10000 km',
    );
  });

  it('reports which registry parameters were given, under any spelling', () => {
    const { given } = parseArgs(['--blockSizeBits', '50000', '--distance-km', '80'], EXTRAS);
    expect([...given].sort()).toEqual(['blockSizeBits', 'fiberLengthKm']);
    expect(parseArgs(['--preset', 'gys-textbook'], EXTRAS).given.size).toBe(0);
  });

  it('takeFlag lifts out the values a command claims and leaves the rest for parseArgs', () => {
    const isNetwork = (v: string) => v.startsWith('net-');
    expect(takeFlag(['--preset', 'net-a', '--preset=gys-textbook', '--json'], 'preset', isNetwork)).toEqual({
      values: ['net-a'],
      rest: ['--preset=gys-textbook', '--json'],
    });
    expect(takeFlag(['--json', '--preset=net-b'], 'preset', isNetwork)).toEqual({
      values: ['net-b'],
      rest: ['--json'],
    });
  });
});
