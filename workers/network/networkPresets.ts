// The network presets: the 120 km experiment as one hop, a chain of such hops (75–95 km) between two cities, a seeded
// mesh
// of 30 metro/regional nodes, a 2 000 km trunk line with 32 relays the size of Chen et al. (Nature 589, 214,
// 2021; hop lengths estimated) and a 300-node mesh for the scale budget. Positions are map units 0..1000.
import { Rng } from '../common/rng';
import { components, type NetLink, type NetNode, type Topology } from './topology';

export const NETWORK_PRESET_IDS = ['one-hop-120km', 'chain-cities', 'mesh-30', 'backbone-2000km', 'mesh-300'] as const;
export type NetworkPresetId = (typeof NETWORK_PRESET_IDS)[number];

export function isNetworkPresetId(s: string): s is NetworkPresetId {
  return (NETWORK_PRESET_IDS as readonly string[]).includes(s);
}

/** Fiber routes follow roads and rails, not straight lines: a common planning factor (estimated). */
const ROUTE_FACTOR = 1.25;
const round1 = (x: number) => Math.round(x * 10) / 10;

function chain(ids: string[], lengths: number[], y = 500): Topology {
  const total = lengths.reduce((a, b) => a + b, 0);
  let at = 0;
  const nodes: NetNode[] = ids.map((id, i) => {
    const x = 60 + (880 * at) / total;
    at += lengths[i] ?? 0;
    // A gentle wave so a long chain's labels do not sit on one line.
    return { id, x, y: y + (ids.length > 8 ? 120 * Math.sin(i / 2.5) : 0) };
  });
  const links: NetLink[] = lengths.map((lengthKm, i) => ({ from: ids[i], to: ids[i + 1], lengthKm }));
  return { nodes, links, demands: [{ from: ids[0], to: ids[ids.length - 1] }] };
}

/**
 * Nodes scattered over a square of `sideKm`, each linked to its `k` nearest neighbours (fiber length = straight
 * distance × ROUTE_FACTOR, whole km: planning figures, and whole km keep the per-length rate cache small), then
 * separate islands joined by their shortest gap, so every demand can be met.
 */
export function geometricMesh(count: number, sideKm: number, k: number, seed: number, demandCount: number): Topology {
  const rng = Rng.fromSeed(seed);
  const nodes: NetNode[] = Array.from({ length: count }, (_, i) => ({
    id: `n${i + 1}`,
    x: 30 + 940 * rng.nextDouble(),
    y: 30 + 940 * rng.nextDouble(),
  }));
  const km = (a: NetNode, b: NetNode) => (Math.hypot(a.x - b.x, a.y - b.y) * sideKm) / 1000;
  const seen = new Set<string>();
  const links: NetLink[] = [];
  const add = (i: number, j: number) => {
    const key = i < j ? `${i}-${j}` : `${j}-${i}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({
      from: nodes[i].id,
      to: nodes[j].id,
      lengthKm: Math.min(400, Math.max(1, Math.round(km(nodes[i], nodes[j]) * ROUTE_FACTOR))),
    });
  };
  nodes.forEach((a, i) => {
    const near = nodes
      .map((b, j) => ({ j, d: km(a, b) }))
      .filter((e) => e.j !== i)
      .sort((p, q) => p.d - q.d)
      .slice(0, k);
    for (const e of near) add(i, e.j);
  });
  for (let guard = 0; guard < count; guard++) {
    const comp = components({ nodes, links });
    if (new Set(comp.values()).size === 1) break;
    let best = { i: -1, j: -1, d: Infinity };
    nodes.forEach((a, i) =>
      nodes.forEach((b, j) => {
        if (comp.get(a.id) === 0 && comp.get(b.id) !== 0 && km(a, b) < best.d) best = { i, j, d: km(a, b) };
      }),
    );
    add(best.i, best.j);
  }
  const demands = Array.from({ length: demandCount }, () => {
    const a = rng.nextInt(count);
    const b = (a + 1 + rng.nextInt(count - 1)) % count;
    return { from: nodes[a].id, to: nodes[b].id };
  });
  return { nodes, links, demands };
}

/** Beijing–Shanghai trunk: 32 trusted relays between the two ends (33 hops, ≈ 2 000 km). Hop lengths estimated. */
function backbone(): Topology {
  const rng = Rng.fromSeed(2021);
  const hops = Array.from({ length: 33 }, () => 45 + 35 * rng.nextDouble());
  const scale = 2000 / hops.reduce((a, b) => a + b, 0);
  const lengths = hops.map((h) => round1(h * scale));
  const named: Record<number, string> = { 0: 'Beijing', 11: 'Jinan', 22: 'Hefei', 33: 'Shanghai' };
  const ids = Array.from({ length: 34 }, (_, i) => named[i] ?? `relay-${i}`);
  return chain(ids, lengths);
}

export function networkPreset(id: NetworkPresetId): Topology {
  switch (id) {
    case 'one-hop-120km':
      return chain(['Alice', 'Bob'], [120]);
    // Hops of the experiment's hardware, shorter than its 120 km so every hop keeps key with margin.
    case 'chain-cities':
      return chain(['City A', 'node-1', 'node-2', 'node-3', 'node-4', 'City B'], [80, 95, 85, 90, 75]);
    case 'mesh-30':
      return geometricMesh(30, 300, 3, 30, 3);
    case 'backbone-2000km':
      return backbone();
    case 'mesh-300':
      return geometricMesh(300, 1000, 3, 300, 5);
  }
}
