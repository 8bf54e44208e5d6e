// End-to-end key rate between two nodes of a trusted-node network as a maximum flow: every link carries at most
// its own secret key rate (one-time-pad relay spends one key bit per relayed bit on every hop), in either direction.
// Dinic's algorithm, then the flow split into the node paths it uses, each with its rate.

export interface FlowEdge {
  /** Node indices and the link's secret key rate (bit/s), usable in either direction. */
  a: number;
  b: number;
  capacity: number;
}

export interface FlowPath {
  /** Node indices from source to sink, and the link index of each hop. */
  nodes: number[];
  links: number[];
  rate: number;
}

export interface FlowResult {
  rate: number;
  paths: FlowPath[];
  /** Net flow on each link (bit/s, positive from a to b). */
  linkFlow: Float64Array;
}

/** Flows below this share of the largest capacity are rounding, not key. */
const EPS_REL = 1e-12;

export function maxFlow(nodeCount: number, edges: readonly FlowEdge[], source: number, sink: number): FlowResult {
  const linkFlow = new Float64Array(edges.length);
  if (source === sink) return { rate: 0, paths: [], linkFlow };
  // Arc 2i runs a→b, arc 2i+1 runs b→a; each is the other's residual twin, both start at the link's capacity.
  const m = edges.length * 2;
  const head = new Int32Array(m),
    next = new Int32Array(m),
    cap = new Float64Array(m);
  const first = new Int32Array(nodeCount).fill(-1);
  let maxCap = 0;
  edges.forEach((e, i) => {
    const c = Math.max(0, e.capacity);
    maxCap = Math.max(maxCap, c);
    head[2 * i] = e.b;
    cap[2 * i] = c;
    next[2 * i] = first[e.a];
    first[e.a] = 2 * i;
    head[2 * i + 1] = e.a;
    cap[2 * i + 1] = c;
    next[2 * i + 1] = first[e.b];
    first[e.b] = 2 * i + 1;
  });
  const eps = maxCap * EPS_REL;
  const level = new Int32Array(nodeCount),
    iter = new Int32Array(nodeCount),
    queue = new Int32Array(nodeCount);
  const bfs = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    let qh = 0,
      qt = 0;
    queue[qt++] = source;
    while (qh < qt) {
      const u = queue[qh++];
      for (let a = first[u]; a >= 0; a = next[a]) {
        if (cap[a] > eps && level[head[a]] < 0) {
          level[head[a]] = level[u] + 1;
          queue[qt++] = head[a];
        }
      }
    }
    return level[sink] >= 0;
  };
  // Iterative blocking-flow search (a 2 000-hop chain must not overflow the stack).
  const stackArc = new Int32Array(nodeCount);
  const augment = (): number => {
    let depth = 0,
      u = source;
    for (;;) {
      if (u === sink) {
        let push = Infinity;
        for (let d = 0; d < depth; d++) push = Math.min(push, cap[stackArc[d]]);
        for (let d = 0; d < depth; d++) {
          cap[stackArc[d]] -= push;
          cap[stackArc[d] ^ 1] += push;
        }
        return push;
      }
      let a = iter[u];
      while (a >= 0 && !(cap[a] > eps && level[head[a]] === level[u] + 1)) a = next[a];
      iter[u] = a;
      if (a >= 0) {
        stackArc[depth++] = a;
        u = head[a];
        continue;
      }
      if (depth === 0) return 0;
      level[u] = -1; // dead end: never enter u again in this phase
      const back = stackArc[--depth];
      u = head[back ^ 1];
      iter[u] = next[iter[u]];
    }
  };
  let rate = 0;
  while (bfs()) {
    for (let v = 0; v < nodeCount; v++) iter[v] = first[v];
    for (let f = augment(); f > 0; f = augment()) rate += f;
  }
  // cap[2i] = c − f(a→b) + f(b→a), so the net flow a→b is c − cap[2i].
  edges.forEach((e, i) => {
    linkFlow[i] = Math.max(0, e.capacity) - cap[2 * i];
  });
  return { rate, paths: decompose(nodeCount, edges, linkFlow, source, sink, eps), linkFlow };
}

/** Split a net link flow into source→sink paths; flow going round a cycle carries no key and is cancelled. */
function decompose(
  nodeCount: number,
  edges: readonly FlowEdge[],
  linkFlow: Float64Array,
  source: number,
  sink: number,
  eps: number,
): FlowPath[] {
  const rest = Float64Array.from(linkFlow);
  const out: { link: number; to: number }[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach((e, i) => {
    if (rest[i] > eps) out[e.a].push({ link: i, to: e.b });
    else if (rest[i] < -eps) out[e.b].push({ link: i, to: e.a });
  });
  const remaining = (link: number) => Math.abs(rest[link]);
  const take = (links: number[], amount: number) => {
    for (const l of links) rest[l] -= Math.sign(rest[l]) * amount;
  };
  const paths: FlowPath[] = [];
  // Each round empties at least one link (a path's or a cycle's smallest), so rounds are bounded by the links.
  for (let round = 0; round <= 2 * edges.length; round++) {
    const nodes = [source],
      links: number[] = [];
    const at = new Map([[source, 0]]);
    let u = source;
    while (u !== sink) {
      const step = out[u].find((s) => remaining(s.link) > eps);
      if (!step) break;
      const back = at.get(step.to);
      if (back !== undefined) {
        const cycle = [...links.slice(back), step.link];
        take(cycle, Math.min(...cycle.map(remaining)));
        for (const n of nodes.splice(back + 1)) at.delete(n);
        links.length = back;
        u = step.to;
        continue;
      }
      links.push(step.link);
      nodes.push(step.to);
      at.set(step.to, nodes.length - 1);
      u = step.to;
    }
    if (u !== sink) break;
    const rate = Math.min(...links.map(remaining));
    take(links, rate);
    paths.push({ nodes, links, rate });
  }
  return paths.sort((p, q) => q.rate - p.rate);
}
