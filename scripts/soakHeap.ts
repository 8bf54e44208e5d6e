// Heap-snapshot statistics for the soak test: takes a V8 heap snapshot of the page over CDP and sums self sizes by
// node type (compiled code apart from the rest) and by constructor, and compares two such summaries.
import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

/**
 * Totals of one heap snapshot, in bytes. The snapshot holds Blink's objects and array-buffer/external-string
 * backing stores as `native` nodes besides V8's heap, so `totalBytes - nativeBytes` is the part comparable with
 * `Runtime.getHeapUsage().usedSize`. `byClass` keeps every class of at least 1 kB (count and self size).
 */
export interface HeapStats {
  totalBytes: number;
  nativeBytes: number;
  codeBytes: number;
  stringBytes: number;
  systemBytes: number;
  otherBytes: number;
  nodeCount: number;
  byClass: Record<string, { count: number; bytes: number }>;
}

export interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * The class an object is counted under, close to DevTools' "Constructor" column: objects and native (DOM) objects
 * by their name, compiled code and V8's internal objects by their kind (the part before any function name), and
 * everything else by its node type.
 */
function classOf(type: string, name: string): string {
  if (type === 'object' || type === 'native') return name.length > 80 ? `${name.slice(0, 80)}…` : name;
  if (type === 'closure') return '(closure)';
  if (type === 'code' || type === 'hidden' || type === 'object shape' || type === 'array') {
    // e.g. "system / InstructionStream", "(BytecodeArray)", "(code deopt data)": drop what names one function.
    const kind = name.replace(/\s*\(?(for|of)\s.*$/, '').slice(0, 60);
    return `(${type}) ${kind}`;
  }
  return `(${type})`;
}

/** Takes a heap snapshot of the page (V8 runs its own GC first), optionally saves it, and returns its totals. */
export async function heapSnapshotStats(cdp: CDPSession, saveTo?: string): Promise<HeapStats> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => {
    chunks.push(e.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const text = chunks.join('');
  if (saveTo) writeFileSync(saveTo, text);
  return summariseSnapshot(JSON.parse(text) as RawSnapshot);
}

/** Totals of a parsed heap snapshot (the JSON DevTools saves as .heapsnapshot). */
export function summariseSnapshot(raw: RawSnapshot): HeapStats {
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const stats: HeapStats = {
    totalBytes: 0,
    nativeBytes: 0,
    codeBytes: 0,
    stringBytes: 0,
    systemBytes: 0,
    otherBytes: 0,
    nodeCount: 0,
    byClass: {},
  };
  const byClass = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < raw.nodes.length; i += width) {
    const type = types[raw.nodes[i + typeAt]];
    const size = raw.nodes[i + sizeAt];
    stats.nodeCount++;
    stats.totalBytes += size;
    if (type === 'native') stats.nativeBytes += size;
    else if (type === 'code') stats.codeBytes += size;
    else if (type === 'string' || type === 'concatenated string' || type === 'sliced string') stats.stringBytes += size;
    else if (type === 'hidden' || type === 'object shape' || type === 'array') stats.systemBytes += size;
    else stats.otherBytes += size;
    const key = classOf(type, type === 'string' ? '' : raw.strings[raw.nodes[i + nameAt]]);
    const entry = byClass.get(key);
    if (entry) {
      entry.count++;
      entry.bytes += size;
    } else byClass.set(key, { count: 1, bytes: size });
  }
  for (const [key, value] of [...byClass].sort((a, b) => b[1].bytes - a[1].bytes)) {
    if (value.bytes >= 1024) stats.byClass[key] = value;
  }
  return stats;
}

/** The classes whose self size changed most between two snapshots (largest growth first, then largest shrink). */
export function compareStats(a: HeapStats, b: HeapStats, top = 15): { grew: string[]; shrank: string[] } {
  const keys = new Set([...Object.keys(a.byClass), ...Object.keys(b.byClass)]);
  const deltas = [...keys].map((k) => {
    const [x, y] = [a.byClass[k] ?? { count: 0, bytes: 0 }, b.byClass[k] ?? { count: 0, bytes: 0 }];
    return { k, bytes: y.bytes - x.bytes, count: y.count - x.count };
  });
  const line = (d: { k: string; bytes: number; count: number }) =>
    `${d.k}: ${d.bytes >= 0 ? '+' : ''}${(d.bytes / 1024).toFixed(1)} kB (${d.count >= 0 ? '+' : ''}${d.count} ` +
    `objects)`;
  return {
    grew: deltas
      .filter((d) => d.bytes > 0)
      .sort((p, q) => q.bytes - p.bytes)
      .slice(0, top)
      .map(line),
    shrank: deltas
      .filter((d) => d.bytes < 0)
      .sort((p, q) => p.bytes - q.bytes)
      .slice(0, top)
      .map(line),
  };
}
