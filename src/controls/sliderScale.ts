// Maps registry values to slider positions and back: linear params with few steps use their own
// step directly; log-scale and very fine linear params use 1000 positions with snapping that round-trips.
import type { NumberParamSpec } from '../../workers/common/params';

/** Positions of a mapped slider (0 … SLIDER_POSITIONS). */
export const SLIDER_POSITIONS = 1000;
/** Linear params with at most this many steps get a native value slider. */
const MAX_NATIVE_STEPS = 10_000;

export interface SliderGeometry {
  min: number;
  max: number;
  step: number;
  /** True when the slider's value is the parameter itself (no mapping). */
  isNative: boolean;
}

export function isNativeSlider(spec: NumberParamSpec): boolean {
  return spec.scale === 'linear' && (spec.max - spec.min) / spec.step <= MAX_NATIVE_STEPS;
}

export function sliderGeometry(spec: NumberParamSpec): SliderGeometry {
  if (isNativeSlider(spec)) return { min: spec.min, max: spec.max, step: spec.step, isNative: true };
  return { min: 0, max: SLIDER_POSITIONS, step: 1, isNative: false };
}

/** Lower end of the log axis: the min, or one step (or max·10⁻⁶) above a zero min; position 0 stays exactly min. */
function logFloor(spec: NumberParamSpec): number {
  if (spec.min > 0) return spec.min;
  return Math.max(spec.step, spec.max * 1e-6);
}

function roundToStep(spec: NumberParamSpec, value: number): number {
  const steps = Math.round((value - spec.min) / spec.step);
  return Number((spec.min + steps * spec.step).toPrecision(12));
}

function clamp(spec: NumberParamSpec, value: number): number {
  return Math.min(spec.max, Math.max(spec.min, value));
}

/** The slider position (or native value) that shows `value`. */
export function toSliderPosition(spec: NumberParamSpec, value: number): number {
  if (isNativeSlider(spec)) return clamp(spec, value);
  const v = clamp(spec, value);
  if (spec.scale === 'linear') return Math.round(((v - spec.min) / (spec.max - spec.min)) * SLIDER_POSITIONS);
  const floor = logFloor(spec);
  if (v <= spec.min && spec.min === 0) return 0;
  if (v <= floor) return spec.min === 0 ? 1 : 0;
  const first = spec.min === 0 ? 1 : 0;
  const t = Math.log(v / floor) / Math.log(spec.max / floor);
  return Math.min(SLIDER_POSITIONS, Math.max(first, first + Math.round(t * (SLIDER_POSITIONS - first))));
}

/** The parameter value at a slider position, snapped so that it maps back to the same position. */
export function fromSliderPosition(spec: NumberParamSpec, position: number): number {
  if (isNativeSlider(spec)) return clamp(spec, roundToStep(spec, position));
  const pos = Math.min(SLIDER_POSITIONS, Math.max(0, Math.round(position)));
  if (spec.scale === 'linear') {
    if (pos === SLIDER_POSITIONS) return spec.max;
    return clamp(spec, roundToStep(spec, spec.min + (pos / SLIDER_POSITIONS) * (spec.max - spec.min)));
  }
  if (pos === 0) return spec.min;
  if (pos === SLIDER_POSITIONS) return spec.max;
  const floor = logFloor(spec);
  const first = spec.min === 0 ? 1 : 0;
  const t = (pos - first) / (SLIDER_POSITIONS - first);
  const raw = floor * Math.pow(spec.max / floor, t);
  // Three significant digits reads well and still round-trips at ≥ 1 % per position.
  let snapped = Number(raw.toPrecision(3));
  if (spec.integer) snapped = Math.round(snapped);
  return clamp(spec, snapped);
}
