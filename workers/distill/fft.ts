// In-place complex FFT on split float64 arrays, written by hand for exact binary convolutions in
// privacy amplification: no installed package offers a fast float64 FFT (fft.js is not a dependency
// and did 3–12 Mbit/s here), and the PA needs control of rounding. Iterative radix-2 with a radix-4
// first pass merged in, per-size cached twiddle tables, bit-reversal by a precomputed table.

interface FftPlan {
  size: number;
  cos: Float64Array;
  sin: Float64Array;
  rev: Uint32Array;
}

const plans = new Map<number, FftPlan>();

function planFor(size: number): FftPlan {
  let p = plans.get(size);
  if (p) return p;
  if (size < 4 || (size & (size - 1)) !== 0) throw new RangeError(`FFT size must be a power of two ≥ 4, got ${size}`);
  const half = size >>> 1;
  const cos = new Float64Array(half), sin = new Float64Array(half);
  for (let k = 0; k < half; k++) {
    const a = (-2 * Math.PI * k) / size;
    cos[k] = Math.cos(a);
    sin[k] = Math.sin(a);
  }
  const bits = Math.log2(size);
  const rev = new Uint32Array(size);
  for (let i = 1; i < size; i++) rev[i] = (rev[i >>> 1] >>> 1) | ((i & 1) << (bits - 1));
  p = { size, cos, sin, rev };
  if (plans.size > 8) plans.clear();
  plans.set(size, p);
  return p;
}

/** Forward DFT (sign −1) in place; `inverse` computes the unscaled inverse (sign +1). */
export function fftInPlace(re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length;
  const { cos, sin, rev } = planFor(n);
  for (let i = 0; i < n; i++) {
    const j = rev[i];
    if (j > i) {
      let t = re[i]; re[i] = re[j]; re[j] = t;
      t = im[i]; im[i] = im[j]; im[j] = t;
    }
  }
  const sgn = inverse ? -1 : 1;
  // First two stages at once (radix-4 butterflies with trivial twiddles 1, −i).
  for (let i = 0; i < n; i += 4) {
    const ar = re[i], ai = im[i], br = re[i + 1], bi = im[i + 1];
    const cr = re[i + 2], ci = im[i + 2], dr = re[i + 3], di = im[i + 3];
    const s0r = ar + br, s0i = ai + bi, d0r = ar - br, d0i = ai - bi;
    const s1r = cr + dr, s1i = ci + di, d1r = cr - dr, d1i = ci - di;
    // (d1) · (−i·sgn): forward multiplies by −i, inverse by +i.
    const tr = sgn * d1i, ti = -sgn * d1r;
    re[i] = s0r + s1r; im[i] = s0i + s1i;
    re[i + 2] = s0r - s1r; im[i + 2] = s0i - s1i;
    re[i + 1] = d0r + tr; im[i + 1] = d0i + ti;
    re[i + 3] = d0r - tr; im[i + 3] = d0i - ti;
  }
  // Small stages block by block so each block stays in cache; then the large stages over the array.
  const block = Math.min(n, CACHE_BLOCK);
  for (let b0 = 0; b0 < n; b0 += block) {
    for (let len = 8; len <= block; len <<= 1) butterflies(re, im, cos, sin, sgn, b0, b0 + block, len, n / len);
  }
  for (let len = block * 2; len <= n; len <<= 1) butterflies(re, im, cos, sin, sgn, 0, n, len, n / len);
}

/** Complex elements per cache block (2^13 · 16 bytes = 128 KiB of re + im). */
const CACHE_BLOCK = 1 << 13;

function butterflies(re: Float64Array, im: Float64Array, cos: Float64Array, sin: Float64Array, sgn: number, from: number, to: number, len: number, step: number): void {
  const halfLen = len >>> 1;
  for (let start = from; start < to; start += len) {
    for (let k = 0, t = 0; k < halfLen; k++, t += step) {
      const i = start + k, j = i + halfLen;
      const wr = cos[t], wi = sgn * sin[t];
      const xr = re[j], xi = im[j];
      const tr = xr * wr - xi * wi, ti = xr * wi + xi * wr;
      const ur = re[i], ui = im[i];
      re[i] = ur + tr; im[i] = ui + ti;
      re[j] = ur - tr; im[j] = ui - ti;
    }
  }
}
