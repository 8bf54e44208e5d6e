// z-scores for comparing Monte-Carlo counts with expectations and with each other, as used by the
// photon tests (|z| < 4 is the acceptance band: a false alarm about once in 16 000 comparisons).

/** z of k successes in n Bernoulli(p) trials. */
export function binomialZ(k: number, n: number, p: number): number {
  const sd = Math.sqrt(n * p * (1 - p));
  return sd > 0 ? (k - n * p) / sd : k === n * p ? 0 : Infinity;
}

/** Two-sample z of proportions k1/n1 vs k2/n2 (pooled variance). */
export function twoSampleZ(k1: number, n1: number, k2: number, n2: number): number {
  const pooled = (k1 + k2) / (n1 + n2);
  const sd = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const diff = k1 / n1 - k2 / n2;
  return sd > 0 ? diff / sd : diff === 0 ? 0 : Infinity;
}

/**
 * Chi-square statistic and degrees of freedom of observed counts against expected probabilities (bins with expectation
 * < 5 pooled).
 */
export function chiSquare(observed: ArrayLike<number>, probs: ArrayLike<number>): { chi2: number; dof: number } {
  let total = 0;
  for (let i = 0; i < observed.length; i++) total += observed[i];
  let chi2 = 0,
    bins = 0,
    poolO = 0,
    poolE = 0;
  for (let i = 0; i < observed.length; i++) {
    const e = total * probs[i];
    if (e < 5) {
      poolO += observed[i];
      poolE += e;
      continue;
    }
    chi2 += (observed[i] - e) ** 2 / e;
    bins++;
  }
  if (poolE >= 5) {
    chi2 += (poolO - poolE) ** 2 / poolE;
    bins++;
  }
  return { chi2, dof: Math.max(1, bins - 1) };
}

/** Upper critical value of chi-square at ~1e-4 tail (Wilson–Hilferty), for dof ≥ 1. */
export function chiSquareCritical(dof: number): number {
  const z = 3.72;
  const a = 2 / (9 * dof);
  return dof * (1 - a + z * Math.sqrt(a)) ** 3;
}
