// `npm run bench [-- --json] [--only photon,distill,theory,drift,network] [--no-wasm] [--runs N]`: runs every benchmark
// group once to warm up, then N times (default 5), and prints each figure as the median of the N runs with its
// min and max ("<figure>", "<figure>Min", "<figure>Max"). Never timed tests; results are in docs/BENCHMARKS.md.
import { cpus } from 'node:os';
import { setWasmKernels } from '../workers/distill/wasmHeap';
import { parseBenchArgs, type BenchGroup } from './bench/benchArgs';
import { escapeUnsafe } from '../workers/common/echo';

type Figures = Record<string, number>;
const groups: Record<BenchGroup, () => Promise<{ run: () => Promise<Figures> }>> = {
  photon: () => import('./bench/photon'),
  distill: () => import('./bench/distill'),
  theory: () => import('./bench/theory'),
  drift: () => import('./bench/drift'),
  network: () => import('./bench/network'),
};

/** The middle value of a sorted list (the mean of the middle two for an even count). */
export function median(sorted: readonly number[]): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** Every figure of `runs` timed runs after one warm-up: the median under its own name, plus its min and max. */
export function spread(samples: readonly Figures[]): Figures {
  const out: Figures = {};
  for (const key of Object.keys(samples[0] ?? {})) {
    const values = samples
      .map((s) => s[key])
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    if (values.length === 0) continue;
    out[key] = median(values);
    out[`${key}Min`] = values[0];
    out[`${key}Max`] = values[values.length - 1];
  }
  return out;
}

async function repeated(group: string, run: () => Promise<Figures>, runs: number): Promise<Figures> {
  const samples: Figures[] = [];
  for (let i = 0; i <= runs; i++) {
    process.stderr.write(`bench: ${group} ${i === 0 ? 'warm-up' : `run ${i} of ${runs}`}\n`);
    const figures = await run();
    // The first run warms the JIT and the caches; it is not counted.
    if (i > 0) samples.push(figures);
  }
  return spread(samples);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${escapeUnsafe((e as Error).message)}\n`);
    process.exit(2);
  }
  const { json, only } = args;
  // --no-wasm: privacy amplification's FFT stages in TypeScript, as where WebAssembly is refused. Measure it in
  // its own run: the JIT code of the shared TypeScript parts, tuned to one kind of array, is slower on the other.
  if (args.noWasm) setWasmKernels(false);
  const figures: Figures = {};
  for (const g of only) {
    const mod = await groups[g]().catch((e: unknown) => {
      process.stderr.write(`benchmark group ${g} could not be loaded: ${String(e)}\n`);
      return null;
    });
    if (!mod) continue;
    Object.assign(figures, await repeated(g, mod.run, args.runs));
  }
  if (json) process.stdout.write(JSON.stringify(figures) + '\n');
  else {
    process.stdout.write(
      `QKD Lab benchmarks on ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}; ` +
        `median of ${args.runs} runs after a warm-up (min … max)\n`,
    );
    for (const [k, v] of Object.entries(figures)) {
      if (k.endsWith('Min') || k.endsWith('Max')) continue;
      process.stdout.write(`${k.padEnd(32)} ${v}  (${figures[`${k}Min`]} … ${figures[`${k}Max`]})\n`);
    }
  }
}

// Run only as a command (the unit test imports median and spread).
if (process.argv[1] && /bench\.ts$/.test(process.argv[1])) void main();
