// The flags of `npm run bench`: --json, --only GROUPS, --no-wasm; anything else is refused with the usage line,
// so a mistyped flag never runs the wrong benchmarks silently.

export const BENCH_GROUPS = ['photon', 'distill', 'theory', 'drift'] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];

export interface BenchArgs { json: boolean; only: BenchGroup[]; noWasm: boolean }

export const BENCH_USAGE = 'usage: npm run bench -- [--json] [--only photon,distill,theory,drift] [--no-wasm]';

/** Parses the flags; throws an Error whose message names the flag and gives the usage. */
export function parseBenchArgs(args: readonly string[]): BenchArgs {
  const out: BenchArgs = { json: false, only: [...BENCH_GROUPS], noWasm: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') out.json = true;
    else if (a === '--no-wasm') out.noWasm = true;
    else if (a === '--only') {
      const list = args[++i];
      if (list === undefined || list.startsWith('--')) throw new Error(`--only: expected a comma list of ${BENCH_GROUPS.join(', ')}; ${BENCH_USAGE}`);
      const groups = list.split(',');
      const bad = groups.find((g) => !(BENCH_GROUPS as readonly string[]).includes(g));
      if (bad !== undefined) throw new Error(`--only: unknown benchmark group "${bad}"; expected a comma list of ${BENCH_GROUPS.join(', ')}`);
      out.only = groups as BenchGroup[];
    } else throw new Error(`${a}: not understood; ${BENCH_USAGE}`);
  }
  return out;
}
