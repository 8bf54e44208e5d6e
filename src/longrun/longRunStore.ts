// State of the long run, kept in the app store's longRun slice: the session (status, duration, what was
// compared), and per run (stabilisation on / off) its progress, counts, finished blocks and any failure.
// Every publish carries the session id; results of an older session are dropped. The minute points
// themselves are not here: they go to SeriesRing buffers that the plots read on animation frames.
import type { ClashIssue, LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import type { AbortReason, BlockReport } from '../../workers/common/reports';
import { addBatchStats, type BatchStats } from '../../workers/photon/stats';
import type { RunFault } from '../store/runSlice';
import { describeAbort } from '../i18n/text/run';

export type Variant = 'on' | 'off';
export const VARIANTS: readonly Variant[] = ['on', 'off'];

export type LongRunStatus = 'idle' | 'starting' | 'running' | 'done' | 'stopped' | 'error';

/** A session that cannot start: the parameters clash (the registry's codes), or no worker is free. */
export type LongRunMessage = { kind: 'params-clash'; issues: readonly ClashIssue[] } | { kind: 'no-worker' };

/** The few figures of one finished block the panel lists (the full BlockReport is not kept). */
export interface LongRunBlock {
  index: number;
  /** Simulated time at which the block filled (interpolated within the call that returned it; blockTiming.ts). */
  filledAtS: number;
  isAborted: boolean;
  /** Upper bound on the phase error (X-basis estimate + finite-size term) the abort test compares with 11 %. */
  phaseErrorBound: number;
  qberEstimateX: number;
  nKey: number;
  finalKeyBits: number;
  abortReason: AbortReason | null;
  /**
   * Why the block aborted in English, for the exported file (worded from the distiller's code by the English
   * catalogue); the panel words abortReason in the page's language.
   */
  abortMessage: string | null;
  /** The short remainder distilled when the run ends. */
  isRemainder: boolean;
}

export interface RunProgress {
  status: LongRunStatus;
  simulatedSeconds: number;
  wallSeconds: number;
  siftedZ: number;
  errorsZ: number;
  siftedX: number;
  errorsX: number;
  detections: number;
  secretBits: number;
  blocks: LongRunBlock[];
  /** Why the run failed, as a code; the panel words it in the page's language (an unexpected error's text apart). */
  errorFault: RunFault | null;
}

export interface LongRunSetup {
  durationS: number;
  variants: readonly Variant[];
  /** What ran, for the panel's caption (the preset, or null for a link set by hand; seed, block size). */
  presetId: PresetId | null;
  seed: number;
  blockSizeBits: number;
  /** The link as simulated (drift on, long-run block size), for the exported file. */
  params: LinkParams;
}

/** A long run shown from a file, not run here: the panel marks it "Imported run" with the file's seed and date. */
export interface ImportedLongRun {
  fileName: string;
  seed: number;
  exportedAt: string;
}

export interface LongRunState {
  sessionId: number;
  status: LongRunStatus;
  setup: LongRunSetup | null;
  runs: Partial<Record<Variant, RunProgress>>;
  /** Why the whole session could not start (worded by the panel in the page's language). */
  message: LongRunMessage | null;
  /** Set while the panel shows a file's recorded long run; a new session or clear() ends it. */
  imported: ImportedLongRun | null;
  begin: (setup: LongRunSetup) => number;
  publishStep: (
    id: number,
    v: Variant,
    step: { simulatedSeconds: number; wallSeconds: number; stats: BatchStats; blocks: LongRunBlock[] },
  ) => void;
  finishRun: (
    id: number,
    v: Variant,
    status: 'done' | 'error',
    wallSeconds: number,
    blocks: LongRunBlock[],
    errorFault?: RunFault,
  ) => void;
  stop: (id: number, message?: LongRunMessage) => void;
  /** Shows a recorded long run (its points go to the rings separately) as a finished session. */
  showRecorded: (setup: LongRunSetup, runs: Partial<Record<Variant, RunProgress>>, imported: ImportedLongRun) => number;
  /** Back to the empty panel (a Reset ending an imported long run). */
  clear: () => void;
}

/** The long run's part of the app store, as its controller and tests see it. */
export interface LongRunStore {
  getState: () => LongRunState;
}

export function emptyProgress(): RunProgress {
  return {
    status: 'starting',
    simulatedSeconds: 0,
    wallSeconds: 0,
    siftedZ: 0,
    errorsZ: 0,
    siftedX: 0,
    errorsX: 0,
    detections: 0,
    secretBits: 0,
    blocks: [],
    errorFault: null,
  };
}

/** Keeps a BlockReport's listed figures, with the simulated time at which the block filled. */
export function toLongRunBlock(r: BlockReport, filledAtS: number, isRemainder: boolean): LongRunBlock {
  return {
    index: r.blockIndex,
    filledAtS,
    isAborted: r.aborted,
    phaseErrorBound: r.qberEstimate?.upperBound ?? Number.NaN,
    qberEstimateX: r.qberEstimate?.x ?? Number.NaN,
    nKey: r.nKey ?? 0,
    finalKeyBits: r.finalKeyBits,
    abortReason: r.abortReason ?? null,
    abortMessage: r.abortDetail ? describeAbort(r.abortDetail, 'en') : null,
    isRemainder,
  };
}

const sessionStatus = (runs: Partial<Record<Variant, RunProgress>>): LongRunStatus => {
  const all = Object.values(runs);
  if (all.some((r) => r.status === 'running' || r.status === 'starting')) return 'running';
  return all.some((r) => r.status === 'error') ? 'error' : 'done';
};

/**
 * The long run's state and actions over a getter and a setter: the app store keeps it as its longRun slice
 * (src/store/longRunSlice.ts). `set` merges a partial state, as zustand's does.
 */
export function createLongRunState(get: () => LongRunState, set: (patch: Partial<LongRunState>) => void): LongRunState {
  const update = (id: number, v: Variant, change: (r: RunProgress) => RunProgress): void => {
    const s = get();
    const run = s.runs[v];
    if (id !== s.sessionId || !run || s.status === 'stopped') return;
    const runs = { ...s.runs, [v]: change(run) };
    set({ runs, status: sessionStatus(runs) });
  };
  return {
    sessionId: 0,
    status: 'idle',
    setup: null,
    runs: {},
    message: null,
    imported: null,
    begin: (setup) => {
      const sessionId = get().sessionId + 1;
      set({
        sessionId,
        status: 'starting',
        setup,
        message: null,
        imported: null,
        runs: Object.fromEntries(setup.variants.map((v) => [v, emptyProgress()])),
      });
      return sessionId;
    },
    publishStep: (id, v, step) =>
      update(id, v, (r) => ({
        // The photon worker's one reducer adds the counts a RunProgress holds (sifted bits, errors, detections).
        ...addBatchStats(r, step.stats),
        status: 'running',
        simulatedSeconds: step.simulatedSeconds,
        wallSeconds: step.wallSeconds,
        secretBits: r.secretBits + step.blocks.reduce((a, b) => a + b.finalKeyBits, 0),
        blocks: step.blocks.length ? [...r.blocks, ...step.blocks] : r.blocks,
      })),
    finishRun: (id, v, status, wallSeconds, blocks, errorFault) =>
      update(id, v, (r) => ({
        ...r,
        status,
        wallSeconds,
        errorFault: errorFault ?? null,
        secretBits: r.secretBits + blocks.reduce((a, b) => a + b.finalKeyBits, 0),
        blocks: blocks.length ? [...r.blocks, ...blocks] : r.blocks,
      })),
    showRecorded: (setup, runs, imported) => {
      const sessionId = get().sessionId + 1;
      set({
        sessionId,
        status: sessionStatus(runs) === 'error' ? 'error' : 'done',
        setup,
        runs,
        message: null,
        imported,
      });
      return sessionId;
    },
    clear: () =>
      set({ sessionId: get().sessionId + 1, status: 'idle', setup: null, runs: {}, message: null, imported: null }),
    stop: (id, message) => {
      const s = get();
      if (id !== s.sessionId || (s.status !== 'running' && s.status !== 'starting')) return;
      const runs = Object.fromEntries(
        Object.entries(s.runs).map(([v, r]) => [
          v,
          r.status === 'running' || r.status === 'starting' ? { ...r, status: 'stopped' as const } : r,
        ]),
      );
      set({ status: message ? 'error' : 'stopped', runs, message: message ?? null });
    },
  };
}
