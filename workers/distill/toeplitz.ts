// Privacy amplification: the final key is T·key over GF(2) for a random ℓ×n Toeplitz matrix T given by
// n + ℓ − 1 public random bits. The product is a convolution, computed exactly with a float64 FFT and
// taken mod 2; the rounding is checked on every coefficient and the product split in two when unsafe.
// Large products are cut into square Toeplitz blocks whose small transforms stay in cache (spectra reused,
// products summed per output tile); beyond 2^20 × 2^20 they are first tiled to bound memory.
import { PackedBits } from '../common/bits';
import {
  bitReversedMirror,
  fftForwardBitReversed,
  fftInverseFromBitReversed,
  prepareTransform,
  realForwardPackedFromBits,
  realInverseFromBitReversed,
  realInversePacked,
  realSpectrumBitReversed,
} from './fft';
import { wasmHeap, type Region, type WasmHeap } from './wasmHeap';

/** Tile side for very large blocks: transforms stay at or below 2^21 points. */
export const TILE = 1 << 20;

/** Largest distance of a convolution coefficient from an integer that we still trust. */
export const MAX_ROUNDING_ERROR = 0.25;

/**
 * A priori bound on the rounding error of a float64 FFT cyclic convolution z = x ⊛ y of length 2^k
 * (Percival 2003, Theorem 5.1): ‖z′ − z‖∞ < ‖x‖₂·‖y‖₂·[(1 + ε)^3k·(1 + ε√5)^(3k+1)·(1 + β)^3k − 1], with
 * ε = 2^−53 and β the error of the twiddle factors (Math.cos/sin: β ≤ 2ε taken). `levels` is k; callers
 * add one level per real-data packing step.
 */
export function fftConvolutionErrorBound(levels: number, normProduct: number): number {
  const eps = 2 ** -53,
    beta = 2 * eps,
    k3 = 3 * levels;
  return (
    normProduct * Math.expm1(k3 * Math.log1p(eps) + (k3 + 1) * Math.log1p(eps * Math.sqrt(5)) + k3 * Math.log1p(beta))
  );
}

/**
 * The bound for the largest products this file computes, for 0/1 inputs (‖x‖₂ ≤ √(ones)): the single
 * transform of up to 2·TILE complex points with the seed and two keys packed (2^22 points counted, ×2
 * for the two keys in one inverse), and the blocked product (2·MAX_BLOCK-point real transforms, +1 level
 * for the packing, summed over the TILE/MAX_BLOCK column blocks of a tile). Exactness needs < ½; the
 * code also checks every coefficient against MAX_ROUNDING_ERROR (¼) at run time.
 */
export function worstCaseRoundingBound(): number {
  const single = 2 * fftConvolutionErrorBound(Math.log2(4 * TILE), Math.sqrt(2 * TILE) * Math.sqrt(TILE));
  const blocks = TILE / MAX_BLOCK;
  const blocked =
    blocks * fftConvolutionErrorBound(Math.log2(2 * MAX_BLOCK) + 1, Math.sqrt(2 * MAX_BLOCK) * Math.sqrt(MAX_BLOCK));
  return Math.max(single, blocked);
}

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
  if (seed.length !== n + outBits - 1)
    throw new RangeError(`a Toeplitz seed for ${outBits}×${n} needs ${n + outBits - 1} bits`);
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

interface Accumulator {
  err: number;
  splits: number;
  limit: number;
}

/**
 * Float64 storage on the WebAssembly heap when there is one (the FFT stages then run as SIMD kernels on it in
 * place), else a plain array. It keeps the largest capacity asked for; array() must be taken again after
 * anything that may allocate on the heap (a growing memory detaches earlier views).
 */
class F64Store {
  private region: Region | null = null;
  private owner: WasmHeap | null = null;
  private plain = new Float64Array(0);

  /** Capacity for `doubles` values (contents are lost when it has to move). */
  reserve(doubles: number): void {
    const heap = wasmHeap();
    if (heap) {
      if (this.region && this.owner === heap && this.region.bytes >= doubles * 8) return;
      if (this.region && this.owner) this.owner.release(this.region);
      this.region = heap.alloc(doubles);
      this.owner = heap;
      this.plain = new Float64Array(0);
      return;
    }
    if (this.region && this.owner) this.owner.release(this.region);
    this.region = null;
    if (this.plain.length < doubles) this.plain = new Float64Array(doubles);
  }

