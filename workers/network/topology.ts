// A trusted-node network's shape: nodes, fiber links (length, optional own preset) and key demands, and the one
// gate that turns untrusted JSON (a file, a pasted text, the CLI) into a Topology or a TopologyFault naming the
// fault as a code with its data (worded by cli/topologyWords.ts and src/i18n/text/network.ts).
import type { ParamIssue } from '../common/params';
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

/**
 * Why a topology (or a network worker request) was refused. `where` is the JSON path in the file ("links[2].to");
 * `got` is a value from the file already escaped and bounded by showValue; ids are node ids (at most 64 characters).
 */
export type TopologyFault =
  | { code: 'not-an-object' }
  | { code: 'nodes-not-array' }
  | { code: 'too-many-nodes'; count: number; max: number }
  | { code: 'links-not-array' }
  | { code: 'too-many-links'; count: number; max: number }
  | { code: 'demands-not-array' }
  | { code: 'node-not-object'; where: string }
  | { code: 'bad-node-id'; where: string; got: string }
  | { code: 'duplicate-node'; where: string; id: string }
  | { code: 'unknown-node'; where: string; id: string }
  | { code: 'link-not-object'; where: string }
  | { code: 'self-link'; where: string; id: string }
  | { code: 'length-not-number'; where: string; got: string }
  | { code: 'negative-length'; where: string; lengthKm: number }
  | { code: 'too-long'; where: string; lengthKm: number; max: number }
  | { code: 'unknown-preset'; where: string; got: string }
  | { code: 'demand-not-object'; where: string }
  | { code: 'same-node'; where: string; id: string }
  | { code: 'not-connected'; where: string; from: string; to: string }
  // The network worker's own checks (workers/network/networkApi.ts).
  | { code: 'link-parameters'; issue: ParamIssue }
  | { code: 'unknown-network-preset'; got: string }
  | { code: 'link-length'; lengthKm: number; max: number };

export type TopologyFaultCode = TopologyFault['code'];

/** The fault as data; the message is a terse code line for logs (sentences come from the language layer). */
export class TopologyError extends Error {
  constructor(readonly fault: TopologyFault) {
    super(`topology fault: ${fault.code}`);
    this.name = 'TopologyError';
  }
}

const fail = (fault: TopologyFault): never => {
  throw new TopologyError(fault);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value from the file as JSON, cut to 60 characters: a fault never echoes a whole file. */
export const showValue = (v: unknown) => JSON.stringify(v)?.slice(0, 60) ?? String(v);

function nodeId(v: unknown, where: string): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || v.length === 0 || v.length > 64)
    return fail({ code: 'bad-node-id', where, got: showValue(v) });
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
  if (!isObject(raw)) return fail({ code: 'not-an-object' });
  const rawNodes = raw.nodes,
    rawLinks = raw.links ?? [],
    rawDemands = raw.demands ?? [];
  if (!Array.isArray(rawNodes) || rawNodes.length === 0) return fail({ code: 'nodes-not-array' });
  if (rawNodes.length > MAX_NODES) return fail({ code: 'too-many-nodes', count: rawNodes.length, max: MAX_NODES });
  if (!Array.isArray(rawLinks)) return fail({ code: 'links-not-array' });
  if (rawLinks.length > MAX_LINKS) return fail({ code: 'too-many-links', count: rawLinks.length, max: MAX_LINKS });
  if (!Array.isArray(rawDemands)) return fail({ code: 'demands-not-array' });
  const ids = new Set<string>();
  const nodes = rawNodes.map((n, i): NetNode => {
    if (!isObject(n)) return fail({ code: 'node-not-object', where: `nodes[${i}]` });
    const id = nodeId(n.id, `nodes[${i}].id`);
    if (ids.has(id)) return fail({ code: 'duplicate-node', where: `nodes[${i}]`, id });
    ids.add(id);
    const c = circlePosition(i, rawNodes.length);
    return { id, x: coordinate(n.x, c.x), y: coordinate(n.y, c.y) };
  });
  const known = (v: unknown, where: string) => {
    const id = nodeId(v, where);
    if (!ids.has(id)) return fail({ code: 'unknown-node', where, id });
    return id;
  };
  const links = rawLinks.map((l, i): NetLink => {
    if (!isObject(l)) return fail({ code: 'link-not-object', where: `links[${i}]` });
    const from = known(l.from, `links[${i}].from`),
      to = known(l.to, `links[${i}].to`);
    if (from === to) return fail({ code: 'self-link', where: `links[${i}]`, id: from });
    const len = l.lengthKm;
    const where = `links[${i}].lengthKm`;
    if (typeof len !== 'number' || !Number.isFinite(len))
      return fail({ code: 'length-not-number', where, got: showValue(len) });
    if (len < 0) return fail({ code: 'negative-length', where, lengthKm: len });
    if (len > MAX_LINK_KM) return fail({ code: 'too-long', where, lengthKm: len, max: MAX_LINK_KM });
    const link: NetLink = { from, to, lengthKm: len };
    if (l.preset !== undefined) {
      if (typeof l.preset !== 'string' || !isPresetId(l.preset))
        return fail({ code: 'unknown-preset', where: `links[${i}].preset`, got: showValue(l.preset) });
      link.preset = l.preset;
    }
    return link;
  });
  const demands = rawDemands.map((d, i): Demand => {
    if (!isObject(d)) return fail({ code: 'demand-not-object', where: `demands[${i}]` });
    const from = known(d.from, `demands[${i}].from`),
      to = known(d.to, `demands[${i}].to`);
    if (from === to) return fail({ code: 'same-node', where: `demands[${i}]`, id: from });
    return { from, to };
  });
  const topology = { nodes, links, demands };
  const component = components(topology);
  demands.forEach((d, i) => {
    if (component.get(d.from) !== component.get(d.to))
      fail({ code: 'not-connected', where: `demands[${i}]`, from: d.from, to: d.to });
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
