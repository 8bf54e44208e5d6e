// Tests of the parameter registry and presets: ranges, parsing, cross-checks and issue codes naming the parameter.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PARAMS,
  defaultParams,
  crossCheck,
  parseParamValue,
  resolveParamName,
  toKebab,
  validateParams,
} from './params';
import { PRESETS, PRESET_IDS, presetParams } from './presets';

describe('parameter registry', () => {
  it('has consistent specs and valid defaults', () => {
    for (const p of PARAMS) {
      if (p.kind === 'number') {
        expect(p.min).toBeLessThan(p.max);
        expect(p.default).toBeGreaterThanOrEqual(p.min);
        expect(p.default).toBeLessThanOrEqual(p.max);
        expect(p.step).toBeGreaterThan(0);
        if (p.scale === 'log') expect(p.max / Math.max(p.min, 1e-300)).toBeGreaterThan(10);
      } else {
        expect(p.options.map((o) => o.value)).toContain(p.default);
      }
    }
    expect(validateParams({}).issues).toEqual([]);
  });

  it('maps ids, kebab flags and aliases', () => {
    expect(toKebab('fiberLengthKm')).toBe('fiber-length-km');
    expect(toKebab('g2Zero')).toBe('g2-zero');
    expect(resolveParamName('fiber-length-km')).toBe('fiberLengthKm');
    expect(resolveParamName('distance-km')).toBe('fiberLengthKm');
    expect(resolveParamName('dark-count-rate-hz')).toBe('darkCountRateHz');
    expect(resolveParamName('nope')).toBeUndefined();
  });

  it('rejects malformed and out-of-range values with a code naming the parameter and its numbers', () => {
    for (const raw of ['abc', '', 'NaN', 'Infinity', '1,5', '0x10']) {
      expect(parseParamValue('fiberLengthKm', raw)).toEqual({
        error: { code: 'not-a-number', param: 'fiberLengthKm', raw },
      });
    }
    expect(parseParamValue('fiberLengthKm', '1e999')).toEqual({
      error: { code: 'not-finite', param: 'fiberLengthKm', value: Infinity },
    });
    expect(parseParamValue('fiberLengthKm', '-5')).toEqual({
      error: { code: 'out-of-range', param: 'fiberLengthKm', value: -5, min: 0, max: 400 },
    });
    expect(parseParamValue('blockSizeBits', 1500.5)).toMatchObject({ error: { code: 'not-whole', value: 1500.5 } });
    expect(parseParamValue('eve', 'martian')).toEqual({
      error: { code: 'not-an-option', param: 'eve', raw: 'martian' },
    });
    expect(parseParamValue('fiberLengthKm', ' 80 ')).toEqual({ value: 80 });
  });

  it('never returns NaN or out-of-range values, whatever the input (fuzz)', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
      fc.boolean(),
    );
    const names = fc.oneof(fc.constantFrom(...PARAMS.map((p) => p.id)), fc.string());
    fc.assert(
      fc.property(fc.dictionary(names, anyValue), (input) => {
        const { params, issues } = validateParams(input);
        for (const spec of PARAMS) {
          const v = (params as unknown as Record<string, unknown>)[spec.id];
          if (spec.kind === 'number') {
            expect(Number.isFinite(v)).toBe(true);
            expect(v as number).toBeGreaterThanOrEqual(spec.min);
            expect(v as number).toBeLessThanOrEqual(spec.max);
          } else expect(spec.options.map((o) => o.value)).toContain(v);
        }
        for (const i of issues) {
          // Every issue is a code with its parameter: a registry id, or the unknown name as given.
          if (i.code === 'unknown-parameter') expect(resolveParamName(i.param)).toBeUndefined();
          else expect(PARAMS.map((p) => p.id)).toContain(i.param);
        }
      }),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('cross-checks the quantum-dot photon distribution and decoy settings', () => {
    expect(crossCheck({ ...defaultParams(), source: 'qd', meanPhotonNumber: 1.9, g2Zero: 1 })[0].param).toBe(
      'meanPhotonNumber',
    );
    expect(
      crossCheck({
        ...defaultParams(),
        source: 'wcp',
        decoy: 'vacuum-weak',
        meanPhotonNumber: 0.05,
        decoyMeanPhotonNumber: 0.1,
      })[0].param,
    ).toBe('decoyMeanPhotonNumber');
    expect(crossCheck({ ...defaultParams(), evePositionKm: 200, fiberLengthKm: 100 })).toEqual([
      { code: 'eve-beyond-fiber', param: 'evePositionKm', evePositionKm: 200, fiberLengthKm: 100 },
    ]);
  });

  it('has valid presets, each marking published and estimated values', () => {
    expect([...PRESET_IDS].sort()).toEqual([
      'gys-textbook',
      'ideal-classroom',
      'metro-qd',
      'qd-intercity-2024',
      'qd-intercity-2024-76mhz',
      'qd-timebin-120km',
    ]);
    for (const id of PRESET_IDS) {
      const p = presetParams(id);
      expect(validateParams(p as unknown as Record<string, unknown>).issues).toEqual([]);
      for (const key of Object.keys(PRESETS[id].provenance)) expect(Object.keys(PRESETS[id].values)).toContain(key);
    }
    const qd = PRESETS['qd-timebin-120km'].provenance;
    expect(qd.g2Zero?.status).toBe('published');
    expect(qd.meanPhotonNumber?.status).not.toBe('published');
  });
});
