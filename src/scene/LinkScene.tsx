// The 3D link scene (this module and three.js load after first paint, in their own chunk): a canvas
// the visitor can orbit with mouse, touch or arrow keys, HTML labels over it and a "Reset view" button.
// The frame loop lives in linkRenderer.ts; this component only wires refs, the store and cleanup.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/useAppState';
import type { LinkFeed } from './linkFeed';
import { createLinkRenderer, type LinkRenderer } from './linkRenderer';

export interface LinkSceneProps {
  feed: LinkFeed;
  /** The text alternative's id (the canvas is described by it). */
  describedBy: string;
  /** WebGL could not start: the slot falls back to the schematic. */
  onUnavailable: (reason: string) => void;
}

/** The canvas element carries a measuring hook for the e2e benchmark (see docs/BENCHMARKS.md). */
export type MeasurableCanvas = HTMLCanvasElement & { qkdMeasureFrames?: (n: number) => number[]; qkdFrameStats?: () => unknown };

export default function LinkScene({ feed, describedBy, onUnavailable }: LinkSceneProps) {
  const store = useAppStore();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<LinkRenderer | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current as MeasurableCanvas | null, labelLayer = labelsRef.current;
    if (!canvas || !labelLayer) return;
    let r: LinkRenderer;
    try {
      r = createLinkRenderer({
        canvas, labelLayer, feed,
        getParams: () => store.getState().params,
        isRunning: () => store.getState().status === 'running',
      });
    } catch (err) {
      onUnavailable(err instanceof Error ? err.message : String(err));
      return;
    }
    rendererRef.current = r;
    canvas.qkdMeasureFrames = (n) => r.measureFrames(n);
    canvas.qkdFrameStats = () => r.stats.summary();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.runId !== prev.runId) r.clearPhotons();
      if (s.params !== prev.params || s.status !== prev.status) r.invalidate();
    });
    const onLost = (e: Event) => { e.preventDefault(); onUnavailable('the WebGL context was lost'); };
    canvas.addEventListener('webglcontextlost', onLost);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      unsubscribe();
      delete canvas.qkdMeasureFrames;
      delete canvas.qkdFrameStats;
      rendererRef.current = null;
      r.dispose();
    };
  }, [store, feed, onUnavailable]);

  return (
    <div className="link-scene-3d">
      <canvas
        ref={canvasRef}
        className="link-scene-canvas"
        tabIndex={0}
        role="img"
        aria-label="3D view of the link. Drag or use the arrow keys to turn it."
        aria-describedby={describedBy}
      />
      <div ref={labelsRef} className="scene-labels" aria-hidden="true" />
      <button type="button" className="scene-reset" onClick={() => rendererRef.current?.resetView()}>Reset view</button>
    </div>
  );
}
