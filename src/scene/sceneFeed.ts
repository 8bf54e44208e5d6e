// Messages between the page and the link-scene worker (which draws on an OffscreenCanvas), and the small
// feed the drawing core reads there: detections the page sampled, and the measured detected fraction.
import type { LinkParams } from '../../workers/common/params';
import { Rng } from '../../workers/common/rng';
import type { SampledDetection } from './linkFeed';
import type { CameraPose } from './sceneCore';
import type { FeedLike } from './sceneDirector';

export interface FrameStatsSummary {
  frames: number;
  renders: number;
  frameMsP50: number;
  frameMsP95: number;
  renderMsP50: number;
  renderMsP95: number;
  /** Drawing-buffer size in device pixels and the camera position, as the drawing side has them. */
  bufferPx?: [number, number];
  cameraPosition?: number[];
}

export type ToSceneWorker =
  | { type: 'init'; canvas: OffscreenCanvas; params: LinkParams; seed: number }
  | { type: 'size'; width: number; height: number; pixelRatio: number }
  | { type: 'camera'; pose: CameraPose }
  | { type: 'params'; params: LinkParams }
  | { type: 'running'; isRunning: boolean }
  | { type: 'visible'; isVisible: boolean }
  | { type: 'clear' }
  | { type: 'detections'; detections: SampledDetection[]; detectedFraction: number }
  | { type: 'measure'; id: number; frames: number }
  | { type: 'stats'; id: number };

export type FromSceneWorker =
  | { type: 'ready' }
  | { type: 'error'; message: string }
  | { type: 'measured'; id: number; ms: number[] }
  | { type: 'stats'; id: number; summary: FrameStatsSummary };

/** Most sampled detections kept waiting on the drawing side (the director launches about 2.5 per second). */
const MAX_WAITING = 6;

/** The drawing side's view of the feed: a short queue of real detections and the page's measured fraction. */
export function createFeedProxy(
  seed: number,
): FeedLike & { push: (ds: readonly SampledDetection[], detectedFraction: number) => void; clear: () => void } {
  const queue: SampledDetection[] = [];
  const rng = Rng.fromSeed(seed, 5);
  let fraction = 1e-3;
  return {
    take: () => queue.shift(),
    random: () => rng.nextFloat(),
    detectedFraction: () => ({ fraction, isMeasured: true }),
    push: (ds, detectedFraction) => {
      queue.push(...ds);
      if (queue.length > MAX_WAITING) queue.splice(0, queue.length - MAX_WAITING);
      fraction = detectedFraction;
    },
    /** Drops detections still waiting (a previous run's, e.g. with Eve): a cleared scene must not launch them. */
    clear: () => {
      queue.length = 0;
    },
  };
}
