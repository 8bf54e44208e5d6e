// Privacy amplification: the final key is T·key over GF(2) for a random ℓ×n Toeplitz matrix T given by
// n + ℓ − 1 public random bits. The product is a convolution, computed exactly with a float64 FFT and
// taken mod 2; the rounding is checked on every coefficient and the product split in two when unsafe.
// Blocks beyond 2^21 transform points are tiled into Toeplitz sub-products to bound memory.
import { PackedBits } from '../common/bits';
import { bitReversedMirror, fftForwardBitReversed, fftInverseFromBitReversed, realInverseFromBitReversed, realSpectrumBitReversed } from './fft';

/** Tile side for very large blocks: transforms stay at or below 2^21 points. */
export const TILE = 1 << 20;

/** Largest distance of a convolution coefficient from an integer that we still trust. */
export const MAX_ROUNDING_ERROR = 0.25;

export interface ToeplitzResult {
  out: PackedBits;
  /** Worst distance to the nearest integer seen over all accepted FFT products. */
  maxRoundingError: number;
  /** Column splits forced by unsafe rounding (0 normally). */
  splits: number;
}

/** out_i = Σ_j seed[i − j + n − 1]·key[j] mod 2, i < ℓ: the direct O(n·ℓ) product (tests, tiny blocks). */
export function toeplitzDirect(seed: PackedBits, key: PackedBits, outBits: number): PackedBits {
  const n = key.length;
  if (seed.length !== n + outBits - 1) throw new RangeError(`a Toeplitz seed for ${outBits}×${n} needs ${n + outBits - 1} bits`);
  const out = new PackedBits(outBits);
  for (let i = 0; i < outBits; i++) {
    let p = 0;
    for (let j = 0; j < n; j++) p ^= seed.get(i - j + n - 1) & key.get(j);
    out.set(i, p);
  }
  return out;
}

function bitsToFloat(src: PackedBits, from: number, count: number, dst: Float64Array): void {
  const w = src.words;
  for (let k = 0; k < count; k++) {
    const i = from + k;
    dst[k] = (w[i >>> 5] >>> (i & 31)) & 1;
  }
}

interface Accumulator { err: number; splits: number; limit: number }

/** Work arrays reused between calls of one size (a 10^6-bit block needs eight of 16 MiB each). */
let scratchSize = 0;
let scratch: Float64Array[] = [];

/** `count` work arrays of `size`; only the first `zeroed` are cleared (the others are fully overwritten). */
function workArrays(size: number, count: number, zeroed: number): Float64Array[] {
  if (scratchSize !== size) { scratch = []; scratchSize = size; }
  while (scratch.length < count) scratch.push(new Float64Array(size));
  for (let i = 0; i < zeroed; i++) scratch[i].fill(0);
  return scratch.slice(0, count);
}

/**
 * FFT product of the columns [c0, c1) for one or two keys (seed bits from the matching slice); XORs
 * the bits into outs. Forward: FFT(t + i·k0) gives both spectra T and K0, a half-length FFT gives K1;
 * inverse: IFFT(T·K0 + i·T·K1) has the first product in its real part and the second in its imaginary
 * part; with one key, T·K0 is Hermitian and a half-length inverse gives the real result.
 */
