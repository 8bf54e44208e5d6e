// Block markers stay bounded: every block while they fit, then evenly spread with the newest and the aborted
// blocks kept (as long as aborts are not denser than the markers).
import { describe, expect, it } from 'vitest';
import { thinMarkerIndices } from './thinMarkers';

describe('thinMarkerIndices', () => {
  it('keeps every block while they fit', () => {
    expect(thinMarkerIndices([false, true, false], 5)).toEqual([0, 1, 2]);
  });
  it('caps the markers, ascending and unique, with the newest block', () => {
    for (const n of [151, 1000, 12345]) {
      const idx = thinMarkerIndices(new Array<boolean>(n).fill(false), 150);
      expect(idx.length).toBeLessThanOrEqual(150);
      expect(idx.length).toBeGreaterThan(140);
      expect(idx[0]).toBeLessThanOrEqual(n / 150);
      expect(idx[idx.length - 1]).toBe(n - 1);
      for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
      // Evenly spread: no gap more than twice the mean stride.
      for (let i = 1; i < idx.length; i++) expect(idx[i] - idx[i - 1]).toBeLessThanOrEqual((2 * n) / 150 + 1);
    }
  });
  it('draws a sparse aborted block even when its neighbours are thinned out', () => {
    const n = 5000;
    const aborted = new Array<boolean>(n).fill(false);
    for (const i of [17, 1234, 3333, 4990]) aborted[i] = true;
    const idx = thinMarkerIndices(aborted, 100);
    for (const i of [17, 1234, 3333, 4990]) expect(idx).toContain(i);
  });
});
