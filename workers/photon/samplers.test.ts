// The random samplers behind event skipping: ziggurat exponentials (Kolmogorov–Smirnov and tail), geometric
// gaps (exact pmf, chi-square), and exact binomials for huge counts (moments and small-n pmf).
import { describe, expect, it } from 'vitest';
import { Rng } from '../common/rng';
import { addMultinomial, nextBinomial } from './binomial';
import { nextExponential, nextGeometric } from './expZiggurat';
import { chiSquare, chiSquareCritical } from './zScores';

describe('ziggurat exponential', () => {
  it('passes a Kolmogorov–Smirnov test on 2·10^5 draws (D√n < 1.95, α ≈ 0.001)', () => {
    const rng = Rng.fromSeed(1);
    const n = 200_000;
    const xs = Float64Array.from({ length: n }, () => nextExponential(rng)).sort();
    let d = 0;
    for (let i = 0; i < n; i++) {
      const cdf = 1 - Math.exp(-xs[i]);
      d = Math.max(d, Math.abs(cdf - i / n), Math.abs(cdf - (i + 1) / n));
    }
    expect(d * Math.sqrt(n)).toBeLessThan(1.95);
  });

  it('has the right tail beyond the ziggurat base (x > 7.7): P = e^-7.7 within 4σ on 10^7 draws', () => {
    const rng = Rng.fromSeed(2);
    const n = 10_000_000,
      r = 7.69711747013105;
    let beyond = 0,
      sum = 0;
    for (let i = 0; i < n; i++) {
      const x = nextExponential(rng);
      if (x > r) beyond++;
      sum += x;
    }
    const p = Math.exp(-r);
    expect(Math.abs(beyond - n * p) / Math.sqrt(n * p)).toBeLessThan(4);
    expect(Math.abs(sum / n - 1) * Math.sqrt(n)).toBeLessThan(4); // mean 1, sd 1
  });
});

describe('geometric gaps', () => {
  for (const p of [0.3, 1e-3]) {
    it(`follow Geometric(${p}) (chi-square on the pmf over 2·10^5 draws)`, () => {
      const rng = Rng.fromSeed(3);
      const rate = -Math.log1p(-p);
      const bins = 40,
        width = Math.max(1, Math.round(0.1 / p));
      const observed = new Float64Array(bins + 1),
        probs = new Float64Array(bins + 1);
      for (let i = 0; i < 200_000; i++) observed[Math.min(bins, Math.floor(nextGeometric(rng, rate) / width))]++;
      for (let b = 0; b <= bins; b++) {
        const lo = (1 - p) ** (b * width);
        probs[b] = b === bins ? lo : lo - (1 - p) ** ((b + 1) * width);
      }
      const { chi2, dof } = chiSquare(observed, probs);
      expect(chi2).toBeLessThan(chiSquareCritical(dof));
    });
  }

  it('never skips when p = 1 and never clicks when p = 0', () => {
    const rng = Rng.fromSeed(4);
    expect(nextGeometric(rng, Infinity)).toBe(0);
    expect(nextGeometric(rng, 0)).toBe(Infinity);
  });
});

describe('binomial and multinomial', () => {
  it('Binomial(10^9, 0.3): mean and variance within 4σ over 4000 draws', () => {
    const rng = Rng.fromSeed(5);
    const n = 1e9,
      p = 0.3,
      k = 4000;
    const xs = Array.from({ length: k }, () => nextBinomial(rng, n, p));
    const mean = xs.reduce((a, b) => a + b, 0) / k;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1);
    const v = n * p * (1 - p);
    expect(Math.abs(mean - n * p) / Math.sqrt(v / k)).toBeLessThan(4);
    expect(Math.abs(variance / v - 1) / Math.sqrt(2 / (k - 1))).toBeLessThan(4);
    expect(xs.every(Number.isInteger)).toBe(true);
  });

  it('Binomial(150, 0.2) has the exact pmf (chi-square, 10^5 draws; exercises one beta split)', () => {
    const rng = Rng.fromSeed(6);
    const n = 150,
      p = 0.2;
    const observed = new Float64Array(n + 1),
      probs = new Float64Array(n + 1);
    for (let i = 0; i < 100_000; i++) observed[nextBinomial(rng, n, p)]++;
    let term = (1 - p) ** n;
    for (let k = 0; k <= n; k++) {
      probs[k] = term;
      term *= ((n - k) / (k + 1)) * (p / (1 - p));
    }
    const { chi2, dof } = chiSquare(observed, probs);
    expect(chi2).toBeLessThan(chiSquareCritical(dof));
  });

  it('a multinomial split conserves the total', () => {
    const rng = Rng.fromSeed(7);
    const counts = new Float64Array(3);
    addMultinomial(rng, 123_456_789_012, [0.7, 0.2, 0.1], counts);
    expect(counts[0] + counts[1] + counts[2]).toBe(123_456_789_012);
    expect(Math.abs(counts[1] / 123_456_789_012 - 0.2)).toBeLessThan(1e-4);
  });
});
