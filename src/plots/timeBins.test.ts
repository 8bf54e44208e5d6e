// Tests of time binning and the Wilson interval used by the plots over simulated time.
import { describe, expect, it } from 'vitest';
import { RunSeries } from '../engine/runSeries';
import { binSeries, siftedRate, wilson } from './timeBins';

const rec = (tEnd: number, siftedZ: number, errorsZ: number) => ({
  tEnd,
  pulses: 100,
  detections: siftedZ * 2,
  siftedZ,
  errorsZ,
  siftedX: 0,
  errorsX: 0,
  eveExactZ: 0,
});

describe('binSeries', () => {
  it('puts every record in the bin of its end time and keeps the totals', () => {
    const s = new RunSeries(8);
    [1, 2, 3, 4].forEach((t) => s.push(rec(t, 10, t)));
    const bins = binSeries(s, 2);
    expect(bins).toHaveLength(2);
    expect(bins.map((b) => b.siftedZ)).toEqual([20, 20]);
    expect(bins.map((b) => b.errorsZ)).toEqual([3, 7]);
    expect(siftedRate(bins[0])).toBe(10);
  });

  it('shares a long batch among the bins it spans', () => {
    const s = new RunSeries(8);
    s.push(rec(1, 10, 0));
    s.push(rec(4, 30, 3));
    const bins = binSeries(s, 2);
    expect(bins.map((b) => b.siftedZ)).toEqual([20, 20]);
    expect(bins[1].errorsZ).toBeCloseTo(2);
  });

  it('keeps the whole run when the buffer compacts', () => {
    const s = new RunSeries(4);
    for (let t = 1; t <= 9; t++) s.push(rec(t, 1, 0));
    expect(s.length).toBeLessThanOrEqual(4);
    expect(binSeries(s, 10).reduce((a, b) => a + b.siftedZ, 0)).toBe(9);
    expect(s.timeAtDetections(2 * 4)).toBe(6); // compacted records are coarser: the first one ends at t = 6
  });
});

describe('wilson', () => {
  it('brackets the observed rate and stays inside [0, 1]', () => {
    const w = wilson(25, 100)!;
    expect(w.value).toBe(0.25);
    expect(w.low).toBeLessThan(0.25);
    expect(w.high).toBeGreaterThan(0.25);
    expect(wilson(0, 10)!.low).toBe(0);
    expect(wilson(0, 0)).toBeNull();
  });
});
