// Compares two heap snapshots saved by the soak test (--snapshot-dir): self size by class in each, then the objects
// alive in the second that were not in the first (by V8 node id), with what holds them. Usage: ... A B [top]
import { readFileSync } from 'node:fs';
import { compareStats, summariseSnapshot } from './soakHeap';

interface Raw {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function load(path: string): Raw {
  return JSON.parse(readFileSync(path, 'utf8')) as Raw;
}

function main(): void {
  const [pathA, pathB, topText] = process.argv.slice(2);
  if (!pathA || !pathB)
    throw new Error('usage: npx tsx scripts/soakHeapDiff.ts OLD.heapsnapshot NEW.heapsnapshot [top]');
  const top = Number(topText ?? 25);
  const a = load(pathA);
  const b = load(pathB);
  const [sa, sb] = [summariseSnapshot(a), summariseSnapshot(b)];
  const kB = (x: number) => `${(x / 1024).toFixed(1)} kB`;
  console.log(
    `V8 heap ${kB(sa.totalBytes - sa.nativeBytes)} -> ${kB(sb.totalBytes - sb.nativeBytes)}; ` +
      `code ${kB(sa.codeBytes)} -> ${kB(sb.codeBytes)}; Blink and backing stores ${kB(sa.nativeBytes)} ` +
      `-> ${kB(sb.nativeBytes)}`,
  );
  const classes = compareStats(sa, sb, top);
  console.log(`grew by class:\n  ${classes.grew.join('\n  ')}\nshrank by class:\n  ${classes.shrank.join('\n  ')}`);
  const meta = b.snapshot.meta;
  const w = meta.node_fields.length;
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  );
  const types = meta.node_types[0];
  const oldIds = new Set<number>();
  for (let i = 0; i < a.nodes.length; i += a.snapshot.meta.node_fields.length)
    oldIds.add(a.nodes[i + a.snapshot.meta.node_fields.indexOf('id')]);
  const cls = (i: number) => {
    const type = types[b.nodes[i + typeAt]];
    const name = b.strings[b.nodes[i + nameAt]];
    if (type === 'object' || type === 'native') return name.slice(0, 80);
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') return '(string)';
    if (type === 'closure') return `(closure) ${name.slice(0, 40)}`;
    return `(${type}) ${name.replace(/\s*\(?(for|of)\s.*$/, '').slice(0, 60)}`;
  };
  // First retainer of every new node (class of the holder and the edge's name), from the edge list.
  const ew = meta.edge_fields.length;
  const [edgeTypeAt, edgeNameAt, toAt] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const edgeTypes = meta.edge_types[0];
  const isNew = new Uint8Array(b.nodes.length / w);
  for (let i = 0; i < b.nodes.length; i += w) if (!oldIds.has(b.nodes[i + idAt])) isNew[i / w] = 1;
  const retainer = new Map<number, string>();
  let edge = 0;
  for (let i = 0; i < b.nodes.length; i += w) {
    const count = b.nodes[i + edgeCountAt];
    for (let e = 0; e < count; e++, edge += ew) {
      const to = b.edges[edge + toAt];
      const et = edgeTypes[b.edges[edge + edgeTypeAt]];
      if (et === 'weak' || !isNew[to / w] || retainer.has(to)) continue;
      const label =
        et === 'element' || et === 'hidden' ? `[${b.edges[edge + edgeNameAt]}]` : b.strings[b.edges[edge + edgeNameAt]];
      retainer.set(to, `${cls(i)} .${String(label).slice(0, 40)}${isNew[i / w] ? ' (new)' : ''}`);
    }
  }
  const groups = new Map<string, { count: number; bytes: number; holders: Map<string, number> }>();
  let newBytes = 0;
  for (let i = 0; i < b.nodes.length; i += w) {
    if (!isNew[i / w]) continue;
    const size = b.nodes[i + sizeAt];
    newBytes += size;
    const k = cls(i);
    const g = groups.get(k) ?? { count: 0, bytes: 0, holders: new Map<string, number>() };
    g.count++;
    g.bytes += size;
    const h = retainer.get(i) ?? '(none)';
    g.holders.set(h, (g.holders.get(h) ?? 0) + size);
    groups.set(k, g);
  }
  console.log(
    `new and alive in ${pathB}: ${(newBytes / 1024).toFixed(1)} kB in ` +
      `${[...groups.values()].reduce((s, g) => s + g.count, 0)} ` +
      `objects`,
  );
  for (const [k, g] of [...groups].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, top)) {
    const holders = [...g.holders]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 3)
      .map(([h, s]) => `${h} ${(s / 1024).toFixed(1)} kB`)
      .join('; ');
    console.log(`${(g.bytes / 1024).toFixed(1).padStart(8)} kB ${String(g.count).padStart(6)}  ${k}   <- ${holders}`);
  }
}

main();
