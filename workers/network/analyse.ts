// The trusted-node network at a glance: every link's secret key rate and, for each demand, the end-to-end key
// rate as the maximum flow through the links' rates with the node paths it uses. What the CLI prints and the map shows.
import type { LinkParams } from '../common/params';
import { linkRateModel, type LinkRate } from './linkRates';
import { maxFlow, type FlowEdge } from './maxFlow';
import type { Demand, Topology } from './topology';

export interface LinkResult {
  from: string;
  to: string;
  lengthKm: number;
  secretKeyRateBps: number;
  lossDb: number;
  qber: number;
}

export interface DemandResult {
  from: string;
  to: string;
  /** End-to-end key rate (bit/s) if this demand had the network to itself. */
  keyRateBps: number;
  /** Node ids of each path the flow uses, largest first, with its rate and link indices. */
  paths: string[][];
  pathRates: number[];
  pathLinks: number[][];
}

export interface NetworkResult {
  nodes: string[];
  links: LinkResult[];
  demands: DemandResult[];
}

export function linkResults(t: Topology, params: LinkParams, presetId?: string): LinkResult[] {
  const model = linkRateModel(params, presetId);
  return t.links.map((l) => {
    const r: LinkRate = model.rate(l);
    return {
      from: l.from,
      to: l.to,
      lengthKm: l.lengthKm,
      secretKeyRateBps: r.secretKeyRateBps,
      lossDb: r.lossDb,
      qber: r.qber,
    };
  });
}

/** One demand's max-flow over given link rates (bit/s, in the topology's link order). */
export function demandFlow(t: Topology, linkRates: ArrayLike<number>, d: Demand): DemandResult {
  const index = new Map(t.nodes.map((n, i) => [n.id, i]));
  const edges: FlowEdge[] = t.links.map((l, i) => ({
    a: index.get(l.from)!,
    b: index.get(l.to)!,
    capacity: linkRates[i],
  }));
  const s = index.get(d.from),
    g = index.get(d.to);
  if (s === undefined || g === undefined)
    return { from: d.from, to: d.to, keyRateBps: 0, paths: [], pathRates: [], pathLinks: [] };
  const flow = maxFlow(t.nodes.length, edges, s, g);
  return {
    from: d.from,
    to: d.to,
    keyRateBps: flow.rate,
    paths: flow.paths.map((p) => p.nodes.map((i) => t.nodes[i].id)),
    pathRates: flow.paths.map((p) => p.rate),
    pathLinks: flow.paths.map((p) => p.links),
  };
}

export function analyseNetwork(t: Topology, params: LinkParams, presetId?: string): NetworkResult {
  const links = linkResults(t, params, presetId);
  const rates = links.map((l) => l.secretKeyRateBps);
  return { nodes: t.nodes.map((n) => n.id), links, demands: t.demands.map((d) => demandFlow(t, rates, d)) };
}
