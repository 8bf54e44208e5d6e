// The 3D link scene (this module loads after first paint, in its own chunk; three.js's renderer loads in
// the drawing worker): a canvas the visitor orbits with mouse, touch or arrow keys, labels over it and a
// "Default view" button (not "Reset view": the page's "Reset" name must stay unique). This component wires
// the store, the sampled feed, the camera rig and the host.
import { useEffect, useRef } from 'react';
import { sceneText } from '../i18n/text/scene';
import { useText } from '../i18n/useText';
import type { RunStatus } from '../store/runSlice';
import { useAppStore } from '../store/useAppState';
import { createCameraRig, type CameraRig } from './cameraRig';
import type { LinkFeed } from './linkFeed';
import { onClearLinkScene } from './sceneClear';
import { canDrawInWorker, createMainThreadHost, createWorkerHost, type SceneHost } from './sceneHost';

export interface LinkSceneProps {
  feed: LinkFeed;
  /** The text alternative's id (the canvas is described by it). */
  describedBy: string;
  /** WebGL could not start: the slot falls back to the schematic. */
  onUnavailable: (reason: string) => void;
}

/** Hooks on the canvas element for the e2e frame-time measurement (see docs/BENCHMARKS.md). */
export type MeasurableCanvas = HTMLCanvasElement & {
  qkdMeasureFrames?: (n: number) => Promise<number[]>;
  qkdFrameStats?: () => Promise<unknown>;
  qkdSceneHost?: string;
};

/** How often sampled detections go to the drawing side (ms). */
const FORWARD_INTERVAL_MS = 150;

/**
 * The source emits from the press of Start: while the workers open (a few hundred ms on a cold page) the scene
 * already launches its first photons, so the press shows at once; the sampled detections follow the first batch.
 */
const isEmitting = (status: RunStatus) => status === 'running' || status === 'starting';

export default function LinkScene({ feed, describedBy, onUnavailable }: LinkSceneProps) {
  const store = useAppStore();
  const stageRef = useRef<HTMLDivElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const rigRef = useRef<CameraRig | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const t = useText(sceneText);
  // Read when the canvas and rig are made; later language changes go through the effect below.
  const textRef = useRef(t);
  textRef.current = t;

  useEffect(() => {
    const stage = stageRef.current,
      labelLayer = labelsRef.current;
    if (!stage || !labelLayer) return;
    // A fresh canvas per mount: control of a canvas can be handed to a worker only once.
    const canvas: MeasurableCanvas = document.createElement('canvas');
    canvas.className = 'link-scene-canvas';
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', textRef.current.canvasName);
    canvas.setAttribute('aria-describedby', describedBy);
    stage.prepend(canvas);
    canvasRef.current = canvas;

    let host: SceneHost | null = null,
      rig: CameraRig | null = null,
      isDone = false,
      timer = 0;
    const params = store.getState().params,
      seed = store.getState().seed;
    const callbacks = {
      onReady: () => {
        canvas.dataset.ready = 'true';
      },
      onError: (message: string) => {
        if (!isDone) onUnavailable(message);
      },
    };
    const attach = (h: SceneHost) => {
      host = h;
      canvas.qkdSceneHost = h.kind;
      canvas.qkdMeasureFrames = (n) => h.measureFrames(n);
      canvas.qkdFrameStats = () => h.frameStats();
      h.setRunning(isEmitting(store.getState().status));
      rig = createCameraRig(canvas, labelLayer, h, params, textRef.current);
      rigRef.current = rig;
      timer = window.setInterval(() => {
        const taken = [];
        for (let d = feed.take(); d; d = feed.take()) taken.push(d);
        if (taken.length > 0) h.pushDetections(taken, feed.detectedFraction(store.getState().params).fraction);
      }, FORWARD_INTERVAL_MS);
    };
    try {
      if (canDrawInWorker()) attach(createWorkerHost(canvas, params, seed, callbacks));
      else
        createMainThreadHost(canvas, params, seed, callbacks).then(
          (h) => {
            if (isDone) h.dispose();
            else attach(h);
          },
          (err: unknown) => callbacks.onError(String(err)),
        );
    } catch (err) {
      callbacks.onError(err instanceof Error ? err.message : String(err));
    }
    const offClear = onClearLinkScene(() => host?.clearPhotons());
    const unsubscribe = store.subscribe((s, prev) => {
      if (!host) return;
      if (s.runId !== prev.runId) host.clearPhotons();
      if (s.params !== prev.params) {
        host.setParams(s.params);
        rig?.setParams(s.params);
      }
      if (s.status !== prev.status) host.setRunning(isEmitting(s.status));
    });
    return () => {
      isDone = true;
      clearInterval(timer);
      unsubscribe();
      offClear();
      rig?.dispose();
      rigRef.current = null;
      canvasRef.current = null;
      (host as SceneHost | null)?.dispose();
      canvas.remove();
    };
  }, [store, feed, describedBy, onUnavailable]);

  // A new language relabels the canvas and the names over it; the scene itself keeps running.
  useEffect(() => {
    canvasRef.current?.setAttribute('aria-label', t.canvasName);
    rigRef.current?.setText(t);
  }, [t]);

  return (
    <div ref={stageRef} className="link-scene-3d">
      <div ref={labelsRef} className="scene-labels" aria-hidden="true" />
      <button type="button" className="scene-reset" onClick={() => rigRef.current?.resetView()}>
        {t.defaultView}
      </button>
    </div>
  );
}
