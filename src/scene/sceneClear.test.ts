// Tests that clearing the link scene between scenarios leaves nothing of the run before: detections Eve
// resent that still wait in the drawing side's queue must not fly (red rings) on the clean link that follows.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../workers/common/params';
import type { SampledDetection } from './linkFeed';
import { clearLinkScene, onClearLinkScene } from './sceneClear';
import { SceneDirector } from './sceneDirector';
import { createFeedProxy } from './sceneFeed';

const resentByEve = (): SampledDetection => ({
  aliceBasis: 0,
  aliceBit: 1,
  bobBasis: 0,
  bobBit: 0,
  isDark: false,
  isDouble: false,
  isEveResent: true,
  isEveExact: false,
  photonNumber: 1,
});

/** Runs the director for `seconds` and counts the photons Eve has touched (the ones drawn with a red ring). */
function ringedAfter(director: SceneDirector, seconds: number, eve: 'none' | 'intercept-resend'): number {
  const p = { ...defaultParams(), eve, fiberLengthKm: 5, interceptFraction: 1 };
  let most = 0;
  for (let t = 0; t < seconds; t += 1 / 30) {
    director.update(1 / 30, p, true, () => undefined);
    let ringed = 0;
    for (let i = 0; i < director.pool.count; i++) if (director.pool.isResentNow(i)) ringed++;
    most = Math.max(most, ringed);
  }
  return most;
}

describe('clearing the link scene', () => {
  it('without clearing the waiting queue, the next clean scenario still launches Eve’s photons', () => {
    const feed = createFeedProxy(3);
    const director = new SceneDirector(feed, 64);
    feed.push([resentByEve(), resentByEve(), resentByEve()], 0.01);
    director.reset(); // the pool alone: what the scene did before
    expect(ringedAfter(director, 2, 'none')).toBeGreaterThan(0);
  });

  it('clearLinkScene empties the queue and the pool of every registered part', () => {
    const feed = createFeedProxy(3);
    const director = new SceneDirector(feed, 64);
    feed.push([resentByEve(), resentByEve()], 0.01);
    ringedAfter(director, 1, 'intercept-resend');
    expect(director.pool.count).toBeGreaterThan(0);
    feed.push([resentByEve(), resentByEve(), resentByEve()], 0.01);
    const off = onClearLinkScene(() => {
      feed.clear();
      director.reset();
    });
    clearLinkScene();
    expect(director.pool.count).toBe(0);
    expect(feed.take()).toBeUndefined();
    expect(ringedAfter(director, 3, 'none')).toBe(0);
    off();
  });

  it('a failing part does not stop the others, and an unregistered part is left alone', () => {
    let cleared = 0;
    const offBad = onClearLinkScene(() => {
      throw new Error('boom');
    });
    const offGood = onClearLinkScene(() => {
      cleared++;
    });
    const error = console.error;
    console.error = () => undefined;
    try {
      clearLinkScene();
    } finally {
      console.error = error;
    }
    expect(cleared).toBe(1);
    offGood();
    offBad();
    clearLinkScene();
    expect(cleared).toBe(1);
  });
});
