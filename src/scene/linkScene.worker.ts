// The link scene's drawing worker: three.js renders on the OffscreenCanvas the page handed over, so the
// page's main thread never waits for the GPU (with software compositing it would read every frame back).
// Exposed through comlink like the simulation workers; the page's side is createWorkerHost (sceneHost.ts).
import * as Comlink from 'comlink';
import type { LinkParams } from '../../workers/common/params';
import type { SampledDetection } from './linkFeed';
import { createSceneCore, type CameraPose, type SceneCore } from './sceneCore';
import { createFeedProxy, type FrameStatsSummary } from './sceneFeed';

let core: SceneCore | null = null;
let feed: ReturnType<typeof createFeedProxy> | null = null;

/** The drawing core, once init has run; a call before it is the page's bug, refused by name. */
function ready(): { core: SceneCore; feed: ReturnType<typeof createFeedProxy> } {
  if (!core || !feed) throw new Error('the link scene worker was called before init');
  return { core, feed };
}

const api = {
  /**
   * Takes over the canvas (transferred) and starts drawing; `onReady` (a comlink proxy) fires after the first
   * frame.
   */
  init(canvas: OffscreenCanvas, params: LinkParams, seed: number, onReady: () => void): void {
    feed = createFeedProxy(seed);
    core = createSceneCore(canvas, feed, params, () => void onReady());
  },
  setSize: (width: number, height: number, pixelRatio: number) => ready().core.setSize(width, height, pixelRatio),
  setCamera: (pose: CameraPose) => ready().core.setCamera(pose),
  setParams: (p: LinkParams) => ready().core.setParams(p),
  setRunning: (isRunning: boolean) => ready().core.setRunning(isRunning),
  setVisible: (isVisible: boolean) => ready().core.setVisible(isVisible),
  clearPhotons(): void {
    const s = ready();
    s.feed.clear();
    s.core.clearPhotons();
  },
  pushDetections: (ds: SampledDetection[], detectedFraction: number) => ready().feed.push(ds, detectedFraction),
  measureFrames: (frames: number): number[] => ready().core.measureFrames(frames),
  frameStats: (): FrameStatsSummary => ready().core.summary(),
};

export type SceneWorkerApi = typeof api;

Comlink.expose(api);
