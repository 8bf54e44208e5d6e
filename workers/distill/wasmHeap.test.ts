// The WebAssembly FFT kernels: the committed bytes are the assembled .wat, their stages give the TypeScript
// stages' results bit for bit, the heap's allocator reuses and merges regions, and PA is the same either way.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { assemble, bytesModule } from '../../scripts/buildWasm';
import { PackedBits } from '../common/bits';
import { Rng } from '../common/rng';
import {
  fftForwardBitReversed,
  fftForwardBitReversedFromBits,
  fftInverseFromBitReversed,
  prepareTransform,
} from './fft';
import { toeplitzDirect, toeplitzHashKeys, TILE } from './toeplitz';
import { setWasmKernels, wasmHeap } from './wasmHeap';

function randomBits(n: number, rng: Rng): PackedBits {
  const p = new PackedBits(n);
  for (let i = 0; i < p.words.length; i++) p.words[i] = rng.nextUint32();
  if (n & 31) p.words[p.words.length - 1] &= (1 << (n & 31)) - 1;
  return p;
}

function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

afterEach(() => setWasmKernels(true));

describe('WebAssembly FFT kernels', () => {
  it('the committed base64 module is the assembled fftKernels.wat', async () => {
    const bytes = await assemble('fftKernels');
    const committed = readFileSync(new URL('./wasm/fftKernels.bytes.ts', import.meta.url), 'utf8');
    expect(committed).toBe(bytesModule('fftKernels', bytes));
  });

  it('loads in Node (WebAssembly SIMD), so the CLI and the benchmarks use it', () => {
    expect(wasmHeap()).not.toBeNull();
  });

  it('forward and inverse transforms on the heap equal the TypeScript stages bit for bit, every size 8 … 2^16', () => {
    const heap = wasmHeap()!;
    const rng = Rng.fromSeed(31);
    for (let lg = 3; lg <= 16; lg++) {
      const n = 1 << lg;
      prepareTransform(n);
      const region = heap.alloc(2 * n);
      const hr = heap.f64(region, 0, n),
        hi = heap.f64(region, n, n);
      const pr = new Float64Array(n),
        pi = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        pr[i] = hr[i] = rng.nextFloat() * 6 - 3;
        pi[i] = hi[i] = rng.nextFloat() * 6 - 3;
      }
      fftForwardBitReversed(hr, hi);
      fftForwardBitReversed(pr, pi);
      expect(sameBits(hr, pr) && sameBits(hi, pi), `forward, n = ${n}`).toBe(true);
      fftInverseFromBitReversed(hr, hi);
      fftInverseFromBitReversed(pr, pi);
      expect(sameBits(hr, pr) && sameBits(hi, pi), `inverse, n = ${n}`).toBe(true);
      heap.release(region);
    }
  });

  it('the transform straight from packed bits agrees too (its later stages run as kernels)', () => {
    const heap = wasmHeap()!;
    const rng = Rng.fromSeed(32);
    for (const lg of [9, 10, 13]) {
      const n = 1 << lg,
        bits = randomBits(2 * n + 40, rng);
      prepareTransform(n);
      const region = heap.alloc(2 * n);
      const hr = heap.f64(region, 0, n),
        hi = heap.f64(region, n, n);
      const pr = new Float64Array(n),
        pi = new Float64Array(n);
      fftForwardBitReversedFromBits(bits.words, bits.length, 17, 2 * n - 5, hr, hi);
      fftForwardBitReversedFromBits(bits.words, bits.length, 17, 2 * n - 5, pr, pi);
      expect(sameBits(hr, pr) && sameBits(hi, pi), `n = ${n}`).toBe(true);
      heap.release(region);
    }
  });

  it('the kernels really run: a transform on the heap differs from a deliberately broken table', () => {
    // Guards against a dispatch that silently always takes the TypeScript path: corrupt the heap copy of a
    // table and the heap transform must change while the TypeScript one does not.
    const heap = wasmHeap()!;
    const n = 1 << 10;
    prepareTransform(n);
    const region = heap.alloc(2 * n);
    const hr = heap.f64(region, 0, n),
      hi = heap.f64(region, n, n);
    const pr = new Float64Array(n),
      pi = new Float64Array(n);
    hi.fill(0);
    pi.fill(0);
    for (let i = 0; i < n; i++) {
      hr[i] = pr[i] = i % 3;
    }
    // Negate everything on the heap outside this region (the plan's tables among it), run, restore.
    const all = new Float64Array(heap.memory.buffer),
      saved = all.slice();
    const lo = region.offset / 8,
      hiEnd = lo + region.bytes / 8;
    for (let i = 0; i < all.length; i++) if (i < lo || i >= hiEnd) all[i] = -all[i];
    fftForwardBitReversed(hr, hi);
    for (let i = 0; i < all.length; i++) if (i < lo || i >= hiEnd) all[i] = saved[i];
    fftForwardBitReversed(pr, pi);
    expect(sameBits(hr, pr)).toBe(false);
    heap.release(region);
  });

  it('the allocator reuses released regions, merges neighbours and gives the top back', () => {
    const heap = wasmHeap()!;
    const before = heap.inUse();
    const a = heap.alloc(100),
      b = heap.alloc(1000),
      c = heap.alloc(10);
    expect(a.offset % 64).toBe(0);
    expect(b.offset).toBe(a.offset + a.bytes);
    heap.release(a);
    const d = heap.alloc(50);
    expect(d.offset).toBe(a.offset); // first fit into the hole
    heap.release(d);
    heap.release(b);
    const e = heap.alloc(1100);
    expect(e.offset).toBe(a.offset); // a and b merged into one hole
    heap.release(e);
    heap.release(c);
    expect(heap.inUse()).toBe(before);
  });

  it('growing the memory keeps region contents and moves views to the new memory', () => {
    const heap = wasmHeap()!;
    const r = heap.alloc(1000);
    heap.f64(r).fill(2.5);
    const g = heap.generation;
    const big = heap.alloc((heap.memory.buffer.byteLength / 8) * 2);
    expect(heap.generation).toBeGreaterThan(g);
    expect(heap.f64(r).every((v) => v === 2.5)).toBe(true);
    heap.release(big);
    heap.release(r);
  });

  it('privacy amplification gives the same bits with and without the kernels (one transform, blocked, tiled)', () => {
    const rng = Rng.fromSeed(33);
    const cases: [number, number, number | undefined, number][] = [
      [3000, 1700, undefined, TILE],
      [5000, 2600, 1 << 9, TILE],
      [4000, 3000, 1 << 8, 1500],
    ];
    for (const [n, l, block, tile] of cases) {
      const a = randomBits(n, rng),
        e = randomBits(n, rng),
        t = randomBits(n + l - 1, rng);
      setWasmKernels(true);
      const w = toeplitzHashKeys(t, [a, e], l, 0.25, tile, block);
      setWasmKernels(false);
      const j = toeplitzHashKeys(t, [a, e], l, 0.25, tile, block);
      setWasmKernels(true);
      expect(w.maxRoundingError).toBe(j.maxRoundingError);
      expect(w.outs[0].equals(j.outs[0]) && w.outs[1].equals(j.outs[1])).toBe(true);
      expect(w.outs[0].equals(toeplitzDirect(t, a, l))).toBe(true);
    }
  });
});
