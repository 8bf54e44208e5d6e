// Which block markers a time plot draws: at most a fixed number, evenly spread over the run and always the newest,
// so a kiosk running for hours keeps a bounded DOM while the line through every block stays exact.

/** Markers a plot draws at most, whatever the number of blocks (a few per 10 px of plot width). */
export const MAX_BLOCK_MARKERS = 150;

/**
 * Indices of the markers to draw, ascending: all when they fit; otherwise the newest block plus one marker for each
 * of `max − 1` equal runs of older blocks — an aborted block of the run if it has one (so aborts never vanish from
 * the plot), else the run's middle block.
 */
export function thinMarkerIndices(isAborted: readonly boolean[], max: number = MAX_BLOCK_MARKERS): number[] {
  const n = isAborted.length;
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.max(0, max - 1);
  const out: number[] = [];
  for (let k = 0; k < buckets; k++) {
    const lo = Math.floor((k * (n - 1)) / buckets),
      hi = Math.floor(((k + 1) * (n - 1)) / buckets);
    let pick = (lo + hi - 1) >> 1;
    for (let i = lo; i < hi; i++)
      if (isAborted[i]) {
        pick = i;
        break;
      }
    out.push(pick);
  }
  out.push(n - 1);
  return out;
}
