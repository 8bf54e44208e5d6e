// Tests of the dithered two-quadrature controller on noise-free and binomial error counts: it finds the
// sign and size of the residual from disclosed counts alone, from any starting angle.
import { describe, expect, it } from 'vitest';
import { Rng } from '../common/rng';
import { DitherStabiliser, wrapAngle } from './stabiliser';

/** e(r) = ½(1 − C·cos r) with contrast C (visibility and dark counts together). */
const errorRate = (r: number, contrast: number): number => (1 - contrast * Math.cos(r)) / 2;

/** Run the loop against a fixed phase φ; each tick discloses `bits` X bits with errors drawn (or exact). */
function converge(
  phi: number,
  opts: { gain: number; ditherRad: number; intervals: number; bits: number; contrast: number; rng?: Rng },
): DitherStabiliser {
  const s = new DitherStabiliser({ intervalS: 10, gain: opts.gain, ditherRad: opts.ditherRad });
  for (let t = 0; t < opts.intervals * 10; t++) {
    const e = errorRate(phi + s.appliedRad, opts.contrast);
    let errors = Math.round(e * opts.bits);
    if (opts.rng) {
      errors = 0;
      for (let i = 0; i < opts.bits; i++) if (opts.rng.nextDouble() < e) errors++;
    }
    s.observe(opts.bits, errors);
  }
  return s;
}

describe('DitherStabiliser', () => {
  it('estimates the residual exactly from noise-free counts, whatever the contrast and sign', () => {
    for (const phi of [-2.8, -1, -0.2, 0.3, 1.5, 2.9]) {
      for (const contrast of [0.9, 0.6]) {
        const s = converge(phi, { gain: 1, ditherRad: 0.1, intervals: 1, bits: 1e9, contrast });
        expect(s.lastEstimateRad).toBeCloseTo(phi, 5);
        expect(wrapAngle(phi + s.correctionRad)).toBeCloseTo(0, 5);
      }
    }
  });

  it('pulls a misaligned phase in with gain < 1 and holds it with binomial noise', () => {
    const s = converge(2.5, {
      gain: 0.5,
      ditherRad: 0.1,
      intervals: 40,
      bits: 500,
      contrast: 0.88,
      rng: Rng.fromSeed(3),
    });
    // Each interval sees 2500 bits per half: σ of the estimate ≈ √(4·0.06/5000)/(0.88·0.1) ≈ 0.08 rad; allow
    // 4σ·√(g/(2−g)).
    expect(Math.abs(wrapAngle(2.5 + s.correctionRad))).toBeLessThan(0.2);
    expect(s.updates).toBe(40);
  });

  it('skips an interval with no disclosed bits in one half', () => {
    const s = new DitherStabiliser({ intervalS: 4, gain: 1, ditherRad: 0.1 });
    for (let t = 0; t < 4; t++) s.observe(0, 0);
    expect(s.updates).toBe(0);
    expect(s.correctionRad).toBe(0);
  });

  it('dithers +δ then −δ, and the order alternates between intervals', () => {
    const s = new DitherStabiliser({ intervalS: 4, gain: 1, ditherRad: 0.1 });
    const applied: number[] = [];
    for (let t = 0; t < 8; t++) {
      applied.push(s.appliedRad);
      s.observe(0, 0);
    }
    expect(applied).toEqual([0.1, 0.1, -0.1, -0.1, -0.1, -0.1, 0.1, 0.1]);
  });
});

describe('wrapAngle', () => {
  it('maps to (−π, π]', () => {
    expect(wrapAngle(Math.PI)).toBe(Math.PI);
    expect(wrapAngle(-Math.PI)).toBe(Math.PI);
    expect(wrapAngle((3 * Math.PI) / 2)).toBeCloseTo(-Math.PI / 2, 12);
    expect(wrapAngle(0.5 + 8 * Math.PI)).toBeCloseTo(0.5, 10);
  });
});
