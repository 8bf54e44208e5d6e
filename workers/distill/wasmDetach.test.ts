// A growing WebAssembly memory detaches every view of it: an FFT whose own tables grow the memory under its
// arrays must fail loudly, never compute on detached (empty) arrays. Its own file: a fresh plan cache.
import { describe, expect, it } from 'vitest';
import { fftForwardBitReversed } from './fft';
import { wasmHeap } from './wasmHeap';

describe('FFT arrays on a growing WebAssembly memory', () => {
  it('a transform whose tables grow the memory under its arrays throws instead of losing its result', () => {
    const heap = wasmHeap()!;
    const n = 1 << 12;
    const region = heap.alloc(2 * n);
    const re = heap.f64(region, 0, n),
      im = heap.f64(region, n, n);
    re.fill(1);
    // Fill the memory to its end, so the n-point tables (not made yet in this file) must grow it.
    const filler = heap.alloc(heap.spareBytes() / 8);
    const generation = heap.generation;
    expect(() => fftForwardBitReversed(re, im)).toThrow(/detached while the 4096-point tables were made/);
    expect(heap.generation).toBe(generation + 1);
    // Views taken again work, and the transform is right: all ones → n at frequency 0, 0 elsewhere.
    const re2 = heap.f64(region, 0, n),
      im2 = heap.f64(region, n, n);
    re2.fill(1);
    im2.fill(0);
    fftForwardBitReversed(re2, im2);
    expect(re2[0]).toBe(n);
    expect(re2.slice(1).every((v) => Math.abs(v) < 1e-9)).toBe(true);
    heap.release(filler);
    heap.release(region);
  });
});
