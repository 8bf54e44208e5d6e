// Privacy amplification: the FFT Toeplitz product equals the direct GF(2) product bit for bit, its
// rounding stays far from 1/2, the split fallback gives the same bits, and the FFT itself is a DFT.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedBits } from '../common/bits';
import { Rng } from '../common/rng';
import { fftForwardBitReversed, fftInPlace, realInverseFromBitReversed, realSpectrumBitReversed } from './fft';
import { toeplitzDirect, toeplitzHash, toeplitzHashKeys } from './toeplitz';

function randomBits(n: number, rng: Rng): PackedBits {
  const p = new PackedBits(n);
  for (let i = 0; i < n; i++) p.set(i, rng.nextBit());
  return p;
}

describe('Toeplitz privacy amplification', () => {
  it('FFT product equals the direct O(n·ℓ) product on small blocks (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 700 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 1e9 }), (n, l, seed) => {
      const rng = Rng.fromSeed(seed);
      const key = randomBits(n, rng), t = randomBits(n + l - 1, rng);
      const r = toeplitzHash(t, key, l);
      expect(r.out.equals(toeplitzDirect(t, key, l))).toBe(true);
      expect(r.maxRoundingError).toBeLessThan(1e-6);
    }), { numRuns: 40, seed: 7 });
  });

  it('tiling (rows × columns) and the two-key product give the direct product bit for bit', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 8, max: 200 }), fc.integer({ min: 0, max: 1e9 }), (n, l, tile, seed) => {
      const rng = Rng.fromSeed(seed);
      const a = randomBits(n, rng), e = randomBits(n, rng), t = randomBits(n + l - 1, rng);
      const r = toeplitzHashKeys(t, [a, e], l, 0.25, tile);
      expect(r.outs[0].equals(toeplitzDirect(t, a, l))).toBe(true);
      expect(r.outs[1].equals(toeplitzDirect(t, e, l))).toBe(true);
    }), { numRuns: 30, seed: 8 });
  });

  it('the split fallback (forced by a zero rounding tolerance) gives the same bits', () => {
    const rng = Rng.fromSeed(3);
    const key = randomBits(300, rng), t = randomBits(300 + 120 - 1, rng);
    const r = toeplitzHash(t, key, 120, 0);
    expect(r.splits).toBeGreaterThan(0);
    expect(r.out.equals(toeplitzDirect(t, key, 120))).toBe(true);
  });

  it('rounding on a 10^6-bit block stays below 10^-6 (limit 0.25)', () => {
    const rng = Rng.fromSeed(4);
    const n = 1_000_000, l = 400_000;
    const key = new PackedBits(n), t = new PackedBits(n + l - 1);
    for (let i = 0; i < key.words.length; i++) key.words[i] = rng.nextUint32();
    for (let i = 0; i < t.words.length; i++) t.words[i] = rng.nextUint32();
    t.words[t.words.length - 1] &= (1 << ((n + l - 1) & 31)) - 1;
    const r = toeplitzHash(t, key, l);
    expect(r.splits).toBe(0);
    expect(r.maxRoundingError).toBeLessThan(1e-6);
    // Spot-check 64 output bits against the direct sum.
    for (let s = 0; s < 64; s++) {
      const i = Math.floor((s * l) / 64);
      let p = 0;
      for (let j = 0; j < n; j++) p ^= t.get(i - j + n - 1) & key.get(j);
      expect(r.out.get(i)).toBe(p);
    }
  });

  it('fftInPlace matches a naive DFT and inverts', () => {
    const n = 64, rng = Rng.fromSeed(5);
    const re = new Float64Array(n).map(() => rng.nextFloat() - 0.5), im = new Float64Array(n).map(() => rng.nextFloat() - 0.5);
    const r2 = re.slice(), i2 = im.slice();
    fftInPlace(r2, i2);
    for (let k = 0; k < n; k++) {
      let sr = 0, si = 0;
      for (let j = 0; j < n; j++) {
        const a = (-2 * Math.PI * j * k) / n;
        sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
        si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
      }
      expect(r2[k]).toBeCloseTo(sr, 10);
      expect(i2[k]).toBeCloseTo(si, 10);
    }
    fftInPlace(r2, i2, true);
    for (let j = 0; j < n; j++) expect(r2[j] / n).toBeCloseTo(re[j], 12);
  });

  it('real-data packing: half-length transforms give the full spectrum and its real inverse (1e-12)', () => {
    for (const L of [8, 256, 4096]) {
      const rng = Rng.fromSeed(L);
      const x = new Float64Array(L).map(() => rng.nextFloat());
      const re = x.slice(), im = new Float64Array(L);
      fftForwardBitReversed(re, im);
      const r2 = new Float64Array(L), i2 = new Float64Array(L), zr = new Float64Array(L / 2), zi = new Float64Array(L / 2);
      realSpectrumBitReversed(x, r2, i2, zr, zi);
      for (let k = 0; k < L; k++) { expect(Math.abs(r2[k] - re[k])).toBeLessThan(1e-12 * L); expect(Math.abs(i2[k] - im[k])).toBeLessThan(1e-12 * L); }
      const out = new Float64Array(L);
      realInverseFromBitReversed(re, im, out, zr, zi);
      for (let k = 0; k < L; k++) expect(Math.abs(out[k] / L - x[k])).toBeLessThan(1e-12);
    }
  });
});
