// Tests of the shared CLI flag parser: registry flags, presets, aliases and one-line errors naming the flag.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgs, CliError, type ExtraFlag } from './args';
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
