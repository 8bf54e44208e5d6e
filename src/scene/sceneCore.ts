// The drawing core of the link scene, free of the DOM so it runs in a worker on an OffscreenCanvas (the
// page's main thread then never waits for the GPU) or, where that is missing, on the main thread. It owns
// the renderer, the stations, three instanced meshes (Z photons as cubes, X as octahedra, red rings on
// photons Eve touched), the SceneDirector and the frame loop; the camera pose comes from the page's rig.
import * as THREE from 'three';
import type { LinkParams } from '../../workers/common/params';
import { FrameStats } from './frameStats';
import type { FrameStatsSummary } from './sceneFeed';
import { buildStations, stationsKey, type Stations } from './linkStations';
import { FADE_S, positionOnPath } from './photonPool';
import { SCENE_COLORS } from './sceneColors';
import { OUTCOME_CORRECT, OUTCOME_ERROR, SceneDirector, TAG_DARK, type FeedLike } from './sceneDirector';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
  fov: number;
  aspect: number;
}

export interface SceneCore {
  setSize: (cssWidth: number, cssHeight: number, pixelRatio: number) => void;
  setCamera: (pose: CameraPose) => void;
  setParams: (p: LinkParams) => void;
  setRunning: (isRunning: boolean) => void;
  setVisible: (isVisible: boolean) => void;
  clearPhotons: () => void;
  stats: FrameStats;
  summary: () => FrameStatsSummary;
  /** Renders n frames back to back, each finished on the GPU (readPixels); ms per frame. */
  measureFrames: (n: number) => number[];
  dispose: () => void;
}

const CAPACITY = 1024;
const FLASH_S = 0.7;
/** At most ~30 frames per second: smooth enough for photons crossing in three seconds, half the GPU work of 60. */
const MIN_FRAME_MS = 1000 / 30 - 4;
/** Photons are drawn at least this many CSS px across (a phone-sized canvas enlarges them). */
const MIN_PHOTON_PX = 9;

