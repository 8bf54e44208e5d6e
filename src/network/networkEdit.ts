// Edits of a network map as pure functions over a Topology: add or remove a node (its links and demands go with
// it), add a link, set a link's length, move a node. The view keeps state; these keep it consistent.
import { MAX_LINK_KM, type NetLink, type Topology } from '../../workers/network/topology';

export type EditRefusal = 'length-invalid' | 'link-exists' | 'same-node';

/** A fresh id not yet in the map: "n31", "n32", … */
export function freshNodeId(t: Topology): string {
  const ids = new Set(t.nodes.map((n) => n.id));
  for (let i = t.nodes.length + 1; ; i++) if (!ids.has(`n${i}`)) return `n${i}`;
}

export function addNode(t: Topology, x: number, y: number): { topology: Topology; id: string } {
  const id = freshNodeId(t);
  return { topology: { ...t, nodes: [...t.nodes, { id, x, y }] }, id };
}

export function removeNode(t: Topology, id: string): Topology {
  return {
    nodes: t.nodes.filter((n) => n.id !== id),
    links: t.links.filter((l) => l.from !== id && l.to !== id),
    demands: t.demands.filter((d) => d.from !== id && d.to !== id),
  };
}

export const isValidLength = (km: number) => Number.isFinite(km) && km >= 0 && km <= MAX_LINK_KM;

const joins = (l: NetLink, a: string, b: string) => (l.from === a && l.to === b) || (l.from === b && l.to === a);

export function addLink(t: Topology, from: string, to: string, lengthKm: number): Topology | EditRefusal {
  if (from === to) return 'same-node';
  if (!isValidLength(lengthKm)) return 'length-invalid';
  if (t.links.some((l) => joins(l, from, to))) return 'link-exists';
  return { ...t, links: [...t.links, { from, to, lengthKm }] };
}

export function removeLink(t: Topology, index: number): Topology {
  return { ...t, links: t.links.filter((_, i) => i !== index) };
}

export function setLinkLength(t: Topology, index: number, lengthKm: number): Topology | EditRefusal {
  if (!isValidLength(lengthKm)) return 'length-invalid';
  return { ...t, links: t.links.map((l, i) => (i === index ? { ...l, lengthKm } : l)) };
}

export function moveNode(t: Topology, id: string, x: number, y: number): Topology {
  const clamp = (v: number) => Math.min(1000, Math.max(0, v));
  return { ...t, nodes: t.nodes.map((n) => (n.id === id ? { ...n, x: clamp(x), y: clamp(y) } : n)) };
}

/** Straight-line length on the map as a starting value for a new link (map units are km for the presets' scale). */
export function suggestedLength(t: Topology, from: string, to: string): number {
  const a = t.nodes.find((n) => n.id === from),
    b = t.nodes.find((n) => n.id === to);
  if (!a || !b) return 50;
  return Math.min(MAX_LINK_KM, Math.max(1, Math.round(Math.hypot(a.x - b.x, a.y - b.y) / 5)));
}

/** Rates and buffers only change when the graph or a length changes, not when a node is dragged. */
export function structureKey(t: Topology): string {
  return JSON.stringify([t.nodes.map((n) => n.id), t.links.map((l) => [l.from, l.to, l.lengthKm, l.preset ?? ''])]);
}
