// Property tests of the outcome tables over parameter sets drawn from the registry ranges (fast-check):
// probabilities sum to 1, codes are valid, alias tables reproduce their weights, and the tables' click,
// sifting and error probabilities equal the independent closed forms of expected.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASIS_Z, EVE_EXACT, FLAG_DOUBLE } from '../common/detections';
import { crossCheck, PARAMS, type LinkParams } from '../common/params';
import { AliasTable } from './aliasTable';
import { decodeEntry } from './entryCode';
import { expectedStatistics } from './expected';
import { buildLinkModel } from './linkModel';
import { buildGapJointTable, GAP_OVERFLOW_CODE, SHIFT_GAP } from './gapJointTable';
import { enumerateOutcomes, OutcomeTable } from './outcomeTable';

/** Any parameter set the registry allows (log-scaled parameters drawn uniformly in log). */
const arbitraryParams: fc.Arbitrary<LinkParams> = fc
  .record(
    Object.fromEntries(
      PARAMS.map((spec) => {
        if (spec.kind === 'choice') return [spec.id, fc.constantFrom(...spec.options.map((o) => o.value))];
        if (spec.scale === 'log' && spec.min > 0) {
          return [
            spec.id,
            fc
              .double({ min: Math.log(spec.min), max: Math.log(spec.max), noNaN: true })
              .map((x) => Math.min(spec.max, Math.max(spec.min, Math.exp(x)))),
          ];
        }
        if (spec.id === 'darkCountRateHz')
          return [
            spec.id,
            fc.oneof(
              fc.constant(0),
              fc.double({ min: 0, max: 13.8, noNaN: true }).map((x) => Math.exp(x) - 1),
            ),
          ];
        const arb = fc.double({ min: spec.min, max: spec.max, noNaN: true });
        return [spec.id, spec.integer ? arb.map(Math.round) : arb];
      }),
    ) as Record<string, fc.Arbitrary<unknown>>,
  )
  .map((raw) => {
    const p = raw as unknown as LinkParams;
    return { ...p, evePositionKm: Math.min(p.evePositionKm, p.fiberLengthKm) };
  })
  .filter((p) => crossCheck(p).length === 0);

const close = (a: number, b: number, rel = 1e-9, abs = 1e-13) => Math.abs(a - b) <= rel * Math.abs(b) + abs;

describe('outcome tables (fast-check over the registry ranges)', () => {
  it('enumerations sum to 1, codes are valid, and both-live tables equal the closed forms of expected.ts', () => {
    fc.assert(
      fc.property(arbitraryParams, (p) => {
        const model = buildLinkModel(p);
        const e = expectedStatistics(p);
        for (const liveMask of [3, 2, 1]) {
          const { codes, probs } = enumerateOutcomes(p, model, liveMask);
          let total = 0,
            click = 0,
            siftedZ = 0,
            errorsZ = 0,
            exactZ = 0,
            doubles = 0;
          for (let i = 0; i < codes.length; i++) {
            const f = decodeEntry(codes[i]);
            expect(probs[i]).toBeGreaterThan(0);
            expect(f.intensity).toBeLessThanOrEqual(2);
            expect(f.clickMask & ~liveMask).toBe(0); // a dead detector never clicks
            total += probs[i];
            if (!f.clickMask) continue;
            click += probs[i];
            if (f.flags & FLAG_DOUBLE) doubles += probs[i];
            if (f.aliceBasis === BASIS_Z && f.bobBasis === BASIS_Z) {
              siftedZ += probs[i];
              if (f.aliceBit !== f.bobBit) errorsZ += probs[i];
              if (f.eveKnowledge === EVE_EXACT) exactZ += probs[i];
            }
          }
          expect(Math.abs(total - 1)).toBeLessThan(1e-12);
          if (liveMask !== 3) continue;
          expect(close(click, e.gainPerPulse)).toBe(true);
          expect(close(siftedZ, e.siftedZPerPulse)).toBe(true);
          expect(close(doubles, e.doubleFraction * e.gainPerPulse)).toBe(true);
          if (siftedZ > 1e-6) {
            expect(close(errorsZ / siftedZ, e.qberZ, 1e-7, 1e-9)).toBe(true);
            expect(close(exactZ / siftedZ, e.eveExactSiftedZFraction, 1e-7, 1e-9)).toBe(true);
          }
        }
      }),
      { numRuns: 120, seed: 20261127 },
    );
  });

  it('tables give click probabilities in [0, 1] and no-click intensity shares summing to 1', () => {
    fc.assert(
      fc.property(arbitraryParams, (p) => {
        const model = buildLinkModel(p);
        for (const liveMask of [3, 2, 1]) {
          const t = new OutcomeTable(p, model, liveMask);
          expect(t.clickProbability).toBeGreaterThanOrEqual(0);
          expect(t.clickProbability).toBeLessThanOrEqual(1);
          const shares = t.noClickIntensity[0] + t.noClickIntensity[1] + t.noClickIntensity[2];
          if (t.noClickAlias) expect(Math.abs(shares - 1)).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it(
    'joint (gap, configuration) tables: gap marginal is Geometric(p) truncated at G, ' +
      'entries keep their conditional weights',
    () => {
      fc.assert(
        fc.property(arbitraryParams, (p) => {
          const table = new OutcomeTable(p, buildLinkModel(p), 3);
          const joint = buildGapJointTable(table);
          if (!joint) return;
          const q = table.clickProbability,
            gaps = joint.blockPulses;
          const byGap = new Float64Array(gaps);
          let overflow = 0;
          for (const [code, prob] of joint.alias.distribution()) {
            if ((code | 0) === GAP_OVERFLOW_CODE) overflow += prob;
            else byGap[code >>> SHIFT_GAP] += prob;
          }
          for (let g = 0; g < gaps; g++) expect(Math.abs(byGap[g] - (1 - q) ** g * q)).toBeLessThan(1e-8);
          expect(Math.abs(overflow - (1 - q) ** gaps)).toBeLessThan(1e-8);
        }),
        { numRuns: 60, seed: 11 },
      );
    },
  );

  it('a link that always clicks (μ = 1 single photons, no loss, perfect detectors) still simulates', () => {
    const p = {
      ...PARAMS.reduce((o, s) => ({ ...o, [s.id]: s.default }), {} as LinkParams),
      source: 'qd' as const,
      meanPhotonNumber: 1,
      g2Zero: 0,
      fiberLengthKm: 0,
      receiverLossDb: 0,
      detectorEfficiency: 1,
      deadTimeS: 0,
    };
    const table = new OutcomeTable(p, buildLinkModel(p), 3);
    expect(table.clickProbability).toBe(1);
    const joint = buildGapJointTable(table);
    expect(joint).not.toBeNull();
    for (const [, prob] of (joint as NonNullable<typeof joint>).alias.distribution())
      expect(Number.isFinite(prob)).toBe(true);
  });

  it('alias tables reproduce their weights to 2^-31 per column', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 300 }), (w) => {
        fc.pre(w.some((x) => x > 0));
        const codes = w.map((_, i) => i + 1);
        const table = new AliasTable(codes, w);
        const dist = table.distribution();
        const total = w.reduce((a, b) => a + b, 0);
        codes.forEach((code, i) => expect(Math.abs((dist.get(code) ?? 0) - w[i] / total)).toBeLessThan(1e-9));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
