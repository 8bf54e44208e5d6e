// SeriesRing: order, null QBER as NaN, wrap-around keeping the newest points, one notification per push.
import { describe, expect, it } from 'vitest';
import type { TimeSeriesPoint } from '../../workers/photon/driftedRun';
import { SeriesRing } from './seriesRing';

const point = (minute: number, qberX: number | null = 0.1): TimeSeriesPoint => ({
  tSeconds: minute * 60,
  qberZ: 0.07,
  qberX,
  secretBits: minute * 10,
  misalignmentRad: 0,
  brightnessFactor: 1,
  efficiencyFactor: 1,
});

describe('SeriesRing', () => {
  it('keeps points oldest first and stores a missing QBER as NaN', () => {
    const ring = new SeriesRing(8);
    ring.pushPoints([point(1), point(2, null), point(3)]);
    expect(ring.length).toBe(3);
    expect([0, 1, 2].map((k) => ring.at('tSeconds', k))).toEqual([60, 120, 180]);
    expect(ring.at('qberX', 1)).toBeNaN();
    expect(ring.last('secretBits')).toBe(30);
  });

  it('overwrites the oldest points when full and counts every push', () => {
    const ring = new SeriesRing(4);
    ring.pushPoints(Array.from({ length: 10 }, (_, i) => point(i + 1)));
    expect(ring.length).toBe(4);
    expect(ring.pushed).toBe(10);
    expect([0, 1, 2, 3].map((k) => ring.at('tSeconds', k) / 60)).toEqual([7, 8, 9, 10]);
  });

  it('notifies once per push and on clear; an empty push changes nothing', () => {
    const ring = new SeriesRing(4);
    let calls = 0;
    const unsubscribe = ring.subscribe(() => calls++);
    ring.pushPoints([point(1), point(2)]);
    ring.pushPoints([]);
    expect(calls).toBe(1);
    ring.clear();
    expect(calls).toBe(2);
    expect(ring.length).toBe(0);
    expect(ring.last('qberZ')).toBeNaN();
    unsubscribe();
    ring.pushPoints([point(3)]);
    expect(calls).toBe(2);
  });
});
