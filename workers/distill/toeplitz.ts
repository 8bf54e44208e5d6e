// Privacy amplification: the final key is T·key over GF(2) for a random ℓ×n Toeplitz matrix T given by
// n + ℓ − 1 public random bits. The product is a convolution, computed exactly with a float64 FFT and
// taken mod 2; the rounding is checked on every coefficient and the product split in two when unsafe.
import { PackedBits } from '../common/bits';
import { fftInPlace } from './fft';

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
  for (let k = 0; k < count; k++) {
    const i = from + k;
    dst[k] = (src.words[i >>> 5] >>> (i & 31)) & 1;
  }
}

/** FFT product of the columns [c0, c1) (seed bits taken from the matching slice); XORs into out. */
function productFft(seed: PackedBits, key: PackedBits, c0: number, c1: number, outBits: number, out: PackedBits, acc: { err: number; splits: number; limit: number }): void {
  const n = key.length, h = c1 - c0;
  // Columns c0..c1 of T form a Toeplitz matrix with seed t'[x] = seed[x + n − c1], x < h + ℓ − 1.
  const seedFrom = n - c1, seedLen = h + outBits - 1;
  let size = 4;
  while (size < seedLen) size <<= 1;
  const re = new Float64Array(size), im = new Float64Array(size);
  bitsToFloat(seed, seedFrom, seedLen, re);
  bitsToFloat(key, c0, h, im);
  fftInPlace(re, im);
  // Unpack the two real spectra from Z = T + iK and multiply: P = T·K.
  const pr = new Float64Array(size), pi = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const m = (size - k) & (size - 1);
    const zr = re[k], zi = im[k], cr = re[m], ci = -im[m];
    const tr = 0.5 * (zr + cr), ti = 0.5 * (zi + ci);
    const kr = 0.5 * (zi - ci), ki = -0.5 * (zr - cr);
    pr[k] = tr * kr - ti * ki;
    pi[k] = tr * ki + ti * kr;
  }
  fftInPlace(pr, pi, true);
  const scale = 1 / size;
  let worst = 0;
  const vals = new Uint8Array(outBits);
  for (let i = 0; i < outBits; i++) {
    const c = pr[i + h - 1] * scale;
    const r = Math.round(c);
    const e = Math.abs(c - r);
    if (e > worst) worst = e;
    vals[i] = r & 1;
  }
  if (worst > acc.limit && h > 1) {
    // Too close to a half-integer to trust: halve the transform (smaller sums, smaller errors).
    acc.splits++;
    const mid = c0 + (h >>> 1);
    productFft(seed, key, c0, mid, outBits, out, acc);
    productFft(seed, key, mid, c1, outBits, out, acc);
    return;
  }
  if (worst > acc.err) acc.err = worst;
  for (let i = 0; i < outBits; i++) if (vals[i]) out.words[i >>> 5] ^= 1 << (i & 31);
}

/** T·key mod 2 by FFT convolution, bit-exact (checked rounding). */
export function toeplitzHash(seed: PackedBits, key: PackedBits, outBits: number, maxRoundingError = MAX_ROUNDING_ERROR): ToeplitzResult {
  const n = key.length;
  if (seed.length !== n + outBits - 1) throw new RangeError(`a Toeplitz seed for ${outBits}×${n} needs ${n + outBits - 1} bits`);
  const out = new PackedBits(outBits);
  const acc = { err: 0, splits: 0, limit: maxRoundingError };
  if (outBits > 0 && n > 0) productFft(seed, key, 0, n, outBits, out, acc);
  return { out, maxRoundingError: acc.err, splits: acc.splits };
}
