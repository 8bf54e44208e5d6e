// `npm run bench` flags: the known ones parse, a mistyped flag or group is refused with a message naming it.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './benchArgs';

describe('bench flags', () => {
  it('parses --json, --only and --no-wasm', () => {
    expect(parseBenchArgs([])).toEqual({
      json: false,
      only: ['photon', 'distill', 'theory', 'drift', 'network'],
      noWasm: false,
      runs: 5,
    });
    expect(parseBenchArgs(['--only', 'distill,theory', '--json', '--no-wasm', '--runs', '7'])).toEqual({
      json: true,
      only: ['distill', 'theory'],
      noWasm: true,
      runs: 7,
    });
  });

  it('refuses unknown flags, unknown groups and a bare --only, naming what is wrong', () => {
    expect(() => parseBenchArgs(['--bogus'])).toThrow(/^--bogus: not understood; usage: npm run bench/);
    expect(() => parseBenchArgs(['--json', 'distill'])).toThrow(/^distill: not understood/);
    expect(() => parseBenchArgs(['--only', 'distill,cascade'])).toThrow(/unknown benchmark group "cascade"/);
    expect(() => parseBenchArgs(['--only'])).toThrow(/^--only: expected a comma list/);
    expect(() => parseBenchArgs(['--only', '--json'])).toThrow(/^--only: expected a comma list/);
  });

  it('refuses a repeated flag, a bad run count, and escapes what it echoes', () => {
    expect(() => parseBenchArgs(['--json', '--json'])).toThrow(/^--json: given more than once/);
    for (const bad of ['0', '51', '1.5', 'x', ''])
      expect(() => parseBenchArgs(['--runs', bad])).toThrow(/^--runs: .* expected a whole number from 1 to 50$/);
    expect(() => parseBenchArgs(['--\u001b[31mred'])).toThrow(/^--\\u001b\[31mred: not understood/);
    expect(() => parseBenchArgs([`--${'x'.repeat(5000)}`])).toThrow(/^-{2}x{37}…: not understood/);
  });
});
