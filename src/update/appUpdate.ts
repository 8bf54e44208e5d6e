// New builds reaching open pages: registers the service worker, learns of a new build (a waiting service
// worker, or a worker script that now answers with the server's index page) and reloads at a safe moment.
// The new service worker waits (no skipWaiting), so until this page reloads the old build's cache keeps
// serving it, worker scripts included; applyUpdate() lets the new one take over and reloads into it.
/// <reference types="vite/client" />

import { parseClassroomParams } from '../url/classroomParams';

/** How often an open page asks the server for a new service worker (a kiosk runs for days). */
const UPDATE_CHECK_MS = 15 * 60_000;
/** Checks closer together than this are skipped (each is one small request for sw.js). */
const MIN_CHECK_GAP_MS = 10_000;
/** The kiosk's input events, as src/kiosk/KioskMode.tsx counts them: any of them ends an idle period. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export type UpdateState = 'none' | 'waiting' | 'build-changed';

let registration: ServiceWorkerRegistration | null = null;
let state: UpdateState = 'none';
let isApplying = false;
let lastCheck = 0;
const listeners = new Set<() => void>();

function setState(next: UpdateState): void {
  // A build that changed under the page outranks a waiting worker: both are fixed by reloading.
  if (state === next || state === 'build-changed') return;
  state = next;
  for (const tell of [...listeners]) tell();
}

/**
 * 'waiting': a new build is installed and takes over on reload; 'build-changed': this page's files are gone from the
 * server.
 */
export function updateState(): UpdateState {
  return state;
}

export function isUpdateWaiting(): boolean {
  return state !== 'none';
}

/** Calls `listener` whenever the update state changes; returns the unsubscribe function. */
export function subscribeUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function watchInstalling(worker: ServiceWorker | null): void {
  if (!worker) return;
  const onChange = () => {
    // 'installed' with a controller present: a new build waits for this page to let it take over.
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setState('waiting');
  };
  worker.addEventListener('statechange', onChange);
  onChange();
}

/** Asks the server for a new service worker (at most once per MIN_CHECK_GAP_MS); resolves when the check is done. */
export async function checkForUpdate(): Promise<void> {
  if (!registration || Date.now() - lastCheck < MIN_CHECK_GAP_MS) return;
  lastCheck = Date.now();
  try {
    await registration.update();
  } catch {
    // Offline or the server is down: the page keeps running its build; the next check tries again.
  }
}

/**
 * Reloads into the new build: lets the waiting service worker take over (the page reloads when it does),
 * or reloads at once when the build changed without one. Does nothing when no update is known.
 */
export function applyUpdate(): boolean {
  if (state === 'none' || isApplying) return isApplying;
  isApplying = true;
  const waiting = registration?.waiting;
  if (state === 'waiting' && waiting) {
    waiting.postMessage({ type: 'SKIP_WAITING' });
    // If the worker cannot take over (it went redundant), reload anyway after a moment: a stale page is worse.
    window.setTimeout(() => window.location.reload(), 10_000);
  } else window.location.reload();
  return true;
}

/**
 * A worker failed to load without an error message: that is how a script refused as HTML (the index page a
 * static host answers for a file that no longer exists) shows up. If this page's own main script is gone
 * too, the build on the server changed; a worker of the old build will never load again, so no retry can help.
 */
export async function noteWorkerLoadFailure(probeUrl: string = import.meta.url): Promise<boolean> {
  if (state === 'build-changed') return true;
  try {
    const response = await fetch(probeUrl, { cache: 'no-store' });
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && /javascript|ecmascript/i.test(type)) return false;
  } catch {
    return false; // offline: nothing is known about the server's build
  }
  setState('build-changed');
  // An unattended kiosk reloads at once: its runs cannot start again until it does, and nobody will press Reload.
  if (isKioskPage()) applyUpdate();
  return true;
}

function isKioskPage(): boolean {
  return parseClassroomParams(window.location.search, []).options.isKiosk;
}

/**
 * A kiosk's safe moment is its idle reset: after idleSeconds without input (the kiosk then returns to its start
 * and plays its attract loop, with nobody in front of it). Watched here from the same input events, so the
 * kiosk needs no hook: when an idle period begins the page checks for a new build, and while idle it reloads
 * into one that is ready.
 */
function watchKioskIdle(): void {
  const { isKiosk, idleSeconds } = parseClassroomParams(window.location.search, []).options;
  if (!isKiosk) return;
  let lastInput = Date.now();
  let wasIdle = false;
  for (const type of INPUT_EVENTS)
    window.addEventListener(
      type,
      () => {
        lastInput = Date.now();
      },
      { capture: true, passive: true },
    );
  window.setInterval(() => {
    const isIdle = Date.now() - lastInput >= idleSeconds * 1000;
    if (isIdle && !applyUpdate() && !wasIdle) void checkForUpdate();
    wasIdle = isIdle;
  }, 1000);
}

/** Registers the service worker (production builds only) and starts watching for new builds. */
export function startAppUpdates(swUrl = `${import.meta.env.BASE_URL}sw.js`): void {
  if (!import.meta.env.PROD) return;
  // A lazy chunk (the 3D scene) that fails to load after a redeploy is the same sign as a worker that does.
  window.addEventListener('vite:preloadError', () => {
    void noteWorkerLoadFailure();
  });
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a takeover this page asked for reloads it; the first install's clientsClaim must not.
    if (isApplying) window.location.reload();
  });
  navigator.serviceWorker
    .register(swUrl, { scope: import.meta.env.BASE_URL })
    .then((reg) => {
      registration = reg;
      lastCheck = Date.now();
      if (reg.waiting && navigator.serviceWorker.controller) setState('waiting');
      watchInstalling(reg.installing);
      reg.addEventListener('updatefound', () => watchInstalling(reg.installing));
      window.setInterval(() => {
        void checkForUpdate();
      }, UPDATE_CHECK_MS);
      watchKioskIdle();
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void checkForUpdate();
      });
    })
    .catch(() => {
      // No service worker (private mode, an old browser): the app works online, without offline use.
    });
}