/** Yields to the event loop (a macrotask), so work before and after it lands in separate tasks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSceneCore(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  feed: FeedLike,
  initialParams: LinkParams,
  onReady: () => void,
): SceneCore {
  const t0 = performance.now();
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: false, preserveDrawingBuffer: false });
  const scene = new THREE.Scene();
  const background = new THREE.Color(SCENE_COLORS.background);
  scene.background = background;
  scene.add(new THREE.AmbientLight(0xffffff, 1.4));
  const sun = new THREE.DirectionalLight(0xffffff, 2.2);
  sun.position.set(-4, 8, 10);
  scene.add(sun);
  const camera = new THREE.PerspectiveCamera(32, 2, 0.1, 200);
  let params = initialParams,
    isRunning = false,
    isVisible = true;

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
  cubes.setColorAt(0, background); // creates the colour attribute, so the shader is compiled with it
  octas.setColorAt(0, background);

  let stations: Stations | null = null;
  let stationsFor = '';
  const syncStations = () => {
    const key = stationsKey(params);
    if (key === stationsFor) return;
    if (stations) {
      scene.remove(stations.group);
      stations.dispose();
    }
    stations = buildStations(params);
    stationsFor = key;
    scene.add(stations.group);
    isDirty = true;
  };

  const director = new SceneDirector(feed, CAPACITY);
  const flashLeft = [0, 0];
  const flashColor = [new THREE.Color(), new THREE.Color()];
  const onFlash = (detector: number, tag: number) => {
    const outcome = tag & 3;
    const c =
      tag & TAG_DARK
        ? SCENE_COLORS.dark
        : outcome === OUTCOME_CORRECT
          ? SCENE_COLORS.correct
          : outcome === OUTCOME_ERROR
            ? SCENE_COLORS.error
            : SCENE_COLORS.discarded;
    flashLeft[detector] = FLASH_S;
    flashColor[detector].setHex(c);
  };

  const m4 = new THREE.Matrix4();
  const color = new THREE.Color();
  const zColor = new THREE.Color(SCENE_COLORS.z),
    xColor = new THREE.Color(SCENE_COLORS.x);
  const xy = new Float32Array(2);
  let sizeBoost = 1;
  const writePhotons = () => {
    const pool = director.pool;
    let nc = 0,
      no = 0,
      nr = 0;
    for (let i = 0; i < pool.count; i++) {
      positionOnPath(pool.s[i], pool.detector[i], xy);
      const basis = pool.currentBasis(i);
      const fade = pool.fadeS[i] >= 0 ? Math.min(1, pool.fadeS[i] / FADE_S) : 0;
      const size = sizeBoost * (pool.isLost[i] ? 0.8 : 1.15) * (1 - 0.7 * fade);
      m4.makeScale(size, size, size).setPosition(xy[0], xy[1], pool.lane[i]);
      color.copy(basis === 0 ? zColor : xColor);
      if (pool.isLost[i]) color.lerp(background, 0.25 + 0.75 * fade);
      if (basis === 0) {
        cubes.setMatrixAt(nc, m4);
        cubes.setColorAt(nc++, color);
      } else {
        octas.setMatrixAt(no, m4);
        octas.setColorAt(no++, color);
      }
      if (pool.isResentNow(i) && fade < 0.6) rings.setMatrixAt(nr++, m4);
    }
    cubes.count = nc;
    octas.count = no;
    rings.count = nr;
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
      stations.detectorMaterials[d].emissive.copy(flashColor[d]).multiplyScalar(k);
      const glow = stations.detectorGlows[d];
      glow.visible = k > 0;
      glow.material.color.copy(flashColor[d]);
      glow.material.opacity = 0.55 * k;
      glow.scale.setScalar(0.6 + 0.8 * (1 - k));
    }
  };

  // Loop: runs while visible; renders only when something moves or changed
  const stats = new FrameStats(240);
  let isDirty = true,
    isReady = false,
    isDisposed = false;
  let frame: number | null = null;
  let lastMs: number | null = null;

  const renderNow = () => {
    const t = performance.now();
    renderer.render(scene, camera);
    stats.addRender(performance.now() - t);
    if (stats.renderCount === 1) performance.measure('link-scene:first-render', { start: t });
  };

  const tick = (nowMs: number) => {
    frame = null;
    if (lastMs !== null && nowMs - lastMs < MIN_FRAME_MS) {
      schedule();
      return;
    }
    const dt = lastMs === null ? 0 : Math.min(0.1, (nowMs - lastMs) / 1000);
    if (lastMs !== null) stats.addFrame(nowMs - lastMs);
    lastMs = nowMs;
    syncStations();
    director.update(dt, params, isRunning, onFlash);
    const isBusy = director.pool.count > 0 || flashLeft[0] > 0 || flashLeft[1] > 0 || isRunning;
    if (isBusy || isDirty) {
      writePhotons();
      writeFlashes(dt);
      renderNow();
      isDirty = false;
    }
    if (isBusy) schedule();
  };
  const schedule = () => {
    if (frame === null && isReady && isVisible && !isDisposed) frame = requestAnimationFrame(tick);
  };
  const stop = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    lastMs = null;
  };
  const invalidate = () => {
    isDirty = true;
    schedule();
  };

  // Start-up in short tasks (one long task would stall a run already going): stations, then each
  // distinct shader program compiled on its own, and only then the loop.
  performance.measure('link-scene:context', { start: t0 });
  const startUp = async () => {
    await nextTask();
    if (isDisposed) return;
    syncStations();
    const programs = new Map<string, THREE.Object3D>();
    scene.traverse((obj) => {
      const m = (obj as THREE.Mesh).material;
      if (!m || Array.isArray(m)) return;
      programs.set(`${m.type}|${m.transparent}|${(obj as THREE.InstancedMesh).isInstancedMesh === true}`, obj);
    });
    for (const obj of programs.values()) {
      await nextTask();
      if (isDisposed) return;
      const t = performance.now();
      renderer.compile(obj, camera, scene);
      performance.measure('link-scene:compile', { start: t });
    }
    await nextTask();
    if (isDisposed) return;
    isReady = true;
    onReady();
    schedule();
  };
  void startUp();

  return {
    setSize: (w, h, pixelRatio) => {
      renderer.setPixelRatio(Math.min(pixelRatio || 1, 2));
      renderer.setSize(w, h, false);
      sizeBoost = THREE.MathUtils.clamp(MIN_PHOTON_PX / (0.26 * 1.15 * (w / 21)), 1, 2);
      invalidate();
    },
    setCamera: (pose) => {
      camera.fov = pose.fov;
      camera.aspect = pose.aspect;
      camera.position.set(...pose.position);
      camera.lookAt(...pose.target);
      camera.updateProjectionMatrix();
      invalidate();
    },
    setParams: (p) => {
      params = p;
      invalidate();
    },
    setRunning: (b) => {
      isRunning = b;
      invalidate();
    },
    setVisible: (b) => {
      isVisible = b;
      if (b) invalidate();
      else stop();
    },
    clearPhotons: () => {
      director.reset();
      flashLeft[0] = flashLeft[1] = 0;
      invalidate();
    },
    stats,
    summary: () => ({
      ...stats.summary(),
      bufferPx: [canvas.width, canvas.height],
      cameraPosition: camera.position.toArray(),
    }),
    measureFrames: (n) => {
      const gl = renderer.getContext();
      const px = new Uint8Array(4);
      const out: number[] = [];
      for (let k = 0; k < n; k++) {
        const t = performance.now();
        director.update(1 / 60, params, isRunning, onFlash);
        writePhotons();
        writeFlashes(1 / 60);
        renderer.render(scene, camera);
        // Waits until the GPU (SwiftShader) has drawn the frame.
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
        out.push(performance.now() - t);
      }
      return out;
    },
    dispose: () => {
      isDisposed = true;
      stop();
      if (stations) stations.dispose();
      for (const g of [cubeGeom, octaGeom, ringGeom]) g.dispose();
      photonMat.dispose();
      ringMat.dispose();
      for (const m of [cubes, octas, rings]) m.dispose();
      renderer.dispose();
    },
  };
}
