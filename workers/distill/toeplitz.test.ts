// Privacy amplification: the FFT Toeplitz product (one transform, or blocked into small transforms whose
// spectra are summed) equals the direct GF(2) product bit for bit, its rounding stays far from 1/2, the
// split fallback gives the same bits, and the FFT and the packed real transforms are DFTs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedBits } from '../common/bits';
import { Rng } from '../common/rng';
import {
  fftForwardBitReversed,
  fftForwardBitReversedFromBits,
  fftInPlace,
  realForwardPacked,
  realInverseFromBitReversed,
  realInversePacked,
  realSpectrumBitReversed,
} from './fft';
import {
  chooseBlock,
  fftConvolutionErrorBound,
  MAX_BLOCK,
  MAX_ROUNDING_ERROR,
  TILE,
  toeplitzDirect,
  toeplitzHash,
  toeplitzHashKeys,
  worstCaseRoundingBound,
} from './toeplitz';

function randomBits(n: number, rng: Rng): PackedBits {
  const p = new PackedBits(n);
  for (let i = 0; i < n; i++) p.set(i, rng.nextBit());
  return p;
}

describe('Toeplitz privacy amplification', () => {
  it('FFT product equals the direct O(n·ℓ) product on small blocks (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 1e9 }),
        (n, l, seed) => {
          const rng = Rng.fromSeed(seed);
          const key = randomBits(n, rng),
            t = randomBits(n + l - 1, rng);
          const r = toeplitzHash(t, key, l);
          expect(r.out.equals(toeplitzDirect(t, key, l))).toBe(true);
          expect(r.maxRoundingError).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('tiling (rows × columns) and the two-key product give the direct product bit for bit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 8, max: 200 }),
        fc.integer({ min: 0, max: 1e9 }),
        (n, l, tile, seed) => {
          const rng = Rng.fromSeed(seed);
          const a = randomBits(n, rng),
            e = randomBits(n, rng),
            t = randomBits(n + l - 1, rng);
          const r = toeplitzHashKeys(t, [a, e], l, 0.25, tile);
          expect(r.outs[0].equals(toeplitzDirect(t, a, l))).toBe(true);
          expect(r.outs[1].equals(toeplitzDirect(t, e, l))).toBe(true);
        },
      ),
      { numRuns: 30, seed: 8 },
    );
  });

  it('blocked product (small blocks, spectra summed per output tile) gives the direct product bit for bit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 2, max: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 0, max: 1e9 }),
        (n, l, lgBlock, two, tiled, seed) => {
          const rng = Rng.fromSeed(seed);
          const a = randomBits(n, rng),
            e = randomBits(n, rng),
            t = randomBits(n + l - 1, rng);
          const r = toeplitzHashKeys(t, two ? [a, e] : [a], l, 0.25, tiled ? 8 + (seed % 193) : TILE, 1 << lgBlock);
          expect(r.splits).toBe(0);
          expect(r.maxRoundingError).toBeLessThan(1e-9);
          expect(r.outs[0].equals(toeplitzDirect(t, a, l))).toBe(true);
          if (two) expect(r.outs[1].equals(toeplitzDirect(t, e, l))).toBe(true);
        },
      ),
      { numRuns: 60, seed: 9 },
    );
  });

  it('the block side is a power of two ≤ MAX_BLOCK, or 0 when one transform covers the product', () => {
    expect(chooseBlock(300, 500, 1)).toBe(0);
    expect(chooseBlock(1000, 1000, 2)).toBe(0);
    expect(chooseBlock(1000, 3000, 1)).toBe(1024);
    for (const [rows, cols, nk] of [
      [500_000, 1_000_000, 1],
      [50_000, 100_000, 2],
      [1 << 20, 1 << 20, 2],
      [900_000, 1_000_000, 1],
    ]) {
      const b = chooseBlock(rows, cols, nk);
      expect(b & (b - 1)).toBe(0);
      expect(b).toBeGreaterThanOrEqual(1024);
      expect(b).toBeLessThanOrEqual(MAX_BLOCK);
    }
  });

  it('the blocked product falls back to the split product on unsafe rounding and gives the same bits', () => {
    const rng = Rng.fromSeed(6);
    const a = randomBits(300, rng),
      e = randomBits(300, rng),
      t = randomBits(300 + 120 - 1, rng);
    // Small blocks round exactly (error 0), so a negative tolerance forces the fallback.
    const r = toeplitzHashKeys(t, [a, e], 120, -1, TILE, 16);
    expect(r.splits).toBeGreaterThan(0);
    expect(r.outs[0].equals(toeplitzDirect(t, a, 120))).toBe(true);
    expect(r.outs[1].equals(toeplitzDirect(t, e, 120))).toBe(true);
  });

  it('the split fallback (forced by a zero rounding tolerance) gives the same bits', () => {
    const rng = Rng.fromSeed(3);
    const key = randomBits(300, rng),
      t = randomBits(300 + 120 - 1, rng);
    const r = toeplitzHash(t, key, 120, 0);
    expect(r.splits).toBeGreaterThan(0);
    expect(r.out.equals(toeplitzDirect(t, key, 120))).toBe(true);
  });

  it('rounding on a 10^6-bit block stays below 10^-6 (limit 0.25); blocked and single-transform products agree', () => {
    const rng = Rng.fromSeed(4);
    const n = 1_000_000,
      l = 400_000;
    const key = new PackedBits(n),
      t = new PackedBits(n + l - 1);
    for (let i = 0; i < key.words.length; i++) key.words[i] = rng.nextUint32();
    for (let i = 0; i < t.words.length; i++) t.words[i] = rng.nextUint32();
    t.words[t.words.length - 1] &= (1 << ((n + l - 1) & 31)) - 1;
    const r = toeplitzHash(t, key, l);
    expect(r.splits).toBe(0);
    expect(r.maxRoundingError).toBeLessThan(1e-6);
    // The same product as one 2^21-point transform (no blocks): every bit agrees.
    const single = toeplitzHashKeys(t, [key], l, 0.25, TILE, 1 << 21);
    expect(single.splits).toBe(0);
    expect(single.maxRoundingError).toBeLessThan(1e-6);
    expect(single.outs[0].equals(r.out)).toBe(true);
    // Spot-check 64 output bits against the direct sum.
    for (let s = 0; s < 64; s++) {
      const i = Math.floor((s * l) / 64);
      let p = 0;
      for (let j = 0; j < n; j++) p ^= t.get(i - j + n - 1) & key.get(j);
      expect(r.out.get(i)).toBe(p);
    }
  });

  it(
    'the a priori rounding bound (Percival 2003) stays far below ½ at the largest ' +
      'sizes used, and above what is observed',
    () => {
      const bound = worstCaseRoundingBound();
      expect(bound).toBeLessThan(1e-6);
      expect(bound).toBeLessThan(MAX_ROUNDING_ERROR);
      // Grows with the norms and the number of levels (so the test above could fail for huge products).
      expect(fftConvolutionErrorBound(40, 2 ** 44)).toBeGreaterThan(0.5);
      expect(fftConvolutionErrorBound(22, 1)).toBeCloseTo(347.8 * 2 ** -53, 16);
      // Observed on a 10^6 × 5·10^5 product: far below the bound.
      const rng = Rng.fromSeed(12);
      const n = 1_000_000,
        l = 500_000;
      const key = new PackedBits(n),
        t = new PackedBits(n + l - 1);
      for (let i = 0; i < key.words.length; i++) key.words[i] = rng.nextUint32();
      for (let i = 0; i < t.words.length; i++) t.words[i] = rng.nextUint32();
      t.words[t.words.length - 1] &= (1 << ((n + l - 1) & 31)) - 1;
      const r = toeplitzHash(t, key, l);
      expect(r.maxRoundingError).toBeLessThan(bound);
    },
  );

  it('fftInPlace matches a naive DFT and inverts', () => {
    const n = 64,
      rng = Rng.fromSeed(5);
    const re = new Float64Array(n).map(() => rng.nextFloat() - 0.5),
      im = new Float64Array(n).map(() => rng.nextFloat() - 0.5);
    const r2 = re.slice(),
      i2 = im.slice();
    fftInPlace(r2, i2);
    for (let k = 0; k < n; k++) {
      let sr = 0,
        si = 0;
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
      const re = x.slice(),
        im = new Float64Array(L);
      fftForwardBitReversed(re, im);
      const r2 = new Float64Array(L),
        i2 = new Float64Array(L),
        zr = new Float64Array(L / 2),
        zi = new Float64Array(L / 2);
      realSpectrumBitReversed(x, r2, i2, zr, zi);
      for (let k = 0; k < L; k++) {
        expect(Math.abs(r2[k] - re[k])).toBeLessThan(1e-12 * L);
        expect(Math.abs(i2[k] - im[k])).toBeLessThan(1e-12 * L);
      }
      const out = new Float64Array(L);
      realInverseFromBitReversed(re, im, out, zr, zi);
      for (let k = 0; k < L; k++) expect(Math.abs(out[k] / L - x[k])).toBeLessThan(1e-12);
    }
  });

  it(
    'the forward FFT read straight from packed bits equals the FFT of the unpacked ' +
      '0/1 values, window edges included',
    () => {
      const rng = Rng.fromSeed(11);
      const src = randomBits(3000, rng);
      for (const T of [4, 32, 64, 128, 256, 1024]) {
        for (const [from, count] of [
          [0, 2 * T],
          [5, 2 * T - 1],
          [-37, 2 * T],
          [3000 - T, 2 * T],
          [17, T],
          [2999, 2 * T],
          [-3 * T, 2 * T],
          [100, 1],
        ]) {
          const re = new Float64Array(T),
            im = new Float64Array(T);
          for (let m = 0; m < T; m++) {
            const p = from + 2 * m;
            const bit = (i: number) => (i >= from && i < from + count && i >= 0 && i < src.length ? src.get(i) : 0);
            re[m] = bit(p);
            im[m] = bit(p + 1);
          }
          fftForwardBitReversed(re, im);
          const r2 = new Float64Array(T),
            i2 = new Float64Array(T);
          fftForwardBitReversedFromBits(src.words, src.length, from, count, r2, i2);
          for (let m = 0; m < T; m++) {
            expect(r2[m]).toBe(re[m]);
            expect(i2[m]).toBe(im[m]);
          }
        }
      }
    },
  );

  it(
    'packed real transforms: 2T real points through a T-point FFT give X[k], k < T ' +
      '(slot 0: X[0], X[T]) and invert (1e-12)',
    () => {
      for (const T of [4, 8, 256, 4096]) {
        const L = 2 * T,
          rng = Rng.fromSeed(T + 1);
        const x = new Float64Array(L).map(() => rng.nextFloat());
        const re = x.slice(),
          im = new Float64Array(L);
        fftForwardBitReversed(re, im); // slot p of the L-point order holds frequency rev_L(p); rev_L(2j) = rev_T(j)
        const pr = new Float64Array(T),
          pi = new Float64Array(T);
        for (let m = 0; m < T; m++) {
          pr[m] = x[2 * m];
          pi[m] = x[2 * m + 1];
        }
        realForwardPacked(pr, pi);
        expect(Math.abs(pr[0] - re[0])).toBeLessThan(1e-12 * L);
        expect(Math.abs(pi[0] - re[1])).toBeLessThan(1e-12 * L); // slot 1 of the L-point order: frequency T
        expect(Math.abs(im[0]) + Math.abs(im[1])).toBeLessThan(1e-12 * L);
        for (let j = 1; j < T; j++) {
          expect(Math.abs(pr[j] - re[2 * j])).toBeLessThan(1e-12 * L);
          expect(Math.abs(pi[j] - im[2 * j])).toBeLessThan(1e-12 * L);
        }
        realInversePacked(pr, pi);
        for (let m = 0; m < T; m++) {
          expect(Math.abs(pr[m] / L - x[2 * m])).toBeLessThan(1e-12);
          expect(Math.abs(pi[m] / L - x[2 * m + 1])).toBeLessThan(1e-12);
        }
      }
    },
  );
});
