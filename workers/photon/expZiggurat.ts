// Standard exponential variates by the Marsaglia–Tsang ziggurat (256 layers): ~99 % of draws cost two
// uint32 words, one table lookup and one multiply, no logarithm. The geometric gap between clicking
// pulses is floor(E / λ) with λ = −ln(1 − p), which is exactly Geometric(p) for E ~ Exp(1).
import type { Rng } from '../common/rng';

const LAYERS = 256;
const R = 7.69711747013105; // start of the tail
const AREA = 3.949659822581572e-3; // area of each layer
const TWO_POW_32 = 4294967296;

/** ke[i]: fast-accept bound on the 32-bit magnitude; we[i]: scale to x; fe[i]: density at the layer edge. */
const ke = new Float64Array(LAYERS);
const we = new Float64Array(LAYERS);
const fe = new Float64Array(LAYERS);
(function buildTables() {
  let de = R,
    tde = R;
  const q = AREA / Math.exp(-de);
  ke[0] = (de / q) * TWO_POW_32;
  ke[1] = 0;
  we[0] = q / TWO_POW_32;
  we[LAYERS - 1] = de / TWO_POW_32;
  fe[0] = 1;
  fe[LAYERS - 1] = Math.exp(-de);
  for (let i = LAYERS - 2; i >= 1; i--) {
    de = -Math.log(AREA / de + Math.exp(-de));
    ke[i + 1] = (de / tde) * TWO_POW_32;
    tde = de;
    fe[i] = Math.exp(-de);
    we[i] = de / TWO_POW_32;
  }
})();

/** One Exp(1) variate. Layer from 8 bits of one word, magnitude from a second full word. */
export function nextExponential(rng: Rng): number {
  for (;;) {
    const layer = rng.nextUint32() & 0xff;
    const j = rng.nextUint32();
    if (j < ke[layer]) return j * we[layer];
    if (layer === 0) return R - Math.log(1 - rng.nextDouble());
    const x = j * we[layer];
    if (fe[layer] + rng.nextDouble() * (fe[layer - 1] - fe[layer]) < Math.exp(-x)) return x;
  }
}

/** Failures before the first success of Bernoulli(p) trials, given λ = −ln(1 − p); Infinity if p = 0. */
export function nextGeometric(rng: Rng, rate: number): number {
  if (rate === 0) return Infinity;
  return Math.floor(nextExponential(rng) / rate);
}

/**
 * Fast-path tables for callers that inline the ziggurat's first step on a 31-bit magnitude j = word >>> 1
 * (integer compares stay in small-integer range): accept if j < ZIGGURAT_ACCEPT_31[layer], x = j ·
 * ZIGGURAT_SCALE_31[layer].
 */
export const ZIGGURAT_ACCEPT_31 = Int32Array.from(ke, (k) => Math.floor(k / 2));
export const ZIGGURAT_SCALE_31 = Float64Array.from(we, (w) => 2 * w);

/** Finish a draw whose first step (layer, 32-bit magnitude j) missed the fast accept: tail, wedge, or restart. */
export function exponentialAfterMiss(rng: Rng, layer: number, j: number): number {
  if (layer === 0) return R - Math.log(1 - rng.nextDouble());
  const x = j * we[layer];
  if (fe[layer] + rng.nextDouble() * (fe[layer - 1] - fe[layer]) < Math.exp(-x)) return x;
  return nextExponential(rng);
}