function productFft(seed: PackedBits, keys: readonly PackedBits[], r0: number, r1: number, c0: number, c1: number, outs: PackedBits[], acc: Accumulator): void {
  const n = keys[0].length, h = c1 - c0, outBits = r1 - r0;
  // Rows r0..r1 × columns c0..c1 of T form a Toeplitz matrix with seed t'[x] = seed[x + r0 − c1 + n],
  // x < h + rows − 1.
  const seedFrom = r0 - c1 + n, seedLen = h + outBits - 1;
  // At least 8 points: the half-length transforms of the real-data packing need 4.
  let size = 8;
  while (size < seedLen) size <<= 1;
  const two = keys.length > 1;
  // re, im (and pr, the second key's input) hold zero-padded data; the rest is written in full.
  const [re, im, pr, pi, re2, im2, zr, zi] = workArrays(size, 8, two ? 3 : 2);
  bitsToFloat(seed, seedFrom, seedLen, re);
  bitsToFloat(keys[0], c0, h, im);
  fftForwardBitReversed(re, im);
  if (two) {
    // The second key's spectrum from a half-length transform (real-data packing).
    bitsToFloat(keys[1], c0, h, pr);
    realSpectrumBitReversed(pr, re2, im2, zr.subarray(0, size >>> 1), zi.subarray(0, size >>> 1));
  }
  // Pointwise products in bit-reversed order: slot m = mirror(p) holds frequency −k of slot p.
  for (let p = 0; p < size; p++) {
    const m = bitReversedMirror(p);
    const zr0 = re[p], zi0 = im[p], cr = re[m], ci = -im[m];
    const tr = 0.5 * (zr0 + cr), ti = 0.5 * (zi0 + ci);
    const kr = 0.5 * (zi0 - ci), ki = -0.5 * (zr0 - cr);
    let ar = tr * kr - ti * ki, ai = tr * ki + ti * kr;
    if (two) {
      const er = re2[p], ei = im2[p];
      const br = tr * er - ti * ei, bi = tr * ei + ti * er;
      ar -= bi; ai += br;
    }
    pr[p] = ar; pi[p] = ai;
  }
  // One product: its inverse is real, so a half-length transform does. Two: real and imaginary parts.
  let conv0 = pr;
  if (two) fftInverseFromBitReversed(pr, pi);
  else {
    realInverseFromBitReversed(pr, pi, re, zr.subarray(0, size >>> 1), zi.subarray(0, size >>> 1));
    conv0 = re;
  }
  const scale = 1 / size;
  let worst = 0;
  const vals = new Uint8Array(outBits), vals2 = new Uint8Array(two ? outBits : 0);
  for (let i = 0; i < outBits; i++) {
    const c = conv0[i + h - 1] * scale;
    const r = Math.round(c);
    const e = Math.abs(c - r);
    if (e > worst) worst = e;
    vals[i] = r & 1;
    if (two) {
      const c2 = pi[i + h - 1] * scale;
      const r2 = Math.round(c2);
      const e2 = Math.abs(c2 - r2);
      if (e2 > worst) worst = e2;
      vals2[i] = r2 & 1;
    }
  }
  if (worst > acc.limit && h > 1) {
    // Too close to a half-integer to trust: halve the transform (smaller sums, smaller errors).
    acc.splits++;
    const mid = c0 + (h >>> 1);
    productFft(seed, keys, r0, r1, c0, mid, outs, acc);
    productFft(seed, keys, r0, r1, mid, c1, outs, acc);
    return;
  }
  if (worst > acc.err) acc.err = worst;
  for (let i = 0; i < outBits; i++) {
    const g = r0 + i;
    if (vals[i]) outs[0].words[g >>> 5] ^= 1 << (g & 31);
    if (two && vals2[i]) outs[1].words[g >>> 5] ^= 1 << (g & 31);
  }
}

export interface ToeplitzManyResult {
  outs: PackedBits[];
  maxRoundingError: number;
  splits: number;
}

/** T·key mod 2 for one or two keys with the same matrix, by FFT convolution with checked rounding. */
export function toeplitzHashKeys(seed: PackedBits, keys: readonly PackedBits[], outBits: number, maxRoundingError = MAX_ROUNDING_ERROR, tileSide = TILE): ToeplitzManyResult {
  if (keys.length < 1 || keys.length > 2) throw new RangeError('toeplitzHashKeys takes one or two keys');
  const n = keys[0].length;
  if (keys.some((k) => k.length !== n)) throw new RangeError('keys hashed together must have one length');
  if (seed.length !== n + outBits - 1) throw new RangeError(`a Toeplitz seed for ${outBits}×${n} needs ${n + outBits - 1} bits`);
  const outs = keys.map(() => new PackedBits(outBits));
  const acc = { err: 0, splits: 0, limit: maxRoundingError };
  // Large blocks are cut into tiles of at most TILE rows × TILE columns, so no transform exceeds
  // 2·TILE points (memory: eight work arrays of 16 MiB at most), whatever the block size.
  const tile = n + outBits - 1 <= 2 * tileSide ? Math.max(n, outBits) : tileSide;
  for (let r0 = 0; r0 < outBits; r0 += tile) {
    for (let c0 = 0; c0 < n; c0 += tile) productFft(seed, keys, r0, Math.min(outBits, r0 + tile), c0, Math.min(n, c0 + tile), outs, acc);
  }
  return { outs, maxRoundingError: acc.err, splits: acc.splits };
}

/** T·key mod 2 by FFT convolution, bit-exact (checked rounding). */
export function toeplitzHash(seed: PackedBits, key: PackedBits, outBits: number, maxRoundingError = MAX_ROUNDING_ERROR): ToeplitzResult {
  const r = toeplitzHashKeys(seed, [key], outBits, maxRoundingError);
  return { out: r.outs[0], maxRoundingError: r.maxRoundingError, splits: r.splits };
}
