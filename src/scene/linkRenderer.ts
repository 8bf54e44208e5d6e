// The imperative three.js side of the link scene: renderer, camera, orbit controls, the stations and
// three instanced meshes (Z photons as cubes, X photons as octahedra, red rings on photons Eve touched).
// One frame loop steps the SceneDirector and copies the photon pool into instance matrices; nothing per
// photon goes through React. It pauses when hidden, renders only when something changed, and disposes all.
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { LinkParams } from '../../workers/common/params';
import type { LinkFeed } from './linkFeed';
import { buildStations, stationsKey, type LabelAnchor, type Stations } from './linkStations';
import { FADE_S, positionOnPath } from './photonPool';
import { SCENE_COLORS } from './sceneColors';
import { OUTCOME_CORRECT, OUTCOME_ERROR, SceneDirector, TAG_DARK } from './sceneDirector';
import { FrameStats } from './frameStats';

export interface LinkRendererOptions {
  canvas: HTMLCanvasElement;
  labelLayer: HTMLElement;
  feed: LinkFeed;
  getParams: () => LinkParams;
  isRunning: () => boolean;
}

export interface LinkRenderer {
  resetView: () => void;
  /** Something outside the loop changed (params, run status): draw again. */
  invalidate: () => void;
  clearPhotons: () => void;
  stats: FrameStats;
  /** Renders n frames back to back, each finished on the GPU (readPixels), and returns ms per frame. */
  measureFrames: (n: number) => number[];
  dispose: () => void;
}

const CAPACITY = 1024;
/** The part of the world the default view must show (x from Alice to the detectors). */
const VIEW_HALF_WIDTH = 10.4;
const VIEW_HALF_WIDTH_COMPACT = 9.6;
const VIEW_HALF_HEIGHT = 3.3;
const VIEW_TARGET = new THREE.Vector3(0, 0.35, 0);
const FLASH_S = 0.7;
const KEY_ROTATE = 0.12;
/** Below this canvas width labels shorten and photons grow, so a phone still reads at a glance. */
const COMPACT_WIDTH_PX = 640;

