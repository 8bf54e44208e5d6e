// Turns a run's ring buffer into what a long-run plot draws: per-bin means of the one-minute QBER (at most
// about one bin per two pixels, so a week-long run stays a readable line) and the trailing 10-minute mean.
import { columnOf, MEAN_WINDOW_MIN, trailingMean } from './longRunSummary';
import type { SeriesRing } from './seriesRing';

export interface PlotSeries {
  t: Float64Array;
  qberZ: Float64Array;
  qberX: Float64Array;
  meanZ: Float64Array;
  meanX: Float64Array;
  secretBits: Float64Array;
}

/** Means of `values` over consecutive groups of `size` (NaNs skipped); the last group may be shorter. */
export function groupMeans(values: Float64Array, size: number): Float64Array {
  if (size <= 1) return values;
  const out = new Float64Array(Math.ceil(values.length / size));
  for (let g = 0; g < out.length; g++) {
    let sum = 0,
      n = 0;
    for (let i = g * size; i < Math.min(values.length, (g + 1) * size); i++)
      if (Number.isFinite(values[i])) {
        sum += values[i];
        n++;
      }
    out[g] = n > 0 ? sum / n : Number.NaN;
  }
  return out;
}

/** Last value of each group (time stamps, cumulative counts). */
export function groupLast(values: Float64Array, size: number): Float64Array {
  if (size <= 1) return values;
  const out = new Float64Array(Math.ceil(values.length / size));
  for (let g = 0; g < out.length; g++) out[g] = values[Math.min(values.length, (g + 1) * size) - 1];
  return out;
}

export function plotSeries(ring: SeriesRing, maxPoints: number): PlotSeries {
  const size = Math.max(1, Math.ceil(ring.length / Math.max(1, maxPoints)));
  const qz = columnOf(ring, 'qberZ'),
    qx = columnOf(ring, 'qberX');
  return {
    t: groupLast(columnOf(ring, 'tSeconds'), size),
    qberZ: groupMeans(qz, size),
    qberX: groupMeans(qx, size),
    meanZ: groupLast(trailingMean(qz, MEAN_WINDOW_MIN), size),
    meanX: groupLast(trailingMean(qx, MEAN_WINDOW_MIN), size),
    secretBits: groupLast(columnOf(ring, 'secretBits'), size),
  };
}
