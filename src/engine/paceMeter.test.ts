// The run's real pace: measured over a two-second window, shown when it falls short of the speed chosen (and
// always at "as fast as possible").
import { describe, expect, it } from 'vitest';
import { keepWindow, measuredPace, paceToShow } from './paceMeter';

describe('pace meter', () => {
  it('measures simulated seconds per wall second over the window once it spans a second', () => {
    const samples = [0, 500, 1000, 1500, 2000, 2500].map((wallMs) => ({ wallMs, simulatedSeconds: wallMs / 100 }));
    expect(measuredPace(samples.slice(0, 2))).toBeNull();
    expect(measuredPace(samples.slice(0, 3))).toBeCloseTo(10, 12);
    const kept = keepWindow(samples);
    expect(kept.map((s) => s.wallMs)).toEqual([500, 1000, 1500, 2000, 2500]);
    expect(measuredPace(kept)).toBeCloseTo(10, 12);
    expect(keepWindow([])).toEqual([]);
  });

  it('speaks when the run falls short of its speed by more than a fifth, and always when as fast as possible', () => {
    expect(paceToShow(6, 'x100')).toBe(6);
    expect(paceToShow(79.9, 'x100')).toBe(79.9);
    expect(paceToShow(80, 'x100')).toBeNull();
    expect(paceToShow(99, 'x100')).toBeNull();
    expect(paceToShow(0.5, 'x1')).toBe(0.5);
    expect(paceToShow(1, 'x1')).toBeNull();
    expect(paceToShow(5300, 'max')).toBe(5300);
    expect(paceToShow(null, 'max')).toBeNull();
  });
});
