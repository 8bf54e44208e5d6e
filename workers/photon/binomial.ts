// Exact binomial and multinomial draws for very large trial counts (up to ~2^53), used to split the
// pulses skipped between clicks among the intensity classes. Knuth's beta splitting (TAOCP 3.4.1 F)
// halves the count with one Beta draw per step, then small counts are finished with Bernoulli trials.
import type { Rng } from '../common/rng';

function nextNormal(rng: Rng): number {
  // Box–Muller; only used inside the gamma sampler, a few times per batch.
  const u = 1 - rng.nextDouble();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape ≥ 1. */
function nextGamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3,
    c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do {
      x = nextNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.nextDouble();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function nextBeta(rng: Rng, a: number, b: number): number {
  const x = nextGamma(rng, a),
    y = nextGamma(rng, b);
  return x / (x + y);
}

/** Successes in `trials` Bernoulli(p) trials, exact in distribution up to floating-point rounding. */
export function nextBinomial(rng: Rng, trials: number, p: number): number {
  if (!(trials > 0) || p <= 0) return 0;
  if (p >= 1) return trials;
  let n = trials,
    prob = p,
    successes = 0;
  while (n > 64) {
    // The a-th smallest of n uniforms is Beta(a, n + 1 − a); count how many fall below prob.
    const a = 1 + Math.floor(n / 2),
      b = n + 1 - a;
    const x = nextBeta(rng, a, b);
    if (x >= prob) {
      n = a - 1;
      prob /= x;
    } else {
      successes += a;
      n = b - 1;
      prob = (prob - x) / (1 - x);
    }
  }
  for (let i = 0; i < n; i++) if (rng.nextDouble() < prob) successes++;
  return successes;
}

/** Add to `counts` the split of `trials` among categories with probabilities `probs` (summing to 1). */
export function addMultinomial(rng: Rng, trials: number, probs: ArrayLike<number>, counts: Float64Array): void {
  let left = trials,
    massLeft = 1;
  const last = probs.length - 1;
  for (let i = 0; i < last && left > 0; i++) {
    if (probs[i] <= 0) continue;
    const k = massLeft > 0 ? nextBinomial(rng, left, Math.min(1, probs[i] / massLeft)) : 0;
    counts[i] += k;
    left -= k;
    massLeft -= probs[i];
  }
  counts[last] += left;
}
