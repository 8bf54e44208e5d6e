// Hand-written complex FFT on split float64 arrays for the exact binary convolutions of privacy
// amplification. No installed package offers a fast float64 FFT (fft.js is not a dependency and did
// 3–12 Mbit/s here), and the PA needs control of rounding. The forward transform is decimation in
// frequency (natural order in, bit-reversed order out) and the inverse is its transpose (bit-reversed
// in, natural out), so no bit-reversal pass is ever made: a pointwise product does not care about the
// order. Radix-4 butterflies halve the passes over memory; small stages run block by block in cache.
// Where the arrays live on the WebAssembly heap (wasmHeap.ts), the radix-4 and radix-2 stages run as SIMD
// kernels that do the same operations in the same order (bit-identical, ~4× faster); elsewhere in TypeScript.
import { madeWasmHeap, wasmHeap, type FftKernels, type Region } from './wasmHeap';

/** Per-stage twiddles, contiguous so every stage reads them sequentially: for a radix-4 span,
 *  [w^k, w^2k, w^3k] as (re, im) pairs for k < len/4; for a radix-2 span, w^k for k < len/2
 *  (w = e^(−2πi/len)). Cached per transform size. */
interface Plan {
  spans: number[];
  radix2First: boolean;
  tables: Float64Array[];
  wasm: (Region | null)[] | null;
}

const plans = new Map<number, Plan>();

function planFor(n: number): Plan {
  let plan = plans.get(n);
  if (plan) return plan;
  checkSize(n);
  const radix2First = Math.log2(n) % 2 === 1;
  const spans: number[] = [];
  let len = n;
  if (radix2First) {
    spans.push(len);
    len >>>= 1;
  }
  for (; len >= 4; len >>>= 2) spans.push(len);
  const tables = spans.map((span, idx) => {
    const isRadix2 = radix2First && idx === 0;
    const count = isRadix2 ? span >>> 1 : span >>> 2;
    const per = isRadix2 ? 2 : 6;
    const t = new Float64Array(count * per);
    for (let k = 0; k < count; k++) {
      for (let m = 1; m <= per / 2; m++) {
        const a = (-2 * Math.PI * k * m) / span;
        t[k * per + 2 * (m - 1)] = Math.cos(a);
        t[k * per + 2 * (m - 1) + 1] = Math.sin(a);
      }
    }
    return t;
  });
  if (plans.size > 6) {
    const heap = madeWasmHeap();
    for (const old of plans.values()) for (const r of old.wasm ?? []) if (r && heap) heap.release(r);
    plans.clear();
  }
  plan = { spans, radix2First, tables, wasm: wasmTwiddles(spans, radix2First, tables) };
  plans.set(n, plan);
  return plan;
}

/**
 * The stage tables copied to the WebAssembly heap in pair layout, for the SIMD kernels: a radix-4 table holds,
 * per pair of butterflies (k, k + 1), w1r, w1i, w2r, w2i, w3r, w3i as two-lane vectors; a radix-2 table wr, wi.
 * Null for the twiddle-free len-4 stages, and in all for no WebAssembly.
 */
function wasmTwiddles(spans: number[], radix2First: boolean, tables: Float64Array[]): (Region | null)[] | null {
  const heap = wasmHeap();
  if (!heap) return null;
  const regions = spans.map((span, t) =>
    span === 4 && !(radix2First && t === 0) ? null : heap.alloc(tables[t].length),
  );
  for (let t = 0; t < spans.length; t++) {
    const region = regions[t];
    if (!region) continue;
    const src = tables[t],
      dst = heap.f64(region),
      per = radix2First && t === 0 ? 2 : 6;
    for (let k = 0; k < src.length / per; k++) {
      const base = 2 * per * (k >>> 1) + (k & 1);
      for (let c = 0; c < per; c++) dst[base + 2 * c] = src[per * k + c];
    }
  }
  return regions;
}

/**
 * The plan for arrays (re, im), refusing arrays that making it detached: new tables can grow the WebAssembly
 * memory, which detaches every view of it, and a detached array silently reads as empty and drops writes.
 */
