// How far and how fast the visitor may turn the link scene's camera: OrbitControls turns 2π·rotateSpeed
// per canvas height of drag, so a short, wide canvas spun ~245° for 150 px; here the speed follows the canvas size.
import { MathUtils } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

const deg = MathUtils.degToRad;

/**
 * The turns that keep the link readable: from well above the fiber to just below its level (polar angle,
 * from straight up), and at most 65° either side of the front view (azimuth). The default view is ~78° polar, 0°
 * azimuth.
 */
export const ORBIT_LIMITS = {
  minPolar: deg(40),
  maxPolar: deg(95),
  minAzimuth: -deg(65),
  maxAzimuth: deg(65),
} as const;

/** A drag across the whole canvas width turns the view by this much (so no drag can flip it)… */
export const FULL_WIDTH_DRAG_DEG = 90;
/** …and never faster than this per pixel on a narrow canvas (a phone). */
export const MAX_DRAG_DEG_PER_PX = 0.3;

/** Degrees the camera turns per dragged CSS pixel on a canvas of this width. */
export function dragDegreesPerPx(widthPx: number): number {
  return Math.min(MAX_DRAG_DEG_PER_PX, FULL_WIDTH_DRAG_DEG / Math.max(1, widthPx));
}

/** OrbitControls' rotateSpeed for that turn rate (it turns 360°·rotateSpeed per canvas height of drag). */
export function dragRotateSpeed(widthPx: number, heightPx: number): number {
  return (dragDegreesPerPx(widthPx) * Math.max(1, heightPx)) / 360;
}

/** Applies the limits and the size-dependent drag speed to the controls (again on every resize). */
export function applyOrbitLimits(controls: OrbitControls, widthPx: number, heightPx: number): void {
  controls.minPolarAngle = ORBIT_LIMITS.minPolar;
  controls.maxPolarAngle = ORBIT_LIMITS.maxPolar;
  controls.minAzimuthAngle = ORBIT_LIMITS.minAzimuth;
  controls.maxAzimuthAngle = ORBIT_LIMITS.maxAzimuth;
  controls.rotateSpeed = dragRotateSpeed(widthPx, heightPx);
}
