// A trusted-node network's shape: nodes, fiber links (length, optional own preset) and key demands, and the one
// gate that turns untrusted JSON (a file, a pasted text, the CLI) into a Topology or a message naming the fault.
import { isPresetId, type PresetId } from '../common/presets';

export interface NetNode {
  id: string;
  /** Position on the map, 0..1000 in both axes (only the view uses it). */
  x: number;
  y: number;
}

export interface NetLink {
  from: string;
  to: string;
  lengthKm: number;
  /** A link may run other hardware than the rest of the network. */
  preset?: PresetId;
}

export interface Demand {
  from: string;
  to: string;
}

export interface Topology {
  nodes: NetNode[];
  links: NetLink[];
  demands: Demand[];
}

export const MAX_NODES = 2000;
export const MAX_LINKS = 10000;
/** The registry's longest fiber; a longer hop would have no key-rate model behind it. */
export const MAX_LINK_KM = 400;

export class TopologyError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

function nodeId(v: unknown, where: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || v.length === 0 || v.length > 64)
    throw new TopologyError(`${where}: node id must be a string of 1 to 64 characters, got ${show(v)}`);
  return v;
}

/** Positions missing from a file are spread on a circle so every node can be drawn. */
function circlePosition(i: number, n: number): { x: number; y: number } {
  const a = (2 * Math.PI * i) / Math.max(1, n);
  return { x: 500 + 400 * Math.cos(a), y: 500 + 400 * Math.sin(a) };
}

function coordinate(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(1000, Math.max(0, v)) : fallback;
}

/** Parse and check a topology; throws TopologyError naming the first fault. Demands must be connected. */
export function parseTopology(raw: unknown): Topology {
  if (!isObject(raw))
    throw new TopologyError('topology: expected an object { "nodes": [...], "links": [...], "demands": [...] }');
  const rawNodes = raw.nodes,
    rawLinks = raw.links ?? [],
    rawDemands = raw.demands ?? [];
  if (!Array.isArray(rawNodes) || rawNodes.length === 0)
    throw new TopologyError('nodes: expected a non-empty array of { "id" }');
  if (rawNodes.length > MAX_NODES) throw new TopologyError(`nodes: ${rawNodes.length} nodes, at most ${MAX_NODES}`);
  if (!Array.isArray(rawLinks)) throw new TopologyError('links: expected an array of { "from", "to", "lengthKm" }');
  if (rawLinks.length > MAX_LINKS) throw new TopologyError(`links: ${rawLinks.length} links, at most ${MAX_LINKS}`);
  if (!Array.isArray(rawDemands)) throw new TopologyError('demands: expected an array of { "from", "to" }');
  const ids = new Set<string>();
  const nodes = rawNodes.map((n, i): NetNode => {
    if (!isObject(n)) throw new TopologyError(`nodes[${i}]: expected an object with an "id"`);
    const id = nodeId(n.id, `nodes[${i}].id`);
    if (ids.has(id)) throw new TopologyError(`nodes[${i}]: duplicate node id ${show(id)}`);
    ids.add(id);
    const c = circlePosition(i, rawNodes.length);
    return { id, x: coordinate(n.x, c.x), y: coordinate(n.y, c.y) };
  });
  const known = (v: unknown, where: string) => {
    const id = nodeId(v, where);
    if (!ids.has(id)) throw new TopologyError(`${where}: unknown node ${show(id)}`);
    return id;
  };
  const links = rawLinks.map((l, i): NetLink => {
    if (!isObject(l)) throw new TopologyError(`links[${i}]: expected an object { "from", "to", "lengthKm" }`);
    const from = known(l.from, `links[${i}].from`),
      to = known(l.to, `links[${i}].to`);
    if (from === to) throw new TopologyError(`links[${i}]: a link from ${show(from)} to itself`);
    const len = l.lengthKm;
    if (typeof len !== 'number' || !Number.isFinite(len))
      throw new TopologyError(`links[${i}].lengthKm: expected a number of km, got ${show(len)}`);
    if (len < 0) throw new TopologyError(`links[${i}].lengthKm: negative length ${len} km`);
    if (len > MAX_LINK_KM) throw new TopologyError(`links[${i}].lengthKm: ${len} km is longer than ${MAX_LINK_KM} km`);
    const link: NetLink = { from, to, lengthKm: len };
    if (l.preset !== undefined) {
      if (typeof l.preset !== 'string' || !isPresetId(l.preset))
        throw new TopologyError(`links[${i}].preset: ${show(l.preset)} is not a preset`);
      link.preset = l.preset;
    }
    return link;
  });
  const demands = rawDemands.map((d, i): Demand => {
    if (!isObject(d)) throw new TopologyError(`demands[${i}]: expected an object { "from", "to" }`);
    const from = known(d.from, `demands[${i}].from`),
      to = known(d.to, `demands[${i}].to`);
    if (from === to) throw new TopologyError(`demands[${i}]: from and to are the same node ${show(from)}`);
    return { from, to };
  });
  const topology = { nodes, links, demands };
  const component = components(topology);
  demands.forEach((d, i) => {
    if (component.get(d.from) !== component.get(d.to))
      throw new TopologyError(`demands[${i}]: ${show(d.from)} and ${show(d.to)} are not connected by any link`);
  });
  return topology;
}

/** Connected component number of every node (links of any rate count as connections). */
export function components(t: Pick<Topology, 'nodes' | 'links'>): Map<string, number> {
  const parent = new Map(t.nodes.map((n) => [n.id, n.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const l of t.links) parent.set(find(l.from), find(l.to));
  const numbers = new Map<string, number>();
  const out = new Map<string, number>();
  for (const n of t.nodes) {
    const r = find(n.id);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    out.set(n.id, numbers.get(r)!);
  }
  return out;
}

/** The file form (what the CLI reads and the view saves): positions rounded, optional fields only when set. */
export function topologyJson(t: Topology): string {
  return JSON.stringify(
    {
      nodes: t.nodes.map((n) => ({ id: n.id, x: Math.round(n.x), y: Math.round(n.y) })),
      links: t.links.map((l) =>
        l.preset
          ? { from: l.from, to: l.to, lengthKm: l.lengthKm, preset: l.preset }
          : { from: l.from, to: l.to, lengthKm: l.lengthKm },
      ),
      demands: t.demands,
    },
    null,
    1,
  );
}
