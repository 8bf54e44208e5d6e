// One-dimensional maximisation for the theory layer (optimal μ, ν, sample size): a coarse grid on a
// log scale finds the right basin even where the clipped key rate is flat at zero, then a golden-section
// search refines it. Callers pass the unclipped (possibly negative) rate so the search always has a slope.

export interface MaximiseOptions {
  /** Grid points over [lo, hi] on a log scale before refinement. */
  gridPoints?: number;
  /** Relative width (in ln x) at which the golden-section search stops. */
  tolerance?: number;
}

export interface Maximum {
  x: number;
  value: number;
}

const INV_PHI = (Math.sqrt(5) - 1) / 2;

/** Maximise f over x in [lo, hi] (lo > 0), searching in ln x. */
export function maximiseLog(f: (x: number) => number, lo: number, hi: number, opts: MaximiseOptions = {}): Maximum {
  if (!(lo > 0 && hi >= lo)) throw new RangeError(`maximiseLog needs 0 < lo ≤ hi (got ${lo}, ${hi})`);
  if (hi === lo) return { x: lo, value: f(lo) };
  const n = Math.max(3, opts.gridPoints ?? 33);
  const tol = opts.tolerance ?? 1e-6;
  const a0 = Math.log(lo),
    b0 = Math.log(hi);
  const g = (u: number) => {
    const v = f(Math.exp(u));
    return Number.isNaN(v) ? -Infinity : v;
  };
  let best = 0,
    bestV = -Infinity;
  const us: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = a0 + ((b0 - a0) * i) / (n - 1);
    us.push(u);
    const v = g(u);
    if (v > bestV) {
      bestV = v;
      best = i;
    }
  }
  let a = us[Math.max(0, best - 1)],
    b = us[Math.min(n - 1, best + 1)];
  let c = b - INV_PHI * (b - a),
    d = a + INV_PHI * (b - a);
  let fc = g(c),
    fd = g(d);
  while (b - a > tol) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - INV_PHI * (b - a);
      fc = g(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + INV_PHI * (b - a);
      fd = g(d);
    }
  }
  const candidates: Maximum[] = [
    { x: Math.exp(us[best]), value: bestV },
    { x: Math.exp(c), value: fc },
    { x: Math.exp(d), value: fd },
  ];
  return candidates.reduce((m, k) => (k.value > m.value ? k : m));
}