function planOf(re: Float64Array, im: Float64Array): Plan {
  const n = re.length;
  const plan = planFor(n);
  if (re.length !== n || im.length !== n) {
    throw new Error(
      `FFT arrays were detached while the ${n}-point tables were made (call prepareTransform(${n}) ` +
        `before taking views)`,
    );
  }
  return plan;
}

/** The SIMD stage kernels when the plan has heap tables and (re, im) are views on the heap, else null. */
function simdKernels(wasm: Plan['wasm'], re: Float64Array, im: Float64Array): FftKernels | null {
  const heap = wasm ? wasmHeap() : null;
  return heap !== null && heap.holds(re, im) ? heap.kernels : null;
}

/**
 * Makes the tables of an n-point transform now. Callers whose arrays live on the WebAssembly heap call it
 * before they take their views: a table made later could grow the memory and detach those views.
 */
export function prepareTransform(n: number): void {
  planFor(n);
}

/** Complex elements per cache block (2^12 · 16 bytes = 64 KiB of re + im). */
const CACHE_BLOCK = 1 << 12;

function checkSize(n: number): void {
  if (n < 4 || (n & (n - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 4, got ${n}`);
}

/** One radix-4 DIF stage of span `len` over [from, to), twiddle stride `step` into the size-n table. */
function difRadix4(re: Float64Array, im: Float64Array, w: Float64Array, from: number, to: number, len: number): void {
  const q = len >>> 2;
  for (let start = from; start < to; start += len) {
    for (let k = 0; k < q; k++) {
      const i0 = start + k,
        i1 = i0 + q,
        i2 = i1 + q,
        i3 = i2 + q;
      const x0r = re[i0],
        x0i = im[i0],
        x1r = re[i1],
        x1i = im[i1];
      const x2r = re[i2],
        x2i = im[i2],
        x3r = re[i3],
        x3i = im[i3];
      const a0r = x0r + x2r,
        a0i = x0i + x2i,
        a1r = x0r - x2r,
        a1i = x0i - x2i;
      const a2r = x1r + x3r,
        a2i = x1i + x3i,
        d3r = x1r - x3r,
        d3i = x1i - x3i;
      // (x1 − x3)·(−i) = (d3i, −d3r)
      const t = 6 * k;
      const w1r = w[t],
        w1i = w[t + 1],
        w2r = w[t + 2],
        w2i = w[t + 3],
        w3r = w[t + 4],
        w3i = w[t + 5];
      re[i0] = a0r + a2r;
      im[i0] = a0i + a2i;
      const br = a0r - a2r,
        bi = a0i - a2i;
      re[i1] = br * w2r - bi * w2i;
      im[i1] = br * w2i + bi * w2r;
      const pr = a1r + d3i,
        pi = a1i - d3r; // a1 + (−i)(x1 − x3)
      re[i2] = pr * w1r - pi * w1i;
      im[i2] = pr * w1i + pi * w1r;
      const mr = a1r - d3i,
        mi = a1i + d3r; // a1 − (−i)(x1 − x3)
      re[i3] = mr * w3r - mi * w3i;
      im[i3] = mr * w3i + mi * w3r;
    }
  }
}

/** The transpose of difRadix4 with conjugate twiddles (an unscaled inverse stage). */
function ditRadix4(re: Float64Array, im: Float64Array, w: Float64Array, from: number, to: number, len: number): void {
  const q = len >>> 2;
  for (let start = from; start < to; start += len) {
    for (let k = 0; k < q; k++) {
      const i0 = start + k,
        i1 = i0 + q,
        i2 = i1 + q,
        i3 = i2 + q;
      const t = 6 * k;
      const w1r = w[t],
        w1i = -w[t + 1],
        w2r = w[t + 2],
        w2i = -w[t + 3],
        w3r = w[t + 4],
        w3i = -w[t + 5];
      const y0r = re[i0],
        y0i = im[i0];
      const y1r = re[i1] * w2r - im[i1] * w2i,
        y1i = re[i1] * w2i + im[i1] * w2r;
      const y2r = re[i2] * w1r - im[i2] * w1i,
        y2i = re[i2] * w1i + im[i2] * w1r;
      const y3r = re[i3] * w3r - im[i3] * w3i,
        y3i = re[i3] * w3i + im[i3] * w3r;
      const a0r = y0r + y1r,
        a0i = y0i + y1i,
        br = y0r - y1r,
        bi = y0i - y1i;
      const a1r = y2r + y3r,
        a1i = y2i + y3i,
        dr = y2r - y3r,
        di = y2i - y3i;
      // Undo: x0 + x2 = a0 + ..., with (x1 − x3) = i·(y2 − y3) (conjugate of −i).
      re[i0] = a0r + a1r;
      im[i0] = a0i + a1i;
      re[i2] = a0r - a1r;
      im[i2] = a0i - a1i;
      re[i1] = br - di;
      im[i1] = bi + dr;
      re[i3] = br + di;
      im[i3] = bi - dr;
    }
  }
}

/** The last forward stage (len = 4): all twiddles are 1. */
function difRadix4Last(re: Float64Array, im: Float64Array, from: number, to: number): void {
  for (let i0 = from; i0 < to; i0 += 4) {
    const i1 = i0 + 1,
      i2 = i0 + 2,
      i3 = i0 + 3;
    const x0r = re[i0],
      x0i = im[i0],
      x1r = re[i1],
      x1i = im[i1];
    const x2r = re[i2],
      x2i = im[i2],
      x3r = re[i3],
      x3i = im[i3];
    const a0r = x0r + x2r,
      a0i = x0i + x2i,
      a1r = x0r - x2r,
      a1i = x0i - x2i;
    const a2r = x1r + x3r,
      a2i = x1i + x3i,
      d3r = x1r - x3r,
      d3i = x1i - x3i;
    re[i0] = a0r + a2r;
    im[i0] = a0i + a2i;
    re[i1] = a0r - a2r;
    im[i1] = a0i - a2i;
    re[i2] = a1r + d3i;
    im[i2] = a1i - d3r;
    re[i3] = a1r - d3i;
    im[i3] = a1i + d3r;
  }
}

/** The first inverse stage (len = 4): all twiddles are 1. */
function ditRadix4First(re: Float64Array, im: Float64Array, from: number, to: number): void {
  for (let i0 = from; i0 < to; i0 += 4) {
    const i1 = i0 + 1,
      i2 = i0 + 2,
      i3 = i0 + 3;
    const y0r = re[i0],
      y0i = im[i0],
      y1r = re[i1],
      y1i = im[i1];
    const y2r = re[i2],
      y2i = im[i2],
      y3r = re[i3],
      y3i = im[i3];
    const a0r = y0r + y1r,
      a0i = y0i + y1i,
      br = y0r - y1r,
      bi = y0i - y1i;
    const a1r = y2r + y3r,
      a1i = y2i + y3i,
      dr = y2r - y3r,
      di = y2i - y3i;
    re[i0] = a0r + a1r;
    im[i0] = a0i + a1i;
    re[i2] = a0r - a1r;
    im[i2] = a0i - a1i;
    re[i1] = br - di;
    im[i1] = bi + dr;
    re[i3] = br + di;
    im[i3] = bi - dr;
  }
}

function difRadix2(re: Float64Array, im: Float64Array, w: Float64Array, from: number, to: number, len: number): void {
  const h = len >>> 1;
  for (let start = from; start < to; start += len) {
    for (let k = 0; k < h; k++) {
      const i = start + k,
        j = i + h,
        wr = w[2 * k],
        wi = w[2 * k + 1];
      const ar = re[i],
        ai = im[i],
        br = re[j],
        bi = im[j];
      re[i] = ar + br;
      im[i] = ai + bi;
      const dr = ar - br,
        di = ai - bi;
      re[j] = dr * wr - di * wi;
      im[j] = dr * wi + di * wr;
    }
  }
}

function ditRadix2(re: Float64Array, im: Float64Array, w: Float64Array, from: number, to: number, len: number): void {
  const h = len >>> 1;
  for (let start = from; start < to; start += len) {
    for (let k = 0; k < h; k++) {
      const i = start + k,
        j = i + h;
      const wr = w[2 * k],
        wi = -w[2 * k + 1];
      const br = re[j] * wr - im[j] * wi,
        bi = re[j] * wi + im[j] * wr;
      const ar = re[i],
        ai = im[i];
      re[i] = ar + br;
      im[i] = ai + bi;
      re[j] = ar - br;
      im[j] = ai - bi;
    }
  }
}

/** Forward DFT (sign −1) in place; output in bit-reversed order. */
export function fftForwardBitReversed(re: Float64Array, im: Float64Array): void {
  forwardStages(re, im, 0);
}

/** The forward stages from `first` on (the earlier ones already done). */
function forwardStages(re: Float64Array, im: Float64Array, first: number): void {
  const n = re.length;
  const { spans, radix2First, tables, wasm } = planOf(re, im);
  const block = Math.min(n, CACHE_BLOCK);
  const simd = simdKernels(wasm, re, im);
  const stage = (t: number, from: number, to: number) => {
    const w = wasm?.[t];
    if (spans[t] === 4 && !(radix2First && t === 0)) difRadix4Last(re, im, from, to);
    else if (simd && w)
      (radix2First && t === 0 ? simd.dif2 : simd.dif4)(re.byteOffset, im.byteOffset, w.offset, from, to, spans[t]);
    else (radix2First && t === 0 ? difRadix2 : difRadix4)(re, im, tables[t], from, to, spans[t]);
  };
  let s = first;
  for (; s < spans.length && spans[s] > block; s++) stage(s, 0, n);
  for (let b0 = 0; b0 < n; b0 += block) for (let t = s; t < spans.length; t++) stage(t, b0, b0 + block);
}

/** 32 bits of `words` from bit p (LSB first), positions outside [lo, hi) read as 0. */
function bitsAt(words: Uint32Array, lo: number, hi: number, p: number): number {
  if (p >= hi || p + 32 <= lo) return 0;
  if (p >= lo && p + 32 <= hi) {
    const s = p & 31,
      i = p >>> 5;
    return s === 0 ? words[i] : (words[i] >>> s) | (words[i + 1] << (32 - s));
  }
  let v = 0;
  for (let b = Math.max(0, lo - p), e = Math.min(32, hi - p); b < e; b++)
    v |= ((words[(p + b) >>> 5] >>> ((p + b) & 31)) & 1) << b;
  return v;
}

/**
 * fftForwardBitReversed of z[m] = bit(from + 2m) + i·bit(from + 2m + 1), m < re.length, where only bits
 * at positions in [from, from + count) ∩ [0, length) count (the others are 0). The first stage reads the
 * packed bits 32 at a time, so the input is never written out as floats.
 */
export function fftForwardBitReversedFromBits(
  words: Uint32Array,
  length: number,
  from: number,
  count: number,
  re: Float64Array,
  im: Float64Array,
): void {
  const n = re.length;
  const lo = Math.max(0, from),
    hi = Math.min(length, from + count);
  if (n < 64) {
    for (let m = 0; m < n; m++) {
      const p = from + 2 * m;
      re[m] = p >= lo && p < hi ? (words[p >>> 5] >>> (p & 31)) & 1 : 0;
      im[m] = p + 1 >= lo && p + 1 < hi ? (words[(p + 1) >>> 5] >>> ((p + 1) & 31)) & 1 : 0;
    }
    forwardStages(re, im, 0);
    return;
  }
  const { radix2First, tables } = planOf(re, im);
  const w = tables[0];
  if (radix2First) {
    const h = n >>> 1;
    for (let k0 = 0; k0 < h; k0 += 16) {
      const va = bitsAt(words, lo, hi, from + 2 * k0),
        vb = bitsAt(words, lo, hi, from + 2 * (k0 + h));
      for (let t = 0; t < 16; t++) {
        const k = k0 + t,
          sh = 2 * t;
        const ar = (va >>> sh) & 1,
          ai = (va >>> (sh + 1)) & 1,
          br = (vb >>> sh) & 1,
          bi = (vb >>> (sh + 1)) & 1;
        re[k] = ar + br;
        im[k] = ai + bi;
        const dr = ar - br,
          di = ai - bi,
          wr = w[2 * k],
          wi = w[2 * k + 1];
        re[k + h] = dr * wr - di * wi;
        im[k + h] = dr * wi + di * wr;
      }
    }
  } else {
    const q = n >>> 2;
    for (let k0 = 0; k0 < q; k0 += 16) {
      const p0 = from + 2 * k0;
      const v0 = bitsAt(words, lo, hi, p0),
        v1 = bitsAt(words, lo, hi, p0 + 2 * q);
      const v2 = bitsAt(words, lo, hi, p0 + 4 * q),
        v3 = bitsAt(words, lo, hi, p0 + 6 * q);
      for (let t = 0; t < 16; t++) {
        const k = k0 + t,
          sh = 2 * t;
        const x0r = (v0 >>> sh) & 1,
          x0i = (v0 >>> (sh + 1)) & 1,
          x1r = (v1 >>> sh) & 1,
          x1i = (v1 >>> (sh + 1)) & 1;
        const x2r = (v2 >>> sh) & 1,
          x2i = (v2 >>> (sh + 1)) & 1,
          x3r = (v3 >>> sh) & 1,
          x3i = (v3 >>> (sh + 1)) & 1;
        const a0r = x0r + x2r,
          a0i = x0i + x2i,
          a1r = x0r - x2r,
          a1i = x0i - x2i;
        const a2r = x1r + x3r,
          a2i = x1i + x3i,
          d3r = x1r - x3r,
          d3i = x1i - x3i;
        const tt = 6 * k;
        const w1r = w[tt],
          w1i = w[tt + 1],
          w2r = w[tt + 2],
          w2i = w[tt + 3],
          w3r = w[tt + 4],
          w3i = w[tt + 5];
        const i1 = k + q,
          i2 = i1 + q,
          i3 = i2 + q;
        re[k] = a0r + a2r;
        im[k] = a0i + a2i;
        const br = a0r - a2r,
          bi = a0i - a2i;
        re[i1] = br * w2r - bi * w2i;
        im[i1] = br * w2i + bi * w2r;
        const pr = a1r + d3i,
          pi = a1i - d3r;
        re[i2] = pr * w1r - pi * w1i;
        im[i2] = pr * w1i + pi * w1r;
        const mr = a1r - d3i,
          mi = a1i + d3r;
        re[i3] = mr * w3r - mi * w3i;
        im[i3] = mr * w3i + mi * w3r;
      }
    }
  }
  forwardStages(re, im, 1);
}

/** Unscaled inverse DFT (sign +1) in place; input in bit-reversed order, output natural. */
export function fftInverseFromBitReversed(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  const { spans, radix2First, tables, wasm } = planOf(re, im);
  const block = Math.min(n, CACHE_BLOCK);
  const simd = simdKernels(wasm, re, im);
  const stage = (t: number, from: number, to: number) => {
    const w = wasm?.[t];
    if (spans[t] === 4 && !(radix2First && t === 0)) ditRadix4First(re, im, from, to);
    else if (simd && w)
      (radix2First && t === 0 ? simd.dit2 : simd.dit4)(re.byteOffset, im.byteOffset, w.offset, from, to, spans[t]);
    else (radix2First && t === 0 ? ditRadix2 : ditRadix4)(re, im, tables[t], from, to, spans[t]);
  };
  let first = spans.length;
  while (first > 0 && spans[first - 1] <= block) first--;
  for (let b0 = 0; b0 < n; b0 += block) for (let t = spans.length - 1; t >= first; t--) stage(t, b0, b0 + block);
  for (let t = first - 1; t >= 0; t--) stage(t, 0, n);
}

/** Index of the mirror partner of bit-reversed position p: the slot holding frequency (n − k) mod n. */
export function bitReversedMirror(p: number): number {
  if (p < 2) return p;
  const hi = 1 << (31 - Math.clz32(p));
  return 3 * hi - 1 - p;
}

/** Natural-order forward (or unscaled inverse) DFT, for tests and small transforms. */
export function fftInPlace(re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length;
  checkSize(n);
  const bits = Math.log2(n);
  const rev = (i: number) => {
    let r = 0;
    for (let b = 0; b < bits; b++) r |= ((i >>> b) & 1) << (bits - 1 - b);
    return r;
  };
  if (!inverse) {
    fftForwardBitReversed(re, im);
    for (let i = 0; i < n; i++) {
      const j = rev(i);
      if (j > i) {
        let t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const j = rev(i);
      if (j > i) {
        let t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    fftInverseFromBitReversed(re, im);
  }
}

/** e^(+2πi·rev_M(j)/L) for j < M = L/2, in bit-reversed order: the twiddles of the real-data packing. */
const packTwiddles = new Map<number, Float64Array>();

let packSize = 0;
let packTable: Float64Array = new Float64Array(0);

/** The table for `size`; the last one is kept in plain variables (no Map look-up on the hot path). */
function packTwiddlesFor(size: number): Float64Array {
  if (size !== packSize) {
    packTable = packTwiddles.get(size) ?? makePackTwiddles(size);
    packSize = size;
  }
  return packTable;
}

/** Builds and caches a packing table (kept out of packTwiddlesFor so the hot path stays tiny). */
function makePackTwiddles(size: number): Float64Array {
  const m = size >>> 1,
    bits = Math.log2(m);
  const t = new Float64Array(2 * m);
  for (let j = 0; j < m; j++) {
    let k = 0;
    for (let b = 0; b < bits; b++) k |= ((j >>> b) & 1) << (bits - 1 - b);
    const a = (2 * Math.PI * k) / size;
    t[2 * j] = Math.cos(a);
    t[2 * j + 1] = Math.sin(a);
  }
  if (packTwiddles.size > 6) packTwiddles.clear();
  packTwiddles.set(size, t);
  return t;
}

/**
 * Spectrum of a real sequence x (length L) in bit-reversed order, from one complex transform of
 * half the length: z[m] = x[2m] + i·x[2m+1]. x is read; re/im (length L) receive the spectrum;
 * zr/zi (length L/2) are work arrays.
 */
export function realSpectrumBitReversed(
  x: Float64Array,
  re: Float64Array,
  im: Float64Array,
  zr: Float64Array,
  zi: Float64Array,
): void {
  const size = x.length,
    m = size >>> 1;
  for (let i = 0; i < m; i++) {
    zr[i] = x[2 * i];
    zi[i] = x[2 * i + 1];
  }
  fftForwardBitReversed(zr, zi);
  const tw = packTwiddlesFor(size);
  for (let j = 0; j < m; j++) {
    const q = bitReversedMirror(j);
    const ar = 0.5 * (zr[j] + zr[q]),
      ai = 0.5 * (zi[j] - zi[q]); // (Z[k] + conj Z[−k]) / 2
    const br = 0.5 * (zi[j] + zi[q]),
      bi = -0.5 * (zr[j] - zr[q]); // (Z[k] − conj Z[−k]) / 2i
    const wr = tw[2 * j],
      wi = -tw[2 * j + 1]; // W_L^k = e^(−2πik/L)
    const tr = wr * br - wi * bi,
      ti = wr * bi + wi * br;
    re[2 * j] = ar + tr;
    im[2 * j] = ai + ti;
    re[2 * j + 1] = ar - tr;
    im[2 * j + 1] = ai - ti;
  }
}

/**
 * Unscaled inverse of a Hermitian spectrum X (bit-reversed order, length L): the real sequence
 * Σ_k X[k]·e^(+2πikn/L), written to out (length L), from one complex transform of half the length.
 * zr/zi (length L/2) are work arrays.
 */
export function realInverseFromBitReversed(
  re: Float64Array,
  im: Float64Array,
  out: Float64Array,
  zr: Float64Array,
  zi: Float64Array,
): void {
  const size = re.length,
    m = size >>> 1;
  const tw = packTwiddlesFor(size);
  for (let j = 0; j < m; j++) {
    const xr = re[2 * j],
      xi = im[2 * j],
      yr = re[2 * j + 1],
      yi = im[2 * j + 1];
    const dr = xr - yr,
      di = xi - yi;
    const wr = tw[2 * j],
      wi = tw[2 * j + 1]; // W_L^−k
    const br = dr * wr - di * wi,
      bi = dr * wi + di * wr;
    zr[j] = xr + yr - bi; // A + i·B
    zi[j] = xi + yi + br;
  }
  fftInverseFromBitReversed(zr, zi);
  for (let i = 0; i < m; i++) {
    out[2 * i] = zr[i];
    out[2 * i + 1] = zi[i];
  }
}

/**
 * In place: (re, im) of length T hold a real sequence x of length 2T as re[m] = x[2m], im[m] = x[2m+1];
 * afterwards they hold its spectrum X[k] for k < T in bit-reversed order (slot j has k = rev_T(j)), with
 * slot 0 packed as (X[0], X[T]) (both real). The other half follows from X[2T − k] = conj X[k].
 */
export function realForwardPacked(re: Float64Array, im: Float64Array): void {
  fftForwardBitReversed(re, im);
  unpackRealSpectrum(re, im);
}

/** realForwardPacked of the real sequence x[i] = bit(from + i) (bits as in fftForwardBitReversedFromBits). */
export function realForwardPackedFromBits(
  words: Uint32Array,
  length: number,
  from: number,
  count: number,
  re: Float64Array,
  im: Float64Array,
): void {
  fftForwardBitReversedFromBits(words, length, from, count, re, im);
  unpackRealSpectrum(re, im);
}

/** From the bit-reversed FFT of z[m] = x[2m] + i·x[2m+1] to the packed spectrum of x, in place. */
function unpackRealSpectrum(re: Float64Array, im: Float64Array): void {
  const size = re.length;
  const tw = packTwiddlesFor(2 * size);
  const z0r = re[0],
    z0i = im[0];
  re[0] = z0r + z0i;
  im[0] = z0r - z0i;
  im[1] = -im[1]; // k = T/2: X = Zr − i·Zi
  // Slots j ∈ [hi, 1.5·hi) and their mirrors q = 3·hi − 1 − j hold frequencies k and T − k.
  for (let hi = 2; hi < size; hi <<= 1) {
    const end = hi + (hi >>> 1);
    for (let j = hi, q = 2 * hi - 1; j < end; j++, q--) {
      const zjr = re[j],
        zji = im[j],
        zqr = re[q],
        zqi = im[q];
      const ar = 0.5 * (zjr + zqr),
        ai = 0.5 * (zji - zqi); // (Z[k] + conj Z[−k]) / 2
      const br = 0.5 * (zji + zqi),
        bi = 0.5 * (zqr - zjr); // (Z[k] − conj Z[−k]) / 2i
      const wr = tw[2 * j],
        wi = -tw[2 * j + 1]; // W^k = e^(−2πik/2T)
      const tr = wr * br - wi * bi,
        ti = wr * bi + wi * br;
      re[j] = ar + tr;
      im[j] = ai + ti; // X[k] = A + W^k·B
      re[q] = ar - tr;
      im[q] = ti - ai; // X[T − k] = conj(A − W^k·B)
    }
  }
}

/**
 * Inverse of realForwardPacked, unscaled (×2T): from a spectrum in its packed layout, in place, the real
 * sequence y of length 2T with y[2m] in re[m] and y[2m+1] in im[m].
 */
export function realInversePacked(re: Float64Array, im: Float64Array): void {
  repackForInverse(re, im);
  fftInverseFromBitReversed(re, im);
}

/** The half-length complex input of realInversePacked's transform, in place. (A separate function: an
 *  optimised loop followed by a not-yet-seen call deoptimised on every call.) */
function repackForInverse(re: Float64Array, im: Float64Array): void {
  const size = re.length;
  const tw = packTwiddlesFor(2 * size);
  const x0 = re[0],
    xt = im[0];
  re[0] = x0 + xt;
  im[0] = x0 - xt;
  re[1] = 2 * re[1];
  im[1] = -2 * im[1];
  for (let hi = 2; hi < size; hi <<= 1) {
    const end = hi + (hi >>> 1);
    for (let j = hi, q = 2 * hi - 1; j < end; j++, q--) {
      const xr = re[j],
        xi = im[j],
        yr = re[q],
        yi = -im[q]; // X[k], X[k + T] = conj X[T − k]
      const dr = xr - yr,
        di = xi - yi;
      const wr = tw[2 * j],
        wi = tw[2 * j + 1]; // W^(−k)
      const br = dr * wr - di * wi,
        bi = dr * wi + di * wr;
      const sr = xr + yr,
        si = xi + yi;
      re[j] = sr - bi;
      im[j] = si + br;
      re[q] = sr + bi;
      im[q] = br - si;
    }
  }
}
