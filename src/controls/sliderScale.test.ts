// Tests of the slider mapping: native linear sliders, log mapping, zero minimums and round trips.
import { describe, expect, it } from 'vitest';
import { PARAMS, PARAM_BY_ID, type NumberParamSpec } from '../../workers/common/params';
import { SLIDER_POSITIONS, fromSliderPosition, isNativeSlider, sliderGeometry, toSliderPosition } from './sliderScale';

const numeric = PARAMS.filter((p): p is NumberParamSpec => p.kind === 'number');
const spec = (id: string) => PARAM_BY_ID[id as keyof typeof PARAM_BY_ID] as NumberParamSpec;

describe('sliderScale', () => {
  it('uses native sliders for coarse linear params', () => {
    expect(isNativeSlider(spec('fiberLengthKm'))).toBe(true);
    expect(sliderGeometry(spec('fiberLengthKm'))).toEqual({ min: 0, max: 400, step: 1, isNative: true });
    expect(isNativeSlider(spec('deadTimeS'))).toBe(false);
    expect(isNativeSlider(spec('meanPhotonNumber'))).toBe(false);
  });

  it('maps the ends of every slider to the ends of the range', () => {
    for (const s of numeric) {
      const g = sliderGeometry(s);
      expect(fromSliderPosition(s, g.min)).toBe(s.min);
      expect(fromSliderPosition(s, g.max)).toBeCloseTo(s.max, 12);
    }
  });

  it('round-trips every position of every mapped slider (keyboard steps never get stuck)', () => {
    for (const s of numeric.filter((p) => !isNativeSlider(p))) {
      let previous = -Infinity;
      for (let pos = 0; pos <= SLIDER_POSITIONS; pos++) {
        const v = fromSliderPosition(s, pos);
        expect(v, `${s.id} at ${pos}`).toBeGreaterThan(previous);
        expect(toSliderPosition(s, v), `${s.id} at ${pos}`).toBe(pos);
        previous = v;
      }
    }
  });

  it('places log values proportionally and keeps zero at position 0', () => {
    const dark = spec('darkCountRateHz');
    expect(toSliderPosition(dark, 0)).toBe(0);
    expect(fromSliderPosition(dark, 0)).toBe(0);
    expect(toSliderPosition(dark, 1000)).toBeGreaterThan(SLIDER_POSITIONS / 2 - 5);
    const mu = spec('meanPhotonNumber');
    const v = fromSliderPosition(mu, toSliderPosition(mu, 6.7e-4));
    expect(Math.abs(v / 6.7e-4 - 1)).toBeLessThan(0.02);
  });

  it('snaps native values to the step and clamps out-of-range values', () => {
    expect(fromSliderPosition(spec('fiberLengthKm'), 12.4)).toBe(12);
    expect(toSliderPosition(spec('fiberLengthKm'), 999)).toBe(400);
    expect(Number.isInteger(fromSliderPosition(spec('blockSizeBits'), 517))).toBe(true);
  });
});