export function createLinkRenderer(o: LinkRendererOptions): LinkRenderer {
  const renderer = new THREE.WebGLRenderer({ canvas: o.canvas, antialias: true, preserveDrawingBuffer: false });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const scene = new THREE.Scene();
  const background = new THREE.Color(SCENE_COLORS.background);
  scene.background = background;
  scene.add(new THREE.AmbientLight(0xffffff, 1.4));
  const sun = new THREE.DirectionalLight(0xffffff, 2.2);
  sun.position.set(-4, 8, 10);
  scene.add(sun);

  const camera = new THREE.PerspectiveCamera(32, 2, 0.1, 200);
  const controls = new OrbitControls(camera, o.canvas);
  controls.enableDamping = true;
  controls.enablePan = false;
  controls.minDistance = 6;
  controls.maxDistance = 60;
  controls.target.copy(VIEW_TARGET);

  /** Camera distance that fits the link in the canvas's current aspect. */
  const fitDistance = () => {
    const vHalf = THREE.MathUtils.degToRad(camera.fov / 2);
    const byHeight = VIEW_HALF_HEIGHT / Math.tan(vHalf);
    const halfWidth = width < COMPACT_WIDTH_PX ? VIEW_HALF_WIDTH_COMPACT : VIEW_HALF_WIDTH; // short labels need less room
    const byWidth = halfWidth / (Math.tan(vHalf) * camera.aspect);
    return Math.max(byHeight, byWidth) * 1.04;
  };
  const resetView = () => {
    const d = fitDistance();
    camera.position.copy(VIEW_TARGET).add(new THREE.Vector3(0, 0.22 * d, d).normalize().multiplyScalar(d));
    controls.target.copy(VIEW_TARGET);
    controls.update();
    isDirty = true;
  };

  // Photons: one instanced mesh per shape, plus rings for the photons Eve resent or copied
  const cubeGeom = new THREE.BoxGeometry(0.26, 0.26, 0.26);
  const octaGeom = new THREE.OctahedronGeometry(0.2);
  const ringGeom = new THREE.TorusGeometry(0.27, 0.045, 6, 20);
  const photonMat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const ringMat = new THREE.MeshBasicMaterial({ color: SCENE_COLORS.eve });
  const cubes = new THREE.InstancedMesh(cubeGeom, photonMat, CAPACITY);
  const octas = new THREE.InstancedMesh(octaGeom, photonMat, CAPACITY);
  const rings = new THREE.InstancedMesh(ringGeom, ringMat, CAPACITY);
  for (const m of [cubes, octas, rings]) {
    m.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
    m.frustumCulled = false;
    m.count = 0;
    scene.add(m);
  }
  cubes.setColorAt(0, background);
  octas.setColorAt(0, background);

  let stations: Stations | null = null;
  let stationsFor = '';
  const syncStations = (p: LinkParams) => {
    const key = stationsKey(p);
    if (key === stationsFor) return;
    stations?.dispose();
    if (stations) scene.remove(stations.group);
    stations = buildStations(p);
    stationsFor = key;
    scene.add(stations.group);
    buildLabels(stations);
    isDirty = true;
  };

  // HTML labels over the canvas, placed by projecting their anchors (aria-hidden: the text alternative says it all)
  let labelEls: { el: HTMLElement; anchor: LabelAnchor }[] = [];
  let isCompact: boolean | null = null;
  const buildLabels = (s: Stations) => {
    o.labelLayer.replaceChildren();
    isCompact = null;
    labelEls = s.labels.map((l) => {
      const el = document.createElement('span');
      el.className = `scene-label scene-label-${l.side}${l.tone ? ` scene-label-${l.tone}` : ''}`;
      el.dataset.label = l.id;
      o.labelLayer.append(el);
      return { el, anchor: l };
    });
  };
  const projected = new THREE.Vector3();
  const placeLabels = (w: number, h: number) => {
    const compact = w < COMPACT_WIDTH_PX;
    for (const { el, anchor } of labelEls) {
      if (compact !== isCompact) el.textContent = compact ? anchor.short : anchor.text;
      projected.copy(anchor.position).project(camera);
      const x = (projected.x * 0.5 + 0.5) * w, y = (-projected.y * 0.5 + 0.5) * h;
      const dx = anchor.align === 'start' ? '0' : '-50%';
      el.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(${dx}, ${anchor.side === 'above' ? '-100%' : '0'})`;
      el.hidden = projected.z > 1 || el.textContent === '';
    }
    isCompact = compact;
  };

  const director = new SceneDirector(o.feed, CAPACITY);
  const flashLeft = [0, 0];
  const flashColor = [new THREE.Color(), new THREE.Color()];
  const onFlash = (detector: number, tag: number) => {
    const outcome = tag & 3;
    const c = tag & TAG_DARK ? SCENE_COLORS.dark : outcome === OUTCOME_CORRECT ? SCENE_COLORS.correct : outcome === OUTCOME_ERROR ? SCENE_COLORS.error : SCENE_COLORS.discarded;
    flashLeft[detector] = FLASH_S;
    flashColor[detector].setHex(c);
  };

  const m4 = new THREE.Matrix4();
  const color = new THREE.Color();
  const zColor = new THREE.Color(SCENE_COLORS.z), xColor = new THREE.Color(SCENE_COLORS.x);
  const xy = new Float32Array(2);
  const writePhotons = () => {
    const pool = director.pool;
    let nc = 0, no = 0, nr = 0;
    for (let i = 0; i < pool.count; i++) {
      positionOnPath(pool.s[i], pool.detector[i], xy);
      const basis = pool.currentBasis(i);
      const fade = pool.fadeS[i] >= 0 ? Math.min(1, pool.fadeS[i] / FADE_S) : 0;
      const size = sizeBoost * (pool.isLost[i] ? 0.8 : 1.15) * (1 - 0.7 * fade);
      m4.makeScale(size, size, size).setPosition(xy[0], xy[1], pool.lane[i]);
      color.copy(basis === 0 ? zColor : xColor);
      if (pool.isLost[i]) color.lerp(background, 0.25 + 0.75 * fade);
      if (basis === 0) { cubes.setMatrixAt(nc, m4); cubes.setColorAt(nc++, color); } else { octas.setMatrixAt(no, m4); octas.setColorAt(no++, color); }
      if (pool.isResentNow(i) && fade < 0.6) rings.setMatrixAt(nr++, m4);
    }
    cubes.count = nc; octas.count = no; rings.count = nr;
    for (const m of [cubes, octas, rings]) {
      m.instanceMatrix.needsUpdate = true;
      if (m.instanceColor) m.instanceColor.needsUpdate = true;
    }
  };

  const writeFlashes = (dt: number) => {
    if (!stations) return;
    for (let d = 0; d < 2; d++) {
      flashLeft[d] = Math.max(0, flashLeft[d] - dt);
      const k = flashLeft[d] / FLASH_S;
      const mat = stations.detectorMaterials[d];
      mat.emissive.copy(flashColor[d]).multiplyScalar(k);
      const glow = stations.detectorGlows[d];
      glow.visible = k > 0;
      glow.material.color.copy(flashColor[d]);
      glow.material.opacity = 0.55 * k;
      glow.scale.setScalar(0.6 + 0.8 * (1 - k));
    }
  };

  // Size
  let width = 0, height = 0, sizeBoost = 1;
  const resize = () => {
    const w = o.canvas.clientWidth, h = o.canvas.clientHeight;
    if (w === width && h === height) return;
    width = w; height = h;
    sizeBoost = THREE.MathUtils.clamp(40 / (w / (2 * VIEW_HALF_WIDTH)), 1, 2); // photons at least ~10 px across
    renderer.setSize(w, h, false);
    camera.aspect = w / Math.max(1, h);
    camera.updateProjectionMatrix();
    if (!hasUserTurned) resetView(); // keep the whole link in view until the visitor takes the camera
    isDirty = true;
  };

  // Loop: runs while visible on screen and the tab is shown
  const stats = new FrameStats(240);
  let isDirty = true;
  let isOnScreen = true;
  let frame: number | null = null;
  let lastMs: number | null = null;
  let hasUserTurned = false;
  controls.addEventListener('change', () => { isDirty = true; });
  controls.addEventListener('start', () => { hasUserTurned = true; });

  const renderNow = () => {
    const t0 = performance.now();
    renderer.render(scene, camera);
    stats.addRender(performance.now() - t0);
  };

  const tick = (nowMs: number) => {
    frame = null;
    const dt = lastMs === null ? 0 : Math.min(0.1, (nowMs - lastMs) / 1000);
    if (lastMs !== null) stats.addFrame(nowMs - lastMs);
    lastMs = nowMs;
    resize();
    syncStations(o.getParams());
    const running = o.isRunning();
    director.update(dt, o.getParams(), running, onFlash);
    const isBusy = director.pool.count > 0 || flashLeft[0] > 0 || flashLeft[1] > 0 || running;
    controls.update(dt); // damping: emits 'change' while the view still moves
    if (isBusy || isDirty) {
      writePhotons();
      writeFlashes(dt);
      placeLabels(width, height);
      renderNow();
      isDirty = isBusy; // one more frame after the last photon goes
    }
    schedule();
  };
  const schedule = () => {
    if (frame === null && isOnScreen && !document.hidden) frame = requestAnimationFrame(tick);
  };
  const stop = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    lastMs = null;
  };
  const onVisibility = () => { if (document.hidden) stop(); else schedule(); };
  document.addEventListener('visibilitychange', onVisibility);
  const io = new IntersectionObserver((entries) => {
    isOnScreen = entries.some((e) => e.isIntersecting);
    if (isOnScreen) schedule(); else stop();
  });
  io.observe(o.canvas);

  // Keyboard: arrows orbit (the canvas is focusable), shift/ctrl not needed
  const onKey = (e: KeyboardEvent) => {
    const turn: Record<string, [number, number]> = { ArrowLeft: [KEY_ROTATE, 0], ArrowRight: [-KEY_ROTATE, 0], ArrowUp: [0, KEY_ROTATE], ArrowDown: [0, -KEY_ROTATE] };
    const t = turn[e.key];
    if (t) {
      e.preventDefault();
      hasUserTurned = true;
      controls.rotateLeft(t[0]);
      controls.rotateUp(t[1]);
      controls.update();
      isDirty = true;
      schedule();
    }
  };
  o.canvas.addEventListener('keydown', onKey);

  resize();
  resetView();
  syncStations(o.getParams());
  schedule();

  return {
    resetView: () => { hasUserTurned = false; resetView(); schedule(); },
    invalidate: () => { isDirty = true; schedule(); },
    clearPhotons: () => { director.reset(); flashLeft[0] = flashLeft[1] = 0; isDirty = true; schedule(); },
    stats,
    measureFrames: (n) => {
      const gl = renderer.getContext();
      const px = new Uint8Array(4);
      const out: number[] = [];
      for (let k = 0; k < n; k++) {
        const t0 = performance.now();
        director.update(1 / 60, o.getParams(), o.isRunning(), onFlash);
        writePhotons();
        writeFlashes(1 / 60);
        renderer.render(scene, camera);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); // waits until the GPU (SwiftShader) has drawn the frame
        out.push(performance.now() - t0);
      }
      return out;
    },
    dispose: () => {
      stop();
      io.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      o.canvas.removeEventListener('keydown', onKey);
      controls.dispose();
      stations?.dispose();
      for (const g of [cubeGeom, octaGeom, ringGeom]) g.dispose();
      photonMat.dispose();
      ringMat.dispose();
      for (const m of [cubes, octas, rings]) m.dispose();
      o.labelLayer.replaceChildren();
      renderer.dispose();
    },
  };
}
