// Benchmark group "network" for `npm run bench`: a day of key buffers for the 300-node mesh, from scratch in one
// thread as the network worker does it (build the preset, every link's rate, the max-flows, 1 440 one-minute steps).
import { performance } from 'node:perf_hooks';
import { presetParams } from '../../workers/common/presets';
import { analyseNetwork } from '../../workers/network/analyse';
import { simulateBufferDay } from '../../workers/network/bufferDay';
import { networkPreset } from '../../workers/network/networkPresets';
import { parseTopology } from '../../workers/network/topology';

export async function run(): Promise<Record<string, number>> {
  const t0 = performance.now();
  const topology = parseTopology(networkPreset('mesh-300'));
  const result = analyseNetwork(topology, presetParams('qd-timebin-120km'), 'qd-timebin-120km');
  simulateBufferDay(
    result.links.map((l) => l.secretKeyRateBps),
    result.demands,
    { hours: 24 },
  );
  return { networkDay300NodesSeconds: Math.round(performance.now() - t0) / 1000 };
}
