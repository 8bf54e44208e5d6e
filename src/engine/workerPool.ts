// A small pool of Web Workers with typed comlink clients: workers are spawned lazily up to a size
// (one photon worker per core), leased out, and a worker that dies is terminated and replaced on next use.
// A worker that ends without an error event (closed, killed) never answers: a call with no answer for
// `stallMs` counts as the worker having stopped, so a run ends with a message instead of hanging.
import * as Comlink from 'comlink';
import { noteWorkerLoadFailure } from '../update/appUpdate';
import { WorkerFault, type WorkerKind, type WorkerStopCause } from './workerFault';

export interface WorkerLease<T> {
  api: Comlink.Remote<T>;
  /** Races a call against the worker dying, so a crashed worker rejects instead of hanging forever. */
  call: <R>(pending: Promise<R>) => Promise<R>;
  /** Gives the worker back for the next session. */
  release: () => void;
  /** Terminates the worker (after a crash or to cut a stuck call); the pool spawns a fresh one later. */
  discard: () => void;
}

interface PooledWorker<T> {
  worker: Worker;
  api: Comlink.Remote<T>;
  /** Set once the worker stopped; every later call rejects with it. */
  stopError: WorkerFault | null;
  /** The calls now waiting on this worker: each is told once if it stops, and leaves the set when it settles. */
  waiting: Set<(err: WorkerFault) => void>;
  die: (cause: WorkerStopCause) => void;
  isLeased: boolean;
  isDead: boolean;
}

export interface WorkerPool<T> {
  readonly size: number;
  /** A worker for exclusive use, or null when all are leased. */
  acquire: () => WorkerLease<T> | null;
  /** Starts idle workers up to `count` (at most the pool's size), so a later acquire finds one loaded. */
  prewarm: (count: number) => void;
  terminateAll: () => void;
}

/** Workers the photon pool may run: one per core, at least one. */
export function coreCount(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Number.isFinite(n) ? Math.floor(n) : 1);
}

export function createWorkerPool<T>(
  spawn: () => Worker,
  size: number,
  kind: WorkerKind,
  stallMs = Infinity,
): WorkerPool<T> & { watchedCalls: () => number } {
  const workers: PooledWorker<T>[] = [];

  function start(): PooledWorker<T> {
    const worker = spawn();
    const entry = {
      worker,
      api: Comlink.wrap<T>(worker),
      isLeased: false,
      isDead: false,
      stopError: null,
      waiting: new Set(),
    } as unknown as PooledWorker<T>;
    // Not a long-lived promise that every call races against: each race would leave a reaction on it until
    // the worker dies, so a long session (a kiosk running for days) would keep every call's result alive.
    entry.die = (cause: WorkerStopCause) => {
      if (entry.stopError) return;
      entry.isDead = true;
      entry.stopError = new WorkerFault(kind, cause);
      for (const tell of [...entry.waiting]) tell(entry.stopError);
    };
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      // A plain Event (no ErrorEvent) is a script that never loaded: maybe the build on the server changed.
      if (!('message' in e)) void noteWorkerLoadFailure();
      entry.die({ kind: 'error', text: e.message || '' });
    });
    worker.addEventListener('messageerror', () => entry.die({ kind: 'unreadable-message' }));
    workers.push(entry);
    return entry;
  }

  function remove(entry: PooledWorker<T>): void {
    entry.isDead = true;
    entry.worker.terminate();
    const i = workers.indexOf(entry);
    if (i >= 0) workers.splice(i, 1);
  }

  return {
    size,
    prewarm(count) {
      while (workers.filter((w) => !w.isDead).length < Math.min(count, size)) start();
    },
    acquire() {
      for (const dead of workers.filter((w) => w.isDead && !w.isLeased)) remove(dead);
      const entry = workers.find((w) => !w.isLeased) ?? (workers.length < size ? start() : null);
      if (!entry) return null;
      entry.isLeased = true;
      return {
        api: entry.api,
        call: (pending) =>
          new Promise((resolve, reject) => {
            if (entry.stopError) {
              reject(entry.stopError);
              return;
            }
            const timer = Number.isFinite(stallMs)
              ? setTimeout(() => entry.die({ kind: 'no-answer', seconds: Math.round(stallMs / 1000) }), stallMs)
              : undefined;
            const settle = () => {
              clearTimeout(timer);
              entry.waiting.delete(onStop);
            };
            const onStop = (err: WorkerFault) => {
              settle();
              reject(err);
            };
            entry.waiting.add(onStop);
            pending.then(
              (value) => {
                settle();
                resolve(value);
              },
              (err: unknown) => {
                settle();
                reject(err);
              },
            );
          }),
        release: () => {
          entry.isLeased = false;
          if (entry.isDead) remove(entry);
        },
        discard: () => remove(entry),
      };
    },
    terminateAll() {
      for (const w of [...workers]) remove(w);
    },
    /** Calls still waiting on a worker (0 once every call settled): lets a test see that settled calls let go. */
    watchedCalls: () => workers.reduce((n, w) => n + w.waiting.size, 0),
  };
}
