// What the drawing side of the link scene shares with the page (in the worker or on the main thread): the
// frame-time summary it reports, and the small feed it reads: detections the page sampled, the detected fraction.
import { Rng } from '../../workers/common/rng';
import type { SampledDetection } from './linkFeed';
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
