// Tests of the camera rig's drag limits with three's real OrbitControls on a stand-in canvas (no DOM in
// Node): a 150 px drag turns the view smoothly (tens of degrees, not a flip) and no drag leaves the limits.
import { PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { describe, expect, it } from 'vitest';
import { applyOrbitLimits, dragDegreesPerPx, ORBIT_LIMITS } from './orbitLimits';

function fakeCanvas(width: number, height: number): HTMLElement {
  const noop = () => undefined;
  const doc = { addEventListener: noop, removeEventListener: noop };
  return {
    clientWidth: width,
    clientHeight: height,
    style: {},
    ownerDocument: doc,
    addEventListener: noop,
    removeEventListener: noop,
    getRootNode: () => doc,
  } as unknown as HTMLElement;
}

/** A camera in the rig's default pose and controls with the limits for a canvas of this size. */
function rig(width: number, height: number) {
  const camera = new PerspectiveCamera(32, width / height, 0.1, 200);
  const target = new Vector3(0, 0.35, 0);
  camera.position.copy(target).add(new Vector3(0, 0.22, 1).normalize().multiplyScalar(40));
  const controls = new OrbitControls(camera, fakeCanvas(width, height));
  controls.target.copy(target);
  applyOrbitLimits(controls, width, height);
  controls.update();
  return controls;
}

/** Drags by (dx, dy) px in `steps` pointer moves, as OrbitControls handles a mouse drag. */
function drag(controls: OrbitControls, dx: number, dy: number, steps = 10): void {
  const c = controls as unknown as {
    _handleMouseDownRotate: (e: object) => void;
    _handleMouseMoveRotate: (e: object) => void;
  };
  c._handleMouseDownRotate({ clientX: 0, clientY: 0 });
  for (let k = 1; k <= steps; k++) c._handleMouseMoveRotate({ clientX: (dx * k) / steps, clientY: (dy * k) / steps });
}

const toDeg = (rad: number) => (rad * 180) / Math.PI;

describe('camera rig drag limits', () => {
  it('turns a 150 px drag by tens of degrees on the 610×220 canvas, not half a turn', () => {
    const controls = rig(610, 220);
    const before = controls.getAzimuthalAngle();
    drag(controls, 150, 0);
    const turned = Math.abs(toDeg(controls.getAzimuthalAngle() - before));
    expect(turned).toBeGreaterThan(10);
    expect(turned).toBeLessThan(30);
    expect(turned).toBeCloseTo(150 * dragDegreesPerPx(610), 1);
  });

  it('turns at the same rate per pixel whatever the canvas height, and never faster than 0.3°/px', () => {
    for (const [w, h] of [
      [610, 220],
      [610, 600],
      [358, 224],
      [1800, 630],
    ]) {
      const controls = rig(w, h);
      drag(controls, 20, 0, 2);
      expect(Math.abs(toDeg(controls.getAzimuthalAngle()))).toBeCloseTo(20 * dragDegreesPerPx(w), 1);
      expect(dragDegreesPerPx(w)).toBeLessThanOrEqual(0.3);
    }
  });

  it('keeps the camera within the azimuth and polar limits however far the drag goes', () => {
    for (const [dx, dy] of [
      [5000, 0],
      [-5000, 0],
      [0, 5000],
      [0, -5000],
      [3000, -3000],
    ]) {
      const controls = rig(390, 250);
      drag(controls, dx, dy, 40);
      expect(controls.getAzimuthalAngle()).toBeGreaterThanOrEqual(ORBIT_LIMITS.minAzimuth - 1e-9);
      expect(controls.getAzimuthalAngle()).toBeLessThanOrEqual(ORBIT_LIMITS.maxAzimuth + 1e-9);
      expect(controls.getPolarAngle()).toBeGreaterThanOrEqual(ORBIT_LIMITS.minPolar - 1e-9);
      expect(controls.getPolarAngle()).toBeLessThanOrEqual(ORBIT_LIMITS.maxPolar + 1e-9);
    }
  });

  it('a full-width drag turns at most 90°, so the view can never flip to its back', () => {
    const controls = rig(1200, 420);
    drag(controls, 1200, 0, 30);
    expect(Math.abs(toDeg(controls.getAzimuthalAngle()))).toBeLessThanOrEqual(65 + 1e-6);
  });
});
