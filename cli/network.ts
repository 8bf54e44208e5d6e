// `npm run network`: a trusted-node network's link key rates, end-to-end (max-flow) key rates of its demands and
// H hours of key buffers, for a network preset or a topology file; every registry flag (and a link preset via
// --preset) sets the links' hardware. A bad topology exits with status 2 and one line naming the fault.
import { readFileSync } from 'node:fs';
import { PRESET_IDS, isPresetId } from '../workers/common/presets';
import { analyseNetwork } from '../workers/network/analyse';
import { simulateBufferDay } from '../workers/network/bufferDay';
import { NETWORK_PRESET_IDS, isNetworkPresetId, networkPreset } from '../workers/network/networkPresets';
import { parseTopology, TopologyError, type Topology } from '../workers/network/topology';
import { CliError, helpText, parseArgs, runCli, takeFlag, type ExtraFlag } from './args';
import { topologyFaultWords } from './topologyWords';

const EXTRAS: readonly ExtraFlag[] = [
  {
    name: 'topology',
    kind: 'string',
    help: 'topology JSON file { nodes: [{id}], links: [{from, to, lengthKm, preset?}], demands: [{from, to}] }',
  },
  { name: 'hours', kind: 'number', min: 1 / 3600, max: 24 * 365, help: 'simulated hours of key buffers (default 24)' },
  { name: 'json', kind: 'boolean', help: 'print JSON' },
  { name: 'help', kind: 'boolean', help: 'this text' },
];

const USAGE = `Usage: npm run network -- (--preset <network> | --topology file.json) [--preset <link preset>]
  [--hours H] [--json] [registry flags]

Trusted-node QKD network: each link's secret key rate (QKD Lab's pipeline model at the link's length), each
demand's end-to-end key rate by one-time-pad relay through trusted nodes (maximum flow over the link rates) and
H hours of key buffers. Network presets: ${NETWORK_PRESET_IDS.join(', ')}. A link preset (${PRESET_IDS.join(', ')})
sets the hardware of every link (default qd-timebin-120km); a link in a file may name its own "preset".`;

function readTopology(path: string): Topology {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(
      `--topology: cannot read ${JSON.stringify(path)}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CliError(`--topology: ${JSON.stringify(path)} is not JSON: ${(e as Error).message}`);
  }
  return parseTopology(raw);
}

const sig = (x: number) => Number(x.toPrecision(6));

async function main(): Promise<void> {
  // --preset names a network preset or a link preset; the network one is taken here, the link one by parseArgs.
  const { values: networks, rest } = takeFlag(process.argv.slice(2), 'preset', isNetworkPresetId);
  if (networks.length > 1) throw new CliError(`--preset: two network presets given (${networks[0]}, ${networks[1]})`);
  const network = networks[0] ?? null;
  const parsed = parseArgs(rest, EXTRAS);
  if (parsed.flags.help) {
    process.stdout.write(helpText(USAGE, EXTRAS) + '\n');
    return;
  }
  const file = parsed.flags.topology as string | undefined;
  if (network && file) throw new CliError('--topology: give either a network --preset or a --topology file, not both');
  if (!network && !file)
    throw new CliError(
      `--preset: missing network; expected one of ${NETWORK_PRESET_IDS.join(', ')}, or --topology file.json`,
    );
  let topology: Topology;
  try {
    topology = file ? readTopology(file) : parseTopology(networkPreset(network as (typeof NETWORK_PRESET_IDS)[number]));
  } catch (e) {
    if (e instanceof TopologyError)
      throw new CliError(`${file ? '--topology' : '--preset'}: ${topologyFaultWords(e.fault)}`);
    throw e;
  }
  const linkPreset = parsed.preset && isPresetId(parsed.preset) ? parsed.preset : undefined;
  const hours = (parsed.flags.hours as number | undefined) ?? 24;
  const t0 = performance.now();
  const result = analyseNetwork(topology, parsed.params, linkPreset);
  const day = simulateBufferDay(
    result.links.map((l) => l.secretKeyRateBps),
    result.demands,
    { hours },
  );
  const seconds = (performance.now() - t0) / 1000;
  const out = {
    nodes: result.nodes,
    links: result.links.map((l, i) => ({
      from: l.from,
      to: l.to,
      lengthKm: l.lengthKm,
      secretKeyRateBps: sig(l.secretKeyRateBps),
      lossDb: sig(l.lossDb),
      bufferBits: Math.floor(day.finalLinkBits[i]),
    })),
    demands: result.demands.map((d, i) => ({
      from: d.from,
      to: d.to,
      keyRateBps: sig(d.keyRateBps),
      paths: d.paths,
      pathRatesBps: d.pathRates.map(sig),
      deliveredBits: Math.floor(day.deliveredBits[i]),
    })),
    hours,
    computeSeconds: sig(seconds),
  };
  if (parsed.flags.json) {
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  process.stdout.write(
    `${out.nodes.length} nodes, ${out.links.length} links, ${hours} h (computed in ${seconds.toFixed(3)} s)\n`,
  );
  for (const l of out.links)
    process.stdout.write(
      `  ${l.from} – ${l.to}  ${l.lengthKm} km  ${l.secretKeyRateBps} bit/s  buffer ${l.bufferBits} bits\n`,
    );
  for (const d of out.demands) {
    process.stdout.write(
      `demand ${d.from} → ${d.to}: ${d.keyRateBps} bit/s end to end, ${d.deliveredBits} bits in ${hours} h\n`,
    );
    d.paths.forEach((p, k) => process.stdout.write(`  path ${k + 1} (${d.pathRatesBps[k]} bit/s): ${p.join(' → ')}\n`));
  }
  process.stdout.write('Every relay node on a path holds the relayed key in the clear: it must be trusted.\n');
}

void runCli(main);