  /** The whole storage as one array on the current memory. */
  array(): Float64Array {
    return this.region && this.owner ? this.owner.f64(this.region) : this.plain;
  }
}

/** Work arrays of productFft, reused between calls (a 10^6-bit block needs eight of 16 MiB each). */
const work = new F64Store();

/** `count` work arrays of `size`; only the first `zeroed` are cleared (the others are fully overwritten). The
 *  transforms of this size and half of it are prepared first, so their tables cannot move the arrays. */
function workArrays(size: number, count: number, zeroed: number): Float64Array[] {
  prepareTransform(size);
  prepareTransform(size >>> 1);
  work.reserve(size * count);
  const all = work.array();
  const arrays = Array.from({ length: count }, (_, i) => all.subarray(i * size, (i + 1) * size));
  for (let i = 0; i < zeroed; i++) arrays[i].fill(0);
  return arrays;
}

/**
 * FFT product of the columns [c0, c1) for one or two keys (seed bits from the matching slice); XORs
 * the bits into outs. Forward: FFT(t + i·k0) gives both spectra T and K0, a half-length FFT gives K1;
 * inverse: IFFT(T·K0 + i·T·K1) has the first product in its real part and the second in its imaginary
 * part; with one key, T·K0 is Hermitian and a half-length inverse gives the real result.
 */
