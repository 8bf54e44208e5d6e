// The link scene's drawing worker: three.js renders on the OffscreenCanvas the page handed over, so the
// page's main thread never waits for the GPU (with software compositing it would read every frame back).
import { createSceneCore, type SceneCore } from './sceneCore';
import { createFeedProxy, type FromSceneWorker, type ToSceneWorker } from './sceneProtocol';

let core: SceneCore | null = null;
let feed: ReturnType<typeof createFeedProxy> | null = null;
const post = (m: FromSceneWorker) => postMessage(m);

onmessage = (e: MessageEvent<ToSceneWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'init') {
      feed = createFeedProxy(m.seed);
      core = createSceneCore(m.canvas, feed, m.params, () => post({ type: 'ready' }));
      return;
    }
    if (!core || !feed) return;
    switch (m.type) {
      case 'size':
        core.setSize(m.width, m.height, m.pixelRatio);
        break;
      case 'camera':
        core.setCamera(m.pose);
        break;
      case 'params':
        core.setParams(m.params);
        break;
      case 'running':
        core.setRunning(m.isRunning);
        break;
      case 'visible':
        core.setVisible(m.isVisible);
        break;
      case 'clear':
        feed.clear();
        core.clearPhotons();
        break;
      case 'detections':
        feed.push(m.detections, m.detectedFraction);
        break;
      case 'measure':
        post({ type: 'measured', id: m.id, ms: core.measureFrames(m.frames) });
        break;
      case 'stats':
        post({ type: 'stats', id: m.id, summary: core.summary() });
        break;
    }
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
