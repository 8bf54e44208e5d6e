// Redraws a long-run plot on an animation frame after its ring buffers change (at most every 300 ms), and
// at once when its React inputs change: points arrive several times a second and never pass through React.
import { useEffect, useRef } from 'react';
import type { SeriesRing } from './seriesRing';

const MIN_INTERVAL_MS = 300;

export function useRingRedraw(rings: readonly SeriesRing[], draw: () => void, deps: readonly unknown[]): void {
  const drawRef = useRef(draw);
  useEffect(() => { drawRef.current = draw; });

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
      const wait = lastMs + MIN_INTERVAL_MS - performance.now();
      if (wait <= 0) frame = requestAnimationFrame(run);
      else timer = window.setTimeout(() => { timer = null; frame = requestAnimationFrame(run); }, wait);
    };
    const unsubscribes = rings.map((r) => r.subscribe(schedule));
    return () => {
      for (const u of unsubscribes) u();
      if (frame !== null) cancelAnimationFrame(frame);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [rings]);
}
