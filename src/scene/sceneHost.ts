// The page's handle on the drawing core: in a worker with an OffscreenCanvas where the browser allows it
// (the main thread then never waits for the GPU), else the same core on the main thread, imported lazily.
import type { LinkParams } from '../../workers/common/params';
import type { SampledDetection } from './linkFeed';
import type { CameraPose } from './sceneCore';
import { createFeedProxy, type FrameStatsSummary, type FromSceneWorker, type ToSceneWorker } from './sceneProtocol';

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
  const pending = new Map<number, (m: FromSceneWorker) => void>();
  let nextId = 1;
  const send = (m: ToSceneWorker, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  worker.onmessage = (e: MessageEvent<FromSceneWorker>) => {
    const m = e.data;
    if (m.type === 'ready') cb.onReady();
    else if (m.type === 'error') cb.onError(m.message);
    else {
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    cb.onError(e.message || 'the drawing worker failed');
  };
  const ask = <T>(make: (id: number) => ToSceneWorker, pick: (m: FromSceneWorker) => T) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, (m) => resolve(pick(m)));
      send(make(id));
    });
  const offscreen = canvas.transferControlToOffscreen();
  send({ type: 'init', canvas: offscreen, params, seed }, [offscreen]);
  return {
    kind: 'worker',
    setSize: (width, height, pixelRatio) => send({ type: 'size', width, height, pixelRatio }),
    setCamera: (pose) => send({ type: 'camera', pose }),
    setParams: (p) => send({ type: 'params', params: p }),
    setRunning: (isRunning) => send({ type: 'running', isRunning }),
    setVisible: (isVisible) => send({ type: 'visible', isVisible }),
    clearPhotons: () => send({ type: 'clear' }),
    pushDetections: (detections, detectedFraction) => send({ type: 'detections', detections, detectedFraction }),
    measureFrames: (frames) =>
      ask(
        (id) => ({ type: 'measure', id, frames }),
        (m) => (m.type === 'measured' ? m.ms : []),
      ),
    frameStats: () =>
      ask(
        (id) => ({ type: 'stats', id }),
        (m) => (m.type === 'stats' ? m.summary : ({} as FrameStatsSummary)),
      ),
    dispose: () => worker.terminate(), // the worker's GPU context goes with it
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
