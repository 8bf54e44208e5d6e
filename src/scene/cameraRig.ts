// The page side of the 3D view: the camera the visitor turns (OrbitControls on mouse and touch, arrow keys
// on the focused canvas, the "Default view" button), fitted to the canvas until they take over; the HTML labels
// projected
// over the canvas; and whether the view is on screen. Each change is sent to the drawing core as a pose.
import { PerspectiveCamera, Vector3, MathUtils } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { LinkParams } from '../../workers/common/params';
import type { SceneText } from '../i18n/text/scene';
import type { SceneHost } from './sceneHost';
import { layoutLabels, type LabelBox } from './labelLayout';
import { applyOrbitLimits } from './orbitLimits';
import { stationLabels, type LabelAnchor } from './stationLabels';

/** The part of the world the default view must show (x from Alice to the detectors). */
const VIEW_HALF_WIDTH = 10.4;
const VIEW_HALF_WIDTH_COMPACT = 9.6;
const VIEW_HALF_HEIGHT = 3.3;
const VIEW_TARGET = new Vector3(0, 0.35, 0);
const KEY_ROTATE = 0.12;
/** Below this canvas width labels shorten, so a phone still reads at a glance. */
const COMPACT_WIDTH_PX = 640;
/** Labels sit this far from their point, and this far inside the canvas edges (never cut off). */
const LABEL_OFFSET_PX = 2;
const LABEL_MARGIN_PX = 4;

export interface CameraRig {
  resetView: () => void;
  setParams: (p: LinkParams) => void;
  /** The labels' language (they are rebuilt only when their text changes). */
  setText: (t: SceneText) => void;
  dispose: () => void;
}

