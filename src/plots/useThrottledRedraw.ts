// Redraws a plot on animation frames when its data changes, at most every `minIntervalMs`: the run's
// series buffer (or a long run's ring buffers) notifies on every batch, and a plot needs far fewer frames.
import { useEffect, useRef } from 'react';

/** A data source that tells its listeners when it changed (RunSeries, SeriesRing). */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

export const PLOT_REDRAW_INTERVAL_MS = 150;

/** Calls `draw` now, whenever `deps` change, and after any source changes (throttled, on a frame). */
export function useThrottledRedraw(sources: Subscribable | readonly Subscribable[], draw: () => void, deps: readonly unknown[], minIntervalMs = PLOT_REDRAW_INTERVAL_MS): void {
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useEffect(() => {
    drawRef.current();
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let frame: number | null = null;
    let timer: number | null = null;
    let lastMs = -Infinity;
    const run = () => {
      frame = null;
      lastMs = performance.now();
      drawRef.current();
    };
    const schedule = () => {
      if (frame !== null || timer !== null) return;
      const wait = lastMs + minIntervalMs - performance.now();
      if (wait <= 0) frame = requestAnimationFrame(run);
      else timer = window.setTimeout(() => { timer = null; frame = requestAnimationFrame(run); }, wait);
    };
    const list: readonly Subscribable[] = 'subscribe' in sources ? [sources] : sources;
    const unsubscribes = list.map((source) => source.subscribe(schedule));
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [sources, minIntervalMs]);
}
