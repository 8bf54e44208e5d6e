// Tests of the earned secret-key-rate points: block completion times come from cumulative detections.
import { describe, expect, it } from 'vitest';
import { RunSeries } from '../engine/runSeries';
import type { BlockRecord } from '../store/runSlice';
import { secretRatePoints } from './secretRatePoints';

const block = (nDetected: number, finalKeyBits: number): BlockRecord => ({
  nDetected,
  nSiftedZ: 0,
  finalKeyBits,
  isAborted: finalKeyBits === 0,
  qberTrueZ: 0,
  eveKnownSiftedFraction: 0,
  eveFinalKeyAgreement: null,
});

describe('secretRatePoints', () => {
  it('dates each block by the batch that completed its detections', () => {
    const s = new RunSeries(16);
    for (let t = 1; t <= 6; t++)
      s.push({ tEnd: t, pulses: 10, detections: 100, siftedZ: 0, errorsZ: 0, siftedX: 0, errorsX: 0, eveExactZ: 0 });
    const pts = secretRatePoints(s, [block(250, 30), block(250, 0)]);
    expect(pts.map((p) => p.t)).toEqual([3, 5]);
    expect(pts[0].bitsPerSecond).toBe(10);
    expect(pts[1].bitsPerSecond).toBe(6);
    expect(pts[1].isAborted).toBe(true);
  });

  it('counts blocks the store no longer keeps', () => {
    const s = new RunSeries(16);
    for (let t = 1; t <= 4; t++)
      s.push({ tEnd: t, pulses: 10, detections: 100, siftedZ: 0, errorsZ: 0, siftedX: 0, errorsX: 0, eveExactZ: 0 });
    const pts = secretRatePoints(s, [block(100, 10)], { nDetected: 200, finalKeyBits: 20 });
    expect(pts).toEqual([{ t: 3, finalKeyBits: 30, bitsPerSecond: 10, isAborted: false }]);
  });
});
