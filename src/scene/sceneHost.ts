// The page's handle on the drawing core: in a worker with an OffscreenCanvas where the browser allows it
// (the main thread then never waits for the GPU; calls go through comlink), else the same core on the main
// thread, imported lazily. Either way a fault reaches the page once, through onError.
import * as Comlink from 'comlink';
import type { LinkParams } from '../../workers/common/params';
import type { SampledDetection } from './linkFeed';
import type { SceneWorkerApi } from './linkScene.worker';
import type { CameraPose } from './sceneCore';
import { createFeedProxy, type FrameStatsSummary } from './sceneFeed';

export interface SceneHost {
  readonly kind: 'worker' | 'main-thread';
  setSize: (width: number, height: number, pixelRatio: number) => void;
  setCamera: (pose: CameraPose) => void;
  setParams: (p: LinkParams) => void;
  setRunning: (isRunning: boolean) => void;
  setVisible: (isVisible: boolean) => void;
  clearPhotons: () => void;
  pushDetections: (ds: SampledDetection[], detectedFraction: number) => void;
  measureFrames: (n: number) => Promise<number[]>;
  frameStats: () => Promise<FrameStatsSummary>;
  dispose: () => void;
}

export interface HostCallbacks {
  onReady: () => void;
  onError: (message: string) => void;
}

export function canDrawInWorker(): boolean {
  return typeof OffscreenCanvas !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
}

export function createWorkerHost(
  canvas: HTMLCanvasElement,
  params: LinkParams,
  seed: number,
  cb: HostCallbacks,
): SceneHost {
  const worker = new Worker(new URL('./linkScene.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<SceneWorkerApi>(worker);
  // The first fault is the one the page words; after it the scene is gone, so later ones add nothing.
  let hasFailed = false;
  const fail = (message: string) => {
    if (hasFailed) return;
    hasFailed = true;
    cb.onError(message);
  };
  const faultOf = (err: unknown) => fail(err instanceof Error ? err.message : String(err));
  // A worker that cannot load or throws outside a call (in its drawing loop) reports here.
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    fail(e.message || 'the drawing worker failed');
  });
  /** Calls that answer nothing: a throw in the worker rejects the call, which ends the scene with its message. */
  const send = (call: Promise<unknown>) => void call.catch(faultOf);
  const offscreen = canvas.transferControlToOffscreen();
  send(api.init(Comlink.transfer(offscreen, [offscreen]), params, seed, Comlink.proxy(cb.onReady)));
  return {
    kind: 'worker',
    setSize: (width, height, pixelRatio) => send(api.setSize(width, height, pixelRatio)),
    setCamera: (pose) => send(api.setCamera(pose)),
    setParams: (p) => send(api.setParams(p)),
    setRunning: (isRunning) => send(api.setRunning(isRunning)),
    setVisible: (isVisible) => send(api.setVisible(isVisible)),
    clearPhotons: () => send(api.clearPhotons()),
    pushDetections: (detections, detectedFraction) => send(api.pushDetections(detections, detectedFraction)),
    measureFrames: (frames) => api.measureFrames(frames),
    frameStats: () => api.frameStats(),
    dispose: () => {
      api[Comlink.releaseProxy]();
      worker.terminate(); // the worker's GPU context goes with it
    },
  };
}

export async function createMainThreadHost(
  canvas: HTMLCanvasElement,
  params: LinkParams,
  seed: number,
  cb: HostCallbacks,
): Promise<SceneHost> {
  const { createSceneCore } = await import('./sceneCore');
  const feed = createFeedProxy(seed);
  const core = createSceneCore(canvas, feed, params, cb.onReady);
  return {
    kind: 'main-thread',
    setSize: core.setSize,
    setCamera: core.setCamera,
    setParams: core.setParams,
    setRunning: core.setRunning,
    setVisible: core.setVisible,
    clearPhotons: () => {
      feed.clear();
      core.clearPhotons();
    },
    pushDetections: feed.push,
    measureFrames: async (n) => core.measureFrames(n),
    frameStats: async () => core.summary(),
    dispose: core.dispose,
  };
}
