// Turns the per-batch series of a run into at most N equal-duration bins of simulated time, each with
// its QBER per basis (and a 68 % Wilson interval) and its sifted key rate. A batch's counts are shared
// among the bins its time span overlaps. Pure, so tests check it.
import type { RunSeries } from '../engine/runSeries';

export interface TimeBin {
  t0: number;
  t1: number;
  tMid: number;
  pulses: number;
  detections: number;
  siftedZ: number;
  errorsZ: number;
  siftedX: number;
  errorsX: number;
  eveExactZ: number;
}

export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** Wilson score interval for k successes in n trials (z = 1: about 68 %); null for n = 0. */
export function wilson(k: number, n: number, z = 1): Interval | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function binSeries(series: Pick<RunSeries, 'columns' | 'length'>, maxBins: number): TimeBin[] {
  const n = series.length;
  if (n === 0) return [];
  const c = series.columns;
  const tEnd = c.tEnd[n - 1];
  const count = Math.max(1, Math.min(maxBins, n));
  const width = tEnd / count;
  const bins: TimeBin[] = Array.from({ length: count }, (_, i) => ({
    t0: i * width,
    t1: (i + 1) * width,
    tMid: (i + 0.5) * width,
    pulses: 0,
    detections: 0,
    siftedZ: 0,
    errorsZ: 0,
    siftedX: 0,
    errorsX: 0,
    eveExactZ: 0,
  }));
  // A batch covers [previous end, its end]: its counts are shared among the bins it overlaps, in
  // proportion to the overlap, so a long batch at high speed does not pile up in one bin.
  const keys = ['pulses', 'detections', 'siftedZ', 'errorsZ', 'siftedX', 'errorsX', 'eveExactZ'] as const;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = c.tEnd[i];
    const span = end - start;
    const first = width > 0 ? Math.min(count - 1, Math.max(0, Math.floor(start / width))) : 0;
    const last = width > 0 ? Math.min(count - 1, Math.max(0, Math.ceil(end / width) - 1)) : 0;
    for (let j = first; j <= last; j++) {
      const b = bins[j];
      const share = span > 0 ? Math.max(0, Math.min(end, b.t1) - Math.max(start, b.t0)) / span : j === last ? 1 : 0;
      if (share === 0) continue;
      for (const k of keys) b[k] += c[k][i] * share;
    }
    start = end;
  }
  return bins;
}

/** Sifted bits (both bases) per simulated second in a bin. */
export function siftedRate(b: TimeBin): number {
  const dt = b.t1 - b.t0;
  return dt > 0 ? (b.siftedZ + b.siftedX) / dt : 0;
}
