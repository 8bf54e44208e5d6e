// `npm run bench` flags: the known ones parse, a mistyped flag or group is refused with a message naming it.
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './benchArgs';

describe('bench flags', () => {
  it('parses --json, --only and --no-wasm', () => {
    expect(parseBenchArgs([])).toEqual({ json: false, only: ['photon', 'distill', 'theory', 'drift'], noWasm: false });
    expect(parseBenchArgs(['--only', 'distill,theory', '--json', '--no-wasm'])).toEqual({ json: true, only: ['distill', 'theory'], noWasm: true });
  });

  it('refuses unknown flags, unknown groups and a bare --only, naming what is wrong', () => {
    expect(() => parseBenchArgs(['--bogus'])).toThrow(/^--bogus: not understood; usage: npm run bench/);
    expect(() => parseBenchArgs(['--json', 'distill'])).toThrow(/^distill: not understood/);
    expect(() => parseBenchArgs(['--only', 'distill,cascade'])).toThrow(/unknown benchmark group "cascade"/);
    expect(() => parseBenchArgs(['--only'])).toThrow(/^--only: expected a comma list/);
    expect(() => parseBenchArgs(['--only', '--json'])).toThrow(/^--only: expected a comma list/);
  });
});
