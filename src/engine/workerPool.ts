// A small pool of Web Workers with typed comlink clients: workers are spawned lazily up to a size
// (one photon worker per core), leased out, and a worker that dies is terminated and replaced on next use.
// A worker that ends without an error event (closed, killed) never answers: a call with no answer for
// `stallMs` counts as the worker having stopped, so a run ends with a message instead of hanging.
import * as Comlink from 'comlink';

export interface WorkerLease<T> {
  api: Comlink.Remote<T>;
  /** Races a call against the worker dying, so a crashed worker rejects instead of hanging forever. */
  call: <R>(pending: Promise<R>) => Promise<R>;
  /** Gives the worker back for the next session. */
  release: () => void;
  /** Terminates the worker (after a crash or to cut a stuck call); the pool spawns a fresh one later. */
  discard: () => void;
}

/** Why a worker stopped, free of language (the page words it; the Error's message is the English sentence). */
export type WorkerStopCause =
  | { kind: 'no-answer'; seconds: number }
  | { kind: 'unreadable-message' }
  /** An error event: the browser's or the worker's own text (empty when there was none). */
  | { kind: 'error'; text: string };

/** The error a call rejects with when its worker stopped: "the photon simulation worker stopped (no answer for 30 s)". */
export class WorkerStoppedError extends Error {
  constructor(readonly workerName: string, readonly stopCause: WorkerStopCause) {
    super(`the ${workerName} worker stopped (${stopCause.kind === 'no-answer' ? `no answer for ${stopCause.seconds} s`
      : stopCause.kind === 'unreadable-message' ? 'a message could not be read' : stopCause.text || 'script error'})`);
    this.name = 'WorkerStoppedError';
  }
}

interface PooledWorker<T> {
  worker: Worker;
  api: Comlink.Remote<T>;
  crashed: Promise<never>;
  die: (cause: WorkerStopCause) => void;
  isLeased: boolean;
  isDead: boolean;
}

export interface WorkerPool<T> {
  readonly size: number;
  /** A worker for exclusive use, or null when all are leased. */
  acquire: () => WorkerLease<T> | null;
  terminateAll: () => void;
}

/** Workers the photon pool may run: one per core, at least one. */
export function coreCount(): number {
  const n = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Number.isFinite(n) ? Math.floor(n) : 1);
}

export function createWorkerPool<T>(spawn: () => Worker, size: number, name: string, stallMs = Infinity): WorkerPool<T> {
  const workers: PooledWorker<T>[] = [];

  function start(): PooledWorker<T> {
    const worker = spawn();
    const entry = { worker, api: Comlink.wrap<T>(worker), isLeased: false, isDead: false } as PooledWorker<T>;
    entry.crashed = new Promise<never>((_, reject) => {
      const die = (cause: WorkerStopCause) => {
        entry.isDead = true;
        reject(new WorkerStoppedError(name, cause));
      };
      entry.die = die;
      worker.addEventListener('error', (e) => { e.preventDefault(); die({ kind: 'error', text: e.message || '' }); });
      worker.addEventListener('messageerror', () => die({ kind: 'unreadable-message' }));
    });
    entry.crashed.catch(() => undefined); // observed through lease.call; never unhandled
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
    acquire() {
      for (const dead of workers.filter((w) => w.isDead && !w.isLeased)) remove(dead);
      const entry = workers.find((w) => !w.isLeased) ?? (workers.length < size ? start() : null);
      if (!entry) return null;
      entry.isLeased = true;
      return {
        api: entry.api,
        call: (pending) => {
          if (!Number.isFinite(stallMs)) return Promise.race([pending, entry.crashed]);
          let timer: ReturnType<typeof setTimeout> | undefined;
          const stalled = new Promise<never>(() => {
            timer = setTimeout(() => entry.die({ kind: 'no-answer', seconds: Math.round(stallMs / 1000) }), stallMs);
          });
          return Promise.race([pending, entry.crashed, stalled]).finally(() => clearTimeout(timer));
        },
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
  };
}