export function createCameraRig(
  canvas: HTMLCanvasElement,
  labelLayer: HTMLElement,
  host: SceneHost,
  params: LinkParams,
  text: SceneText,
): CameraRig {
  const camera = new PerspectiveCamera(32, 2, 0.1, 200);
  const controls = new OrbitControls(camera, canvas);
  controls.enablePan = false;
  controls.minDistance = 6;
  controls.maxDistance = 60;
  controls.target.copy(VIEW_TARGET);
  applyOrbitLimits(controls, canvas.clientWidth || 610, canvas.clientHeight || 220);
  let width = 0,
    height = 0,
    hasUserTurned = false;

  // Labels
  let labels: { el: HTMLElement; anchor: LabelAnchor; position: Vector3 }[] = [];
  let labelsKey = '';
  let labelParams = params,
    labelText = text;
  const setLabels = (p: LinkParams, t: SceneText) => {
    labelParams = p;
    labelText = t;
    const anchors = stationLabels(p, t);
    const key = JSON.stringify(anchors);
    if (key === labelsKey) return;
    labelsKey = key;
    labelLayer.replaceChildren();
    labels = anchors.map((anchor) => {
      const el = document.createElement('span');
      el.className = `scene-label scene-label-${anchor.side}${anchor.tone ? ` scene-label-${anchor.tone}` : ''}`;
      el.dataset.label = anchor.id;
      labelLayer.append(el);
      return { el, anchor, position: new Vector3(...anchor.position) };
    });
    placeLabels();
  };
  const projected = new Vector3();
  const placeLabels = () => {
    // Before the canvas has a size every label would land in the same corner: keep them hidden until it has one.
    if (width === 0 || height === 0) {
      for (const { el } of labels) el.hidden = true;
      return;
    }
    const compact = width < COMPACT_WIDTH_PX;
    camera.updateMatrixWorld(); // this camera is never rendered, so nothing else refreshes its matrices
    // Write every text first, then measure them all (one layout pass), then place them clear of each other.
    const shown = labels.filter(({ el, anchor, position }) => {
      el.textContent = compact ? anchor.short : anchor.text;
      projected.copy(position).project(camera);
      el.hidden = projected.z > 1 || el.textContent === '';
      el.dataset.x = ((projected.x * 0.5 + 0.5) * width).toFixed(1);
      el.dataset.y = ((-projected.y * 0.5 + 0.5) * height).toFixed(1);
      return !el.hidden;
    });
    // Names first, the muted 0 km / L km ticks last: a tick gives way (or hides) before a name does.
    shown.sort((a, b) => Number(a.anchor.tone === 'muted') - Number(b.anchor.tone === 'muted'));
    const boxes: LabelBox[] = shown.map(({ el, anchor }) => {
      const w = el.offsetWidth,
        h = el.offsetHeight,
        px = Number(el.dataset.x),
        py = Number(el.dataset.y);
      return {
        x: anchor.align === 'start' ? px : px - w / 2,
        y: anchor.side === 'above' ? py - h - LABEL_OFFSET_PX : py + LABEL_OFFSET_PX,
        width: w,
        height: h,
        direction: anchor.side === 'above' ? -1 : 1,
      };
    });
    // The "Default view" button over the canvas is an obstacle placed first: no label goes under it.
    const button = labelLayer.parentElement?.querySelector<HTMLElement>('.scene-reset');
    const obstacles: LabelBox[] =
      button && button.offsetWidth > 0
        ? [
            {
              x: button.offsetLeft,
              y: button.offsetTop,
              width: button.offsetWidth,
              height: button.offsetHeight,
              direction: -1,
            },
          ]
        : [];
    const placed = layoutLabels([...obstacles, ...boxes], {
      left: LABEL_MARGIN_PX,
      top: LABEL_MARGIN_PX,
      right: width - LABEL_MARGIN_PX,
      bottom: height - LABEL_MARGIN_PX,
    }).slice(obstacles.length);
    shown.forEach(({ el }, i) => {
      el.style.transform = `translate(${placed[i].x.toFixed(1)}px, ${placed[i].y.toFixed(1)}px)`;
      el.hidden = placed[i].isHidden;
    });
  };

  const sendPose = () => {
    host.setCamera({
      position: camera.position.toArray(),
      target: controls.target.toArray(),
      fov: camera.fov,
      aspect: camera.aspect,
    });
    placeLabels();
  };
  /** Camera distance that fits the link in the canvas's current aspect. */
  const fitDistance = () => {
    const tanHalf = Math.tan(MathUtils.degToRad(camera.fov / 2));
    // Short labels need less room.
    const halfWidth = width < COMPACT_WIDTH_PX ? VIEW_HALF_WIDTH_COMPACT : VIEW_HALF_WIDTH;
    return Math.max(VIEW_HALF_HEIGHT / tanHalf, halfWidth / (tanHalf * camera.aspect)) * 1.04;
  };
  const resetView = () => {
    const d = fitDistance();
    camera.position.copy(VIEW_TARGET).add(new Vector3(0, 0.22, 1).normalize().multiplyScalar(d));
    controls.target.copy(VIEW_TARGET);
    controls.update(); // emits 'change' → sendPose
    sendPose();
  };

  controls.addEventListener('start', () => {
    hasUserTurned = true;
  });
  controls.addEventListener('change', sendPose);

  const resizeObserver = new ResizeObserver(() => {
    const w = canvas.clientWidth,
      h = canvas.clientHeight;
    if (w === 0 || h === 0 || (w === width && h === height)) return;
    width = w;
    height = h;
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    applyOrbitLimits(controls, w, h); // the drag speed follows the canvas size
    host.setSize(w, h, window.devicePixelRatio || 1);
    if (hasUserTurned) sendPose();
    else resetView(); // keep the whole link in view until the visitor takes the camera
  });
  resizeObserver.observe(canvas);

  // Keyboard: arrows orbit the focused canvas
  const onKey = (e: KeyboardEvent) => {
    const turn: Record<string, [number, number]> = {
      ArrowLeft: [KEY_ROTATE, 0],
      ArrowRight: [-KEY_ROTATE, 0],
      ArrowUp: [0, KEY_ROTATE],
      ArrowDown: [0, -KEY_ROTATE],
    };
    const t = turn[e.key];
    if (!t) return;
    e.preventDefault();
    hasUserTurned = true;
    controls.rotateLeft(t[0]);
    controls.rotateUp(t[1]);
    controls.update();
  };
  canvas.addEventListener('keydown', onKey);

  // Draw only while on screen and the tab is shown
  let isOnScreen = true;
  const sendVisible = () => host.setVisible(isOnScreen && !document.hidden);
  const intersection = new IntersectionObserver((entries) => {
    isOnScreen = entries.some((e) => e.isIntersecting);
    sendVisible();
  });
  intersection.observe(canvas);
  document.addEventListener('visibilitychange', sendVisible);

  setLabels(params, text);
  return {
    resetView: () => {
      hasUserTurned = false;
      resetView();
    },
    setParams: (p) => setLabels(p, labelText),
    setText: (t) => setLabels(labelParams, t),
    dispose: () => {
      resizeObserver.disconnect();
      intersection.disconnect();
      document.removeEventListener('visibilitychange', sendVisible);
      canvas.removeEventListener('keydown', onKey);
      controls.dispose();
      labelLayer.replaceChildren();
    },
  };
}
