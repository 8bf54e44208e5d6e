// The real `network` command in child processes (two spawns: they are slow): the chain preset's JSON has the
// documented shape and its demand never exceeds the weakest link; a topology with an unknown node exits 2 naming it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'cli/network.ts', ...args], {
    cwd: new URL('..', import.meta.url).pathname,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('network CLI', () => {
  it('--preset chain-cities --hours 1 --json: links, demands and paths; the demand is at most the weakest link', () => {
    const r = run(['--preset', 'chain-cities', '--hours', '1', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      nodes: string[];
      links: { from: string; to: string; lengthKm: number; secretKeyRateBps: number }[];
      demands: { from: string; to: string; keyRateBps: number; paths: string[][] }[];
    };
    expect(out.nodes).toHaveLength(6);
    expect(out.links).toHaveLength(5);
    const weakest = Math.min(...out.links.map((l) => l.secretKeyRateBps));
    expect(weakest).toBeGreaterThan(0);
    expect(out.demands[0].keyRateBps).toBeGreaterThan(0);
    expect(out.demands[0].keyRateBps).toBeLessThanOrEqual(weakest);
    expect(out.demands[0].paths).toEqual([out.nodes]);
  });

  it('a topology naming an unknown node exits 2 with one line naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qkd-net-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [{ id: 'a' }, { id: 'b' }],
        links: [{ from: 'a', to: 'zz', lengthKm: 10 }],
        demands: [],
      }),
    );
    const r = run(['--topology', file, '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('--topology: links[0].to: unknown node "zz"');
  });
});
