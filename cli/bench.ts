// `npm run bench [-- --json] [--only photon,distill,theory,drift] [--no-wasm]`: runs every benchmark group and
// prints the figures. Benchmarks are never timed tests; their results are recorded in docs/BENCHMARKS.md.
import { cpus } from 'node:os';
import { setWasmKernels } from '../workers/distill/wasmHeap';
import { parseBenchArgs, type BenchGroup } from './bench/benchArgs';

type Figures = Record<string, number>;
const groups: Record<BenchGroup, () => Promise<{ run: () => Promise<Figures> }>> = {
  photon: () => import('./bench/photon'),
  distill: () => import('./bench/distill'),
  theory: () => import('./bench/theory'),
  drift: () => import('./bench/drift'),
};

async function main(): Promise<void> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
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
    Object.assign(figures, await mod.run());
  }
  if (json) process.stdout.write(JSON.stringify(figures) + '\n');
  else {
    process.stdout.write(`QKD Lab benchmarks on ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}\n`);
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(32)} ${v}\n`);
  }
}

void main();
