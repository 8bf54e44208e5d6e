// `npm run fuzz [-- --runs N] [--seed S]`: the nightly fuzz run. The unit tests' generators for the three untrusted
// surfaces (URLs, run files, command-line flags) at 10 000 cases each (default), with a fresh seed each night
// (printed, so any failure reproduces with --seed). Prints the cases, failures and time per surface as JSON;
// exits 1 when any case broke its property.
import fc from 'fast-check';
import { argvArb, checkArgv } from '../cli/fuzz/argvCases';

// The app's case modules reach DOM-typed code (the store, the catalogues), which this Node program's type check
// does not know: they are loaded by a computed path and typed by what they export (the unit tests check them).
interface StringCases {
  arb: fc.Arbitrary<string>;
  check: (value: string) => void;
}
async function loadCases(path: string, arb: string, check: string): Promise<StringCases> {
  const mod = (await import(new URL(path, import.meta.url).href)) as Record<string, unknown>;
  const run = mod[check] as (value: string, clockMs: () => number) => void;
  return { arb: mod[arb] as fc.Arbitrary<string>, check: (value) => run(value, cpuMs) };
}

/** This process's CPU time in ms: timed properties count their own work, not waits on a busy machine. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface Surface<T> {
  name: string;
  arb: fc.Arbitrary<T>;
  check: (value: T) => void;
}

function parse(argv: readonly string[]): { runs: number; seed: number } {
  let runs = 10_000;
  let seed = Date.now() % 2 ** 31;
  for (let i = 0; i < argv.length; i++) {
    const [flag, raw] = [argv[i], argv[i + 1]];
    const n = raw !== undefined && /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
    if (flag === '--runs' && n >= 1 && n <= 10_000_000) runs = n;
    else if (flag === '--seed' && n <= 2 ** 31 - 1) seed = n;
    else {
      process.stderr.write('usage: npm run fuzz -- [--runs N (1 to 10000000)] [--seed S (0 to 2147483647)]\n');
      process.exit(2);
    }
    i++;
  }
  return { runs, seed };
}

function runSurface<T>(surface: Surface<T>, runs: number, seed: number) {
  const t0 = performance.now();
  let uncaught = 0;
  const details = fc.check(
    fc.property(surface.arb, (value) => {
      try {
        surface.check(value);
      } catch (e) {
        // A broken property (an AssertionError) is a failure; anything else escaped the code under test.
        if (!(e instanceof Error && e.name === 'AssertionError')) uncaught++;
        throw e;
      }
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  return {
    surface: surface.name,
    cases: details.numRuns,
    failures: details.failed ? 1 : 0,
    uncaughtErrors: uncaught,
    seconds: Math.round((performance.now() - t0) / 10) / 100,
    ...(details.failed
      ? {
          counterexample: JSON.stringify(details.counterexample)?.slice(0, 300),
          error: String(details.errorInstance).slice(0, 300),
        }
      : {}),
  };
}

const { runs, seed } = parse(process.argv.slice(2));
const url = await loadCases('../src/url/urlFuzzCases.ts', 'queryArb', 'checkQuery');
const file = await loadCases('../src/export/importFuzzCases.ts', 'fileArb', 'checkImport');
const surfaces = [
  { name: 'url', ...url } as Surface<string>,
  { name: 'import', ...file } as Surface<string>,
  { name: 'cli', arb: argvArb, check: checkArgv } as Surface<string[]>,
];
const results = [];
for (const s of surfaces) {
  process.stderr.write(`fuzz: ${s.name}, ${runs} cases, seed ${seed}\n`);
  results.push(runSurface(s as Surface<unknown>, runs, seed));
}
process.stdout.write(`${JSON.stringify({ seed, runs, results }, null, 2)}\n`);
if (results.some((r) => r.failures > 0 || r.uncaughtErrors > 0)) process.exit(1);
