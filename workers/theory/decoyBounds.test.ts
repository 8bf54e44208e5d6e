// The decoy bounds are tight in the ideal limit: with gains made from the true channel model and a
// weak decoy ν → 0 they approach the true Y1 and e1; they never exceed Y1 (lower bound) for any ν.
import { describe, expect, it } from 'vitest';
import { vacuumWeakDecoyBounds } from './decoyBounds';

function channel(eta: number, y0: number, eDet: number, intensity: number) {
  const gain = y0 + 1 - Math.exp(-eta * intensity);
  const err = (0.5 * y0 + eDet * (1 - Math.exp(-eta * intensity))) / gain;
  return { gain, err };
}

describe('vacuum + weak decoy bounds', () => {
  const eta = 0.045 * 10 ** ((-0.21 * 60) / 10),
    y0 = 1.7e-6,
    eDet = 0.033,
    mu = 0.48;
  const y1True = y0 + eta - y0 * eta;
  const e1True = (0.5 * y0 + eDet * eta) / y1True;
  it('bounds Y1 from below and e1 from above, tightening as ν → 0', () => {
    let prevGap = Infinity;
    for (const nu of [0.2, 0.1, 0.05, 0.01]) {
      const s = channel(eta, y0, eDet, mu),
        d = channel(eta, y0, eDet, nu);
      const b = vacuumWeakDecoyBounds({ mu, nu, gainMu: s.gain, gainNu: d.gain, y0, errorNu: d.err });
      expect(b.y1Lower).toBeLessThanOrEqual(y1True * (1 + 1e-12));
      expect(b.e1Upper).toBeGreaterThanOrEqual(e1True * (1 - 1e-9));
      const gap = (y1True - b.y1Lower) / y1True;
      expect(gap).toBeLessThan(prevGap);
      prevGap = gap;
    }
    expect(prevGap).toBeLessThan(0.01);
  });
  it('rejects ν ≥ μ', () => {
    expect(() =>
      vacuumWeakDecoyBounds({ mu: 0.1, nu: 0.2, gainMu: 1e-3, gainNu: 1e-3, y0: 1e-6, errorNu: 0.03 }),
    ).toThrow(/ν/);
  });
});
