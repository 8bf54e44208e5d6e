// The real `keyrate` command in a child process (kept to three spawns: they are slow): the JSON array
// matches the contract in docs/implementation-notes.md, a bad value exits 2 with one line naming the flag, and the
// finite-key decoy model's maximum distance works from the registry defaults with only --source wcp.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'cli/keyrate.ts', ...args], {
    cwd: new URL('../..', import.meta.url).pathname,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('keyrate CLI', () => {
  it('prints exactly the documented JSON records', () => {
    const r = run([
      '--preset',
      'gys-textbook',
      '--source',
      'wcp',
      '--decoy',
      'vacuum-weak',
      '--from',
      '0',
      '--to',
      '200',
      '--step',
      '5',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const points = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(points).toHaveLength(41);
    for (const pt of points) {
      expect(Object.keys(pt).sort()).toEqual(['bitsPerPulse', 'distanceKm', 'model', 'plobBitsPerPulse', 'qber']);
      expect(pt.model).toBe('decoy-vacuum-weak');
      expect(typeof pt.bitsPerPulse).toBe('number');
      expect(pt.bitsPerPulse as number).toBeLessThanOrEqual(pt.plobBitsPerPulse as number);
    }
    expect(points[0].distanceKm).toBe(0);
    expect(points[40].distanceKm).toBe(200);
    expect(points[0].bitsPerPulse as number).toBeGreaterThan(0);
    expect(points[40].bitsPerPulse).toBe(0);
  });

  it('decoy-finite --max-distance works as is on the registry link with a laser source', () => {
    const r = run([
      '--source',
      'wcp',
      '--decoy',
      'vacuum-weak',
      '--model',
      'decoy-finite',
      '--block-bits',
      '1e6',
      '--max-distance',
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['maxDistanceKm']);
    // The registry's link (0.1956 dB/km, 74 % detectors, 100 Hz dark counts) carries a decoy key far.
    expect(out.maxDistanceKm as number).toBeGreaterThan(150);
    expect(out.maxDistanceKm as number).toBeLessThan(400);
  });

  it('rejects a malformed value with status 2 and one line naming the flag and its range', () => {
    const r = run(['--preset', 'gys-textbook', '--fiber-loss-db-per-km', 'abc', '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('--fiber-loss-db-per-km: "abc" is not a number; expected a number from 0 to 2 dB/km\n');
  });
});
