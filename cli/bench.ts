// `npm run bench [-- --json] [--only photon,distill,theory,drift]`: runs every benchmark group and prints
// the figures. Benchmarks are never timed tests; their results are recorded in docs/BENCHMARKS.md.
import { cpus } from 'node:os';

type Figures = Record<string, number>;
const groups: Record<string, () => Promise<{ run: () => Promise<Figures> }>> = {
  photon: () => import('./bench/photon'),
  distill: () => import('./bench/distill'),
  theory: () => import('./bench/theory'),
  drift: () => import('./bench/drift'),
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyIdx = args.indexOf('--only');
  const only = onlyIdx >= 0 ? (args[onlyIdx + 1] ?? '').split(',') : Object.keys(groups);
  for (const g of only) {
    if (!groups[g]) {
      process.stderr.write(`--only: unknown benchmark group "${g}"; expected a comma list of ${Object.keys(groups).join(', ')}\n`);
      process.exit(2);
    }
  }
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
