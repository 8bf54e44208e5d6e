// Key buffers of a trusted-node network over simulated time: every link's buffer fills at its secret key rate,
// and each demand draws end-to-end key along its max-flow paths, spending the same bits on every hop of a path.
// Demands are served in list order from what the buffers hold, so demands that share a link compete for it.
import type { DemandResult } from './analyse';

export interface BufferDayOptions {
  hours: number;
  /** Simulation step (s); default 60. */
  stepS?: number;
  /** Samples kept for plotting (evenly spaced, including the end); default 97 (every 15 min of a day). */
  samples?: number;
}

export interface BufferDay {
  /** Sample times (h). */
  timesH: Float64Array;
  /** Buffer level of each link at each sample: row-major [sample][link], bits. */
  linkBits: Float64Array;
  linkCount: number;
  /** End-to-end key delivered to each demand by each sample: [sample][demand], bits. */
  demandBits: Float64Array;
  /** Final levels and totals. */
  finalLinkBits: Float64Array;
  deliveredBits: Float64Array;
  /** Key spent by relaying on all links together (every hop of every delivered bit). */
  spentBits: number;
}

export function simulateBufferDay(
  linkRates: ArrayLike<number>,
  demands: readonly Pick<DemandResult, 'pathLinks' | 'pathRates'>[],
  o: BufferDayOptions,
): BufferDay {
  if (!(o.hours > 0) || !Number.isFinite(o.hours))
    throw new RangeError(`hours must be a positive number, got ${o.hours}`);
  const stepS = o.stepS ?? 60;
  const steps = Math.max(1, Math.ceil((o.hours * 3600) / stepS));
  const dt = (o.hours * 3600) / steps;
  const samples = Math.max(2, o.samples ?? 97);
  const L = linkRates.length,
    D = demands.length;
  const level = new Float64Array(L);
  const delivered = new Float64Array(D);
  const timesH = new Float64Array(samples);
  const linkBits = new Float64Array(samples * L),
    demandBits = new Float64Array(samples * D);
  const paths = demands.flatMap((d, di) =>
    d.pathLinks.map((links, pi) => ({ di, links: Int32Array.from(links), want: d.pathRates[pi] * dt })),
  );
  let spentBits = 0,
    nextSample = 1;
  for (let s = 1; s <= steps; s++) {
    for (let l = 0; l < L; l++) level[l] += linkRates[l] * dt;
    for (const p of paths) {
      let send = p.want;
      for (let k = 0; k < p.links.length; k++) send = Math.min(send, level[p.links[k]]);
      if (!(send > 0)) continue;
      for (let k = 0; k < p.links.length; k++) level[p.links[k]] -= send;
      delivered[p.di] += send;
      spentBits += send * p.links.length;
    }
    // Sample s' is taken at the first step at or after its time.
    while (nextSample < samples && s * (samples - 1) >= nextSample * steps) {
      timesH[nextSample] = (s * dt) / 3600;
      linkBits.set(level, nextSample * L);
      demandBits.set(delivered, nextSample * D);
      nextSample++;
    }
  }
  return { timesH, linkBits, linkCount: L, demandBits, finalLinkBits: level, deliveredBits: delivered, spentBits };
}