function productFft(
  seed: PackedBits,
  keys: readonly PackedBits[],
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  outs: PackedBits[],
  acc: Accumulator,
): void {
  const n = keys[0].length,
    h = c1 - c0,
    outBits = r1 - r0;
  // Rows r0..r1 × columns c0..c1 of T form a Toeplitz matrix with seed t'[x] = seed[x + r0 − c1 + n],
  // x < h + rows − 1.
  const seedFrom = r0 - c1 + n,
    seedLen = h + outBits - 1;
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
    const zr0 = re[p],
      zi0 = im[p],
      cr = re[m],
      ci = -im[m];
    const tr = 0.5 * (zr0 + cr),
      ti = 0.5 * (zi0 + ci);
    const kr = 0.5 * (zi0 - ci),
      ki = -0.5 * (zr0 - cr);
    let ar = tr * kr - ti * ki,
      ai = tr * ki + ti * kr;
    if (two) {
      const er = re2[p],
        ei = im2[p];
      const br = tr * er - ti * ei,
        bi = tr * ei + ti * er;
      ar -= bi;
      ai += br;
    }
    pr[p] = ar;
    pi[p] = ai;
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
  const vals = new Uint8Array(outBits),
    vals2 = new Uint8Array(two ? outBits : 0);
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

/** Largest side of the Toeplitz blocks of the blocked product: real transforms of 2^20 points. */
export const MAX_BLOCK = 1 << 19;

/**
 * Block side (a power of two) for a rows × cols product with nk keys, from a cost model: B-point complex
 * FFTs cost ~(log2 B + 2)·B each (the +2: real-data packing, bit unpacking, rounding), a pointwise
 * multiply-add ~1.5 FFT point-stages. Returns 0 when one transform of the whole product is the
 * cheaper choice (the product fits one block). Measured on 10^6 × 5·10^5 (picked: 2^19): 2^18 is 1–3 %
 * slower, 2^17 ~10 %, 2^16 ~13 %; on 10^5 × 5·10^4, 2^12–2^16 are alike.
 */
export function chooseBlock(rows: number, cols: number, nk: number): number {
  let best = 0,
    bestCost = Infinity;
  for (let lg = 10; lg <= Math.log2(MAX_BLOCK); lg++) {
    const B = 1 << lg,
      nr = Math.ceil(rows / B),
      nc = Math.ceil(cols / B);
    if (nr === 1 && nc === 1) break;
    const cost = (nk * (nc + nr) + nr + nc - 1) * B * (lg + 2) + nk * nr * nc * B * 1.5;
    if (cost < bestCost) {
      bestCost = cost;
      best = B;
    }
  }
  return best;
}

/** s[ar + j] + i·s[ai + j] += (s[ur + j] + i·s[ui + j])·(s[kr + j] + i·s[ki + j]) for j ∈ [j0, j1). */
function multiplyAdd(
  s: Float64Array,
  ar: number,
  ai: number,
  ur: number,
  ui: number,
  kr: number,
  ki: number,
  j0: number,
  j1: number,
): void {
  for (let j = j0; j < j1; j++) {
    const xr = s[ur + j],
      xi = s[ui + j],
      yr = s[kr + j],
      yi = s[ki + j];
    s[ar + j] += xr * yr - xi * yi;
    s[ai + j] += xr * yi + xi * yr;
  }
}

/** multiplyAdd for two column chunks at once: K at kr and kr + per, U at ur and ur − per. */
function multiplyAdd2(
  s: Float64Array,
  ar: number,
  ai: number,
  ur: number,
  kr: number,
  per: number,
  imAt: number,
  j0: number,
  j1: number,
): void {
  const ui = ur + imAt,
    ki = kr + imAt,
    vr = ur - per,
    vi = ui - per,
    lr = kr + per,
    li = ki + per;
  for (let j = j0; j < j1; j++) {
    const xr = s[ur + j],
      xi = s[ui + j],
      yr = s[kr + j],
      yi = s[ki + j];
    const pr = s[vr + j],
      pi = s[vi + j],
      qr = s[lr + j],
      qi = s[li + j];
    s[ar + j] += xr * yr - xi * yi + (pr * qr - pi * qi);
    s[ai + j] += xr * yi + xi * yr + (pr * qi + pi * qr);
  }
}

/** Spectra of the blocked product, kept between calls (grown to the largest seen: 40 MiB for one key on
 *  10^6 × 5·10^5, 64 MiB for two, ≤ 88 MiB for a 2^20 × 2^20 tile with two keys; the single transform of
 *  a 10^6-bit block used 128 MiB). */
const spectra = new F64Store();

/**
 * Blocked product of rows [r0, r1) × columns [c0, c1) for one or two keys (XORs the bits into outs).
 * Cut into blocks of side B: block (r, c) is a Toeplitz matrix whose 2B − 1 seed bits depend only on
 * d = r − c, so the spectra of all key chunks (nc) and all seed segments (nr + nc − 1) are computed once
 * (real transforms of 2B points, B-point complex FFTs that stay in cache), output tile r sums
 * U_(r−c)·K_c over c in the frequency domain and needs one inverse transform. The sums are exact
 * integers ≤ c1 − c0; a tile whose rounding is unsafe is recomputed by productFft (which splits).
 */
function productBlocked(
  seed: PackedBits,
  keys: readonly PackedBits[],
  r0: number,
  r1: number,
  c0: number,
  c1: number,
  side: number,
  outs: PackedBits[],
  acc: Accumulator,
): void {
  const n = keys[0].length,
    nk = keys.length;
  const B = side,
    nr = Math.ceil((r1 - r0) / B),
    nc = Math.ceil((c1 - c0) / B),
    nd = nr + nc - 1;
  // One spectrum: re[0, B), a gap, im[0, B), a gap. The gaps keep the many spectra read together in
  // the pointwise loop off the same cache sets (their power-of-two spacing would alias).
  const imAt = B + 24,
    per = 2 * B + 72;
  const need = per * (nk * nc + nd + nk * nr);
  prepareTransform(B);
  spectra.reserve(need);
  let s = spectra.array();
  const kOff = (k: number, c: number) => per * (k * nc + c);
  const uOff = (d: number) => per * (nk * nc + d); // d + nc − 1 ∈ [0, nd)
  const aOff = (k: number, r: number) => per * (nk * nc + nd + k * nr + r);
  const view = (off: number): [Float64Array, Float64Array] => [
    s.subarray(off, off + B),
    s.subarray(off + imAt, off + imAt + B),
  ];
  for (let k = 0; k < nk; k++) {
    for (let c = 0; c < nc; c++) {
      const [re, im] = view(kOff(k, c));
      realForwardPackedFromBits(keys[k].words, n, c0 + c * B, Math.min(B, c1 - c0 - c * B), re, im);
    }
  }
  // Block (r, c): out[r0 + rB + a] += Σ_b seed[base + (r − c)B + a − b]·key[c0 + cB + b], a, b < B; with
  // u_d[x] = seed[base + dB − B + 1 + x], x < 2B − 1, the sum is the circular convolution (u_d ∗ k_c)[a + B − 1].
  const base = r0 - c0 + n - 1;
  for (let i = 0; i < nd; i++) {
    const d = i - (nc - 1);
    const [re, im] = view(uOff(i));
    realForwardPackedFromBits(seed.words, seed.length, base + d * B - B + 1, 2 * B - 1, re, im);
  }
  // Pointwise products, bin block by bin block so the spectra in use stay in cache.
  let bins = 64;
  while (bins < B && bins * (nk * (nc + nr) + nd) * 16 < 1 << 18) bins <<= 1;
  for (let k = 0; k < nk; k++) {
    for (let r = 0; r < nr; r++) {
      const ao = aOff(k, r);
      s.fill(0, ao, ao + per);
      for (let c = 0; c < nc; c++) {
        const ko = kOff(k, c),
          uo = uOff(r - c + nc - 1);
        s[ao] += s[uo] * s[ko]; // packed slot 0: X[0] and X[B] are real
        s[ao + imAt] += s[uo + imAt] * s[ko + imAt];
      }
    }
  }
  for (let j0 = 1; j0 < B; j0 += bins) {
    const j1 = Math.min(B, j0 + bins);
    for (let k = 0; k < nk; k++) {
      for (let r = 0; r < nr; r++) {
        const ar = aOff(k, r),
          ai = ar + imAt;
        let c = 0;
        for (; c + 1 < nc; c += 2) multiplyAdd2(s, ar, ai, uOff(r - c + nc - 1), kOff(k, c), per, imAt, j0, j1);
        if (c < nc) {
          const kr = kOff(k, c),
            ur = uOff(r - c + nc - 1);
          multiplyAdd(s, ar, ai, ur, ur + imAt, kr, kr + imAt, j0, j1);
        }
      }
    }
  }
  const scale = 1 / (2 * B);
  const rowWords = (B + 31) >>> 5;
  if (tileBits.length < nk * rowWords) tileBits = new Uint32Array(nk * rowWords);
  for (let r = 0; r < nr; r++) {
    const rows = Math.min(B, r1 - r0 - r * B);
    let worst = 0;
    for (let k = 0; k < nk; k++) {
      const [re, im] = view(aOff(k, r));
      realInversePacked(re, im);
      const e = roundToBits(re, im, B, rows, scale, tileBits, k * rowWords);
      if (e > worst) worst = e;
    }
    const g0 = r0 + r * B;
    if (worst > acc.limit) {
      acc.splits++;
      productFft(seed, keys, g0, g0 + rows, c0, c1, outs, acc);
      // productFft's work arrays and tables may have grown the heap (and evicted this size's tables).
      prepareTransform(B);
      s = spectra.array();
      continue;
    }
    if (worst > acc.err) acc.err = worst;
    for (let k = 0; k < nk; k++) xorBitsInto(outs[k].words, g0, tileBits, k * rowWords, rows);
  }
}

/** Packed output bits of the tiles, reused between calls. */
let tileBits = new Uint32Array(0);

/**
 * Bits a < rows of a tile from its real inverse y (unscaled, ×2B; y[2m] in re[m], y[2m + 1] in im[m]):
 * bit a = round(y[a + B − 1]·scale) mod 2, packed LSB first into words[at…]. B is even, so even a read
 * im[a/2 + B/2 − 1] and odd a read re[(a − 1)/2 + B/2]. Returns the largest distance to an integer.
 */
function roundToBits(
  re: Float64Array,
  im: Float64Array,
  B: number,
  rows: number,
  scale: number,
  words: Uint32Array,
  at: number,
): number {
  const h = B >>> 1;
  let worst = 0;
  const full = rows >>> 5;
  for (let w = 0; w < full; w++) {
    let bits = 0;
    for (let t = 0, m = 16 * w; t < 32; t += 2, m++) {
      const c0 = im[m + h - 1] * scale,
        c1 = re[m + h] * scale;
      const r0 = Math.round(c0),
        r1 = Math.round(c1);
      const e = Math.max(Math.abs(c0 - r0), Math.abs(c1 - r1));
      if (e > worst) worst = e;
      bits |= ((r0 & 1) << t) | ((r1 & 1) << (t + 1));
    }
    words[at + w] = bits;
  }
  if (rows & 31) {
    let bits = 0;
    for (let a = full * 32; a < rows; a++) {
      const m = a >>> 1;
      const c = ((a & 1) === 0 ? im[m + h - 1] : re[m + h]) * scale;
      const r = Math.round(c);
      const e = Math.abs(c - r);
      if (e > worst) worst = e;
      bits |= (r & 1) << (a & 31);
    }
    words[at + full] = bits;
  }
  return worst;
}

/** out bits [g0, g0 + count) ^= src bits [0, count) (src packed from word `at`). */
function xorBitsInto(out: Uint32Array, g0: number, src: Uint32Array, at: number, count: number): void {
  const nw = (count + 31) >>> 5,
    sh = g0 & 31,
    w0 = g0 >>> 5;
  const lastMask = (count & 31) === 0 ? 0xffffffff : (1 << (count & 31)) - 1;
  for (let i = 0; i < nw; i++) {
    const v = (i === nw - 1 ? src[at + i] & lastMask : src[at + i]) >>> 0;
    if (sh === 0) out[w0 + i] ^= v;
    else {
      out[w0 + i] ^= v << sh;
      const hi = v >>> (32 - sh);
      if (hi !== 0) out[w0 + i + 1] ^= hi;
    }
  }
}

export interface ToeplitzManyResult {
  outs: PackedBits[];
  maxRoundingError: number;
  splits: number;
}

/** T·key mod 2 for one or two keys with the same matrix, by FFT convolution with checked rounding. */
export function toeplitzHashKeys(
  seed: PackedBits,
  keys: readonly PackedBits[],
  outBits: number,
  maxRoundingError = MAX_ROUNDING_ERROR,
  tileSide = TILE,
  blockSide?: number,
): ToeplitzManyResult {
  if (keys.length < 1 || keys.length > 2) throw new RangeError('toeplitzHashKeys takes one or two keys');
  const n = keys[0].length;
  if (keys.some((k) => k.length !== n)) throw new RangeError('keys hashed together must have one length');
  if (seed.length !== n + outBits - 1)
    throw new RangeError(`a Toeplitz seed for ${outBits}×${n} needs ${n + outBits - 1} bits`);
  const outs = keys.map(() => new PackedBits(outBits));
  const acc = { err: 0, splits: 0, limit: maxRoundingError };
  // Large blocks are cut into tiles of at most TILE rows × TILE columns, so no transform exceeds
  // 2·TILE points (memory: eight work arrays of 16 MiB at most), whatever the block size.
  const tile = n + outBits - 1 <= 2 * tileSide ? Math.max(n, outBits) : tileSide;
  for (let r0 = 0; r0 < outBits; r0 += tile) {
    for (let c0 = 0; c0 < n; c0 += tile) {
      const r1 = Math.min(outBits, r0 + tile),
        c1 = Math.min(n, c0 + tile);
      const side = blockSide ?? chooseBlock(r1 - r0, c1 - c0, keys.length);
      if (side > 0 && Math.max(r1 - r0, c1 - c0) > side) productBlocked(seed, keys, r0, r1, c0, c1, side, outs, acc);
      else productFft(seed, keys, r0, r1, c0, c1, outs, acc);
    }
  }
  return { outs, maxRoundingError: acc.err, splits: acc.splits };
}

/** T·key mod 2 by FFT convolution, bit-exact (checked rounding). */
export function toeplitzHash(
  seed: PackedBits,
  key: PackedBits,
  outBits: number,
  maxRoundingError = MAX_ROUNDING_ERROR,
): ToeplitzResult {
  const r = toeplitzHashKeys(seed, [key], outBits, maxRoundingError);
  return { out: r.outs[0], maxRoundingError: r.maxRoundingError, splits: r.splits };
}
