// The flags of `npm run bench`: --json, --only GROUPS, --no-wasm, --runs N; anything else (or a flag given
// twice) is refused with the usage line, so a mistyped flag never runs the wrong benchmarks silently.
import { parseArgs } from 'node:util';
import { echo } from '../../workers/common/echo';

export const BENCH_GROUPS = ['photon', 'distill', 'theory', 'drift', 'network'] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];

export interface BenchArgs {
  json: boolean;
  only: BenchGroup[];
  noWasm: boolean;
  runs: number;
}

/** Timed runs per group after one warm-up run: each figure is reported as median, min and max of these. */
export const DEFAULT_RUNS = 5;
export const MAX_RUNS = 50;

export const BENCH_USAGE =
  'usage: npm run bench -- [--json] [--only photon,distill,theory,drift,network] [--no-wasm] [--runs N]';

/**
 * Parses the flags (split by Node's util.parseArgs); throws an Error whose message names the flag and gives the
 * usage.
 */
export function parseBenchArgs(args: readonly string[]): BenchArgs {
  const out: BenchArgs = { json: false, only: [...BENCH_GROUPS], noWasm: false, runs: DEFAULT_RUNS };
  const { tokens } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean' },
      'no-wasm': { type: 'boolean' },
      only: { type: 'string' },
      runs: { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const t of tokens) {
    const typed = args[t.index];
    if (t.kind !== 'option' || !t.rawName.startsWith('--') || !['json', 'no-wasm', 'only', 'runs'].includes(t.name))
      throw new Error(`${echo(typed)}: not understood; ${BENCH_USAGE}`);
    if (seen.has(t.name)) throw new Error(`--${t.name}: given more than once; give each flag once`);
    seen.add(t.name);
    if ((t.name === 'json' || t.name === 'no-wasm') && t.value !== undefined)
      throw new Error(`--${t.name}: takes no value; ${BENCH_USAGE}`);
    if (t.name === 'json') out.json = true;
    else if (t.name === 'no-wasm') out.noWasm = true;
    else if (t.name === 'only') {
      // util.parseArgs takes the next argument whatever it is; a following flag means the list is missing.
      const list = t.value;
      if (list === undefined || (!t.inlineValue && list.startsWith('--')))
        throw new Error(`--only: expected a comma list of ${BENCH_GROUPS.join(', ')}; ${BENCH_USAGE}`);
      const groups = list.split(',');
      const bad = groups.find((g) => !(BENCH_GROUPS as readonly string[]).includes(g));
      if (bad !== undefined)
        throw new Error(
          `--only: unknown benchmark group "${echo(bad)}"; expected a comma list of ${BENCH_GROUPS.join(', ')}`,
        );
      out.only = groups as BenchGroup[];
    } else {
      const raw = t.value;
      const n = raw !== undefined && /^\d{1,3}$/.test(raw) ? Number(raw) : Number.NaN;
      if (!(n >= 1 && n <= MAX_RUNS))
        throw new Error(`--runs: "${echo(raw ?? '')}" is not allowed; expected a whole number from 1 to ${MAX_RUNS}`);
      out.runs = n;
    }
  }
  return out;
}
