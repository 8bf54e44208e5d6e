// Redraws a plot on animation frames when its data changes, at most every `minIntervalMs`: the run's
// series buffer notifies on every batch (up to 60 per second), and a plot needs far fewer frames than that.
import { useEffect, useRef } from 'react';
import type { RunSeries } from '../engine/runSeries';

export const PLOT_REDRAW_INTERVAL_MS = 150;

/** Calls `draw` now, whenever `deps` change, and after series changes (throttled, on a frame). */
export function useThrottledRedraw(series: RunSeries, draw: () => void, deps: readonly unknown[], minIntervalMs = PLOT_REDRAW_INTERVAL_MS): void {
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
    const unsubscribe = series.subscribe(schedule);
    return () => {
      unsubscribe();
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [series, minIntervalMs]);
}
