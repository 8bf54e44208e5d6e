// Redraws a plot on animation frames when its data changes, at most every `minIntervalMs`: the run's
// series buffer (or a long run's ring buffers) notifies on every batch, and a plot needs far fewer frames.
// Every plot listens to the same buffer, so their throttled redraws fall due together: they share one frame
// queue that runs them one after another across frames (a frame stops taking redraws once FRAME_BUDGET_MS is
// spent), so a fast run never stacks four plot redraws and their layout into one long main-thread task.
import { useEffect, useRef } from 'react';

/** A data source that tells its listeners when it changed (RunSeries, SeriesRing). */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
}

export const PLOT_REDRAW_INTERVAL_MS = 150;

/** Main-thread time (ms) one frame gives queued plot redraws before the rest wait for the next frame. */
const FRAME_BUDGET_MS = 8;

const queuedRedraws: (() => void)[] = [];
let queueFrame: number | null = null;
let isDeferred = false;

function runQueuedRedraws(frameStartMs: number): void {
  queueFrame = null;
  // Work done earlier in this frame (the run's readouts and React render) counts against the budget: when it
  // has used the budget up, the plots wait for the next frame, but never twice in a row.
  if (!isDeferred && performance.now() - frameStartMs >= FRAME_BUDGET_MS) {
    isDeferred = true;
    queueFrame = requestAnimationFrame(runQueuedRedraws);
    return;
  }
  isDeferred = false;
  const startMs = performance.now();
  do {
    const redraw = queuedRedraws.shift();
    redraw?.();
  } while (queuedRedraws.length > 0 && performance.now() - startMs < FRAME_BUDGET_MS);
  if (queuedRedraws.length > 0) queueFrame = requestAnimationFrame(runQueuedRedraws);
}

function enqueueRedraw(redraw: () => void): void {
  if (!queuedRedraws.includes(redraw)) queuedRedraws.push(redraw);
  if (queueFrame === null) queueFrame = requestAnimationFrame(runQueuedRedraws);
}

function dequeueRedraw(redraw: () => void): void {
  const i = queuedRedraws.indexOf(redraw);
  if (i >= 0) queuedRedraws.splice(i, 1);
  if (queuedRedraws.length === 0 && queueFrame !== null) {
    cancelAnimationFrame(queueFrame);
    queueFrame = null;
  }
}

/** Calls `draw` now, whenever `deps` change, and after any source changes (throttled, on a frame). */
export function useThrottledRedraw(
  sources: Subscribable | readonly Subscribable[],
  draw: () => void,
  deps: readonly unknown[],
  minIntervalMs = PLOT_REDRAW_INTERVAL_MS,
): void {
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useEffect(() => {
    drawRef.current();
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let isQueued = false;
    let timer: number | null = null;
    let lastMs = -Infinity;
    const run = () => {
      isQueued = false;
      lastMs = performance.now();
      drawRef.current();
    };
    const queue = () => {
      isQueued = true;
      enqueueRedraw(run);
    };
    const schedule = () => {
      if (isQueued || timer !== null) return;
      const wait = lastMs + minIntervalMs - performance.now();
      if (wait <= 0) queue();
      else
        timer = window.setTimeout(() => {
          timer = null;
          queue();
        }, wait);
    };
    const list: readonly Subscribable[] = 'subscribe' in sources ? [sources] : sources;
    const unsubscribes = list.map((source) => source.subscribe(schedule));
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
      if (isQueued) dequeueRedraw(run);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [sources, minIntervalMs]);
}
