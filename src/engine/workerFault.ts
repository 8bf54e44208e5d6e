// What a worker fault is, as codes: which worker (its kind) and why it stopped (a cause with its numbers).
// Callers route a fault by its kind, never by its text; the page words it (src/i18n/text/run.ts).
import type { RunFault } from '../store/runSlice';

/** The workers the page runs through a pool; the language layer names each one. */
export type WorkerKind = 'photon' | 'distill' | 'long-run-photon';

/** Why a worker stopped, free of language. */
export type WorkerStopCause =
  | { kind: 'no-answer'; seconds: number }
  | { kind: 'unreadable-message' }
  /** An error event: the browser's or the worker's own text (empty when there was none), kept as a technical detail. */
  | { kind: 'error'; text: string };

/**
 * The error a call rejects with when its worker stopped. Its `message` is a terse code line for the console and
 * bug reports only ("photon worker stopped: no-answer"); nothing reads it to decide anything.
 */
export class WorkerFault extends Error {
  constructor(
    readonly worker: WorkerKind,
    readonly stopCause: WorkerStopCause,
  ) {
    super(`${worker} worker stopped: ${stopCause.kind}`);
    this.name = 'WorkerFault';
  }
}

/** What ended a run, as a code: a stopped worker names its kind; any other error keeps its own text apart. */
export function runFaultOf(err: unknown): RunFault {
  if (err instanceof WorkerFault) return { code: 'worker-stopped', worker: err.worker, cause: err.stopCause };
  return { code: 'error', text: err instanceof Error ? err.message : String(err) };
}
