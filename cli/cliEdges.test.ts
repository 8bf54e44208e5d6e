// The command-line edges found by attack: every numeric flag keeps to the core's range (pulses ≤ 2^53 − 1,
// seeds ≤ 2^32 − 1, never a silently rounded integer), a repeated flag is refused by name, all three commands
// escape control characters and bound what they echo, a long run reports progress and stops on Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CliError, MAX_SEED, parseArgs, type ExtraFlag } from './args';
import { createProgress, formatDuration } from './progress';

// sim's numeric flags as sim.ts declares them (sim.ts runs on import, so they are restated; the spawned
// commands below check the real ones).
const EXTRAS: readonly ExtraFlag[] = [
  { name: 'seconds', kind: 'number', min: 1e-9, max: 1e6, help: '' },
  { name: 'pulses', kind: 'number', min: 1, max: Number.MAX_SAFE_INTEGER, integer: true, help: '' },
  { name: 'seed', kind: 'number', min: 0, max: MAX_SEED, integer: true, help: '' },
  { name: 'json', kind: 'boolean', help: '' },
];
const refusal = (argv: string[]): string => {
  try {
    parseArgs(argv, EXTRAS);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

/** Runs a command through tsx; returns its exit status, stdout and stderr. */
function run(script: string, args: string[]) {
  const r = spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('numeric flags keep to the core range', () => {
  it('pulses: 2^53 − 1 is the largest, 2^53 is refused with the range', () => {
    expect(parseArgs(['--pulses', String(Number.MAX_SAFE_INTEGER)], EXTRAS).flags.pulses).toBe(Number.MAX_SAFE_INTEGER);
    expect(refusal(['--pulses', '9007199254740992'])).toBe(
      '--pulses: 9007199254740992 is out of range; expected a whole number from 1 to 9007199254740991',
    );
  });

  it('seeds: 32-bit, larger ones refused instead of colliding or rounding', () => {
    expect(parseArgs(['--seed', '4294967295'], EXTRAS).flags.seed).toBe(4294967295);
    expect(refusal(['--seed', '4963232556'])).toBe(
      '--seed: 4963232556 is out of range; expected a whole number from 0 to 4294967295',
    );
    expect(refusal(['--seed', '9007199254740993'])).toMatch(/^--seed: 9007199254740993 is out of range/);
  });

  it('a whole number past 2^53 is never rounded into range', () => {
    const wide: ExtraFlag[] = [{ name: 'n', kind: 'number', min: 0, max: 1e300, integer: true, help: '' }];
    expect(() => parseArgs(['--n', '9007199254740993'], wide)).toThrow(/^--n: 9007199254740993 is out of range/);
  });
});

describe('repeated flags', () => {
  it('are refused by name, whatever their form', () => {
    expect(refusal(['--seed', '1', '--seed', '2'])).toBe('--seed: given more than once; give each flag once');
    expect(refusal(['--json', '--json'])).toMatch(/^--json: given more than once/);
    expect(refusal(['--preset', 'gys-textbook', '--preset=ideal-classroom'])).toMatch(
      /^--preset: given more than once/,
    );
    expect(refusal(['--fiber-length-km', '3', '--fiberLengthKm', '3'])).toMatch(
      /^--fiberLengthKm: given more than once/,
    );
  });
});

describe('echoed values', () => {
  it('are escaped and bounded', () => {
    const m = refusal([`--bad\u001b[31m\u202e${'x'.repeat(500)}`]);
    expect(m).not.toMatch(/[\u0000-\u001f\u202e]/); // eslint-disable-line no-control-regex
    expect(m.length).toBeLessThan(120);
    expect(refusal(['--seed', `1${'0'.repeat(5000)}`]).length).toBeLessThan(150);
  });
});

describe('the three commands', () => {
  const CTRL = ['--bad\u001b[2Jflag', '1'];
  it.each([['cli/sim.ts'], ['cli/keyrate.ts'], ['cli/bench.ts']])(
    '%s refuses a bad flag in one escaped line with status 2',
    (script) => {
      const r = run(script, CTRL);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\u001b/); // eslint-disable-line no-control-regex
      expect(r.stderr).toContain('\\u001b[2Jflag');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    },
    60_000,
  );

  it('sim: --pulses 2^53 and a repeated flag exit 2 without a stack trace; keyrate refuses a repeat too', () => {
    for (const [script, args, line] of [
      [
        'cli/sim.ts',
        ['--pulses', '9007199254740992'],
        '--pulses: 9007199254740992 is out of range; expected a whole number from 1 to 9007199254740991',
      ],
      ['cli/sim.ts', ['--seed', '1', '--seed', '4963232556'], '--seed: given more than once; give each flag once'],
      ['cli/keyrate.ts', ['--from', '0', '--from=1'], '--from: given more than once; give each flag once'],
    ] as const) {
      const r = run(script, [...args]);
      expect(r.status, script).toBe(2);
      expect(r.stderr.trim()).toBe(line);
    }
  }, 90_000);

  it('sim: a long run reports progress on stderr and stops at once on Ctrl-C', async () => {
    // detached: its own process group, which a terminal's Ctrl-C signals as a whole.
    const child = spawn('npx', ['tsx', 'cli/sim.ts', '--seconds', '1000000', '--json'], { detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number>((done) => child.on('exit', () => done(performance.now())));
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (/^sim: [\d.]+ % /m.test(stderr)) {
          clearInterval(poll);
          resolve();
        }
      }, 100);
    });
    const t0 = performance.now();
    process.kill(-child.pid!, 'SIGINT');
    const t1 = await exited;
    expect(t1 - t0).toBeLessThan(3000);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^sim: [\d.]+ % \([\d.e+]+ of 1\.00e\+6 simulated s\), \d+ s elapsed, about .* left; Ctrl-C stops$/m,
    );
    expect(stderr).not.toMatch(/Error|\n\s+at /);
  }, 60_000);
});

describe('progress lines', () => {
  it('stay quiet for a short run, then report share, elapsed and left every few seconds', () => {
    let t = 0;
    const lines: string[] = [];
    const tick = createProgress('sim', 100, 'simulated s', { now: () => t, write: (l) => lines.push(l) });
    tick(10);
    t = 2;
    tick(20);
    expect(lines).toEqual([]);
    t = 4;
    tick(40);
    t = 5;
    tick(45);
    t = 9;
    tick(90);
    expect(lines).toEqual([
      'sim: 40.0 % (40 of 100 simulated s), 4 s elapsed, about 6 s left; Ctrl-C stops',
      'sim: 90.0 % (90 of 100 simulated s), 9 s elapsed, about 1 s left; Ctrl-C stops',
    ]);
    expect([formatDuration(30), formatDuration(600), formatDuration(7200)]).toEqual(['30 s', '10 min', '2.0 h']);
  });
});
