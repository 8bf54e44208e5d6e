// The run slice: session status, speed, and the aggregates the engine publishes (step totals, block
// reports, distillation summary, a bit sample). Every publish carries its run id; results of an older run
// are dropped. Per-batch series live in a mutable RunSeries buffer (plots read it on animation frames).
import type { StateCreator } from 'zustand/vanilla';
import type { ClashIssue } from '../../workers/common/params';
import type { AbortDetail, AbortReason, BlockReport, DistillSummary } from '../../workers/common/reports';
import type { WorkerKind, WorkerStopCause } from '../engine/workerFault';
import type { SampledDetection } from '../engine/bitSample';
import { RunSeries } from '../engine/runSeries';
import { emptyTotals, type RunTotals } from '../engine/runTotals';
import { DEFAULT_SPEED, type SpeedId } from '../engine/simClock';
import type { AppState } from './appState';

export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'error';

/** The few numbers of one distilled block that plots need (the full BlockReport is not kept). */
export interface BlockRecord {
  nDetected: number;
  nSiftedZ: number;
  finalKeyBits: number;
  isAborted: boolean;
  qberTrueZ: number;
  eveKnownSiftedFraction: number;
  eveFinalKeyAgreement: number | null;
}

/** Why a run ended or could not start, free of language: the run bar words it in the page's language. */
export type RunFault =
  | { code: 'cannot-start-clash'; issues: readonly ClashIssue[] }
  | { code: 'no-worker-free' }
  | { code: 'worker-stopped'; worker: WorkerKind; cause: WorkerStopCause }
  /** Any other error: its own text (a worker's exception), shown apart as a technical detail. */
  | { code: 'error'; text: string };

/** The newest aborted block: its number and reason as codes, for the abort notice in the page's language. */
export interface LastAbort {
  blockIndex: number;
  reason: AbortReason | null;
  detail: AbortDetail | null;
}

/** Blocks kept for the key-rate point's spread; older blocks still count in the summary. */
export const MAX_BLOCK_RECORDS = 1000;

export interface RunSlice {
  status: RunStatus;
  speed: SpeedId;
  /** Identifies the current session; bumps on every Start from idle and on Reset. */
  runId: number;
  totals: RunTotals;
  summary: DistillSummary | null;
  blocksDone: number;
  /** The newest block that produced a key (for the key preview). */
  lastKeyBlock: BlockReport | null;
  /** The newest aborted block, if any block aborted. */
  lastAbort: LastAbort | null;
  /** Why the run ended or could not start (status 'error'). */
  errorFault: RunFault | null;
  /** Per-batch series of this run (one mutable buffer for the store's lifetime; cleared on Start and Reset). */
  series: RunSeries;
  blockRecords: BlockRecord[];
  /** The full reports of the newest blocks (at most MAX_BLOCK_RECORDS), for the exported run file. */
  blockReports: BlockReport[];
  /** A few recent detections for the bit strip (refreshed at most about once a second). */
  bitSample: SampledDetection[];
  setSpeed: (speed: SpeedId) => void;
  beginRun: () => number;
  setRunStatus: (runId: number, status: RunStatus) => void;
  publishTotals: (runId: number, totals: RunTotals) => void;
  publishBlocks: (runId: number, reports: readonly BlockReport[], summary: DistillSummary) => void;
  publishSample: (runId: number, sample: SampledDetection[]) => void;
  failRun: (runId: number, fault: RunFault) => void;
  resetRun: () => void;
}

const idleRun = () => ({
  status: 'idle' as RunStatus,
  totals: emptyTotals(),
  summary: null,
  blocksDone: 0,
  lastKeyBlock: null,
  lastAbort: null as LastAbort | null,
  errorFault: null as RunFault | null,
  blockRecords: [] as BlockRecord[],
  blockReports: [] as BlockReport[],
  bitSample: [] as SampledDetection[],
});

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  ...idleRun(),
  speed: DEFAULT_SPEED,
  runId: 0,
  series: new RunSeries(),
  setSpeed: (speed) => set({ speed }),
  beginRun: () => {
    const runId = get().runId + 1;
    get().series.clear();
    set({ ...idleRun(), status: 'starting', runId });
    return runId;
  },
  setRunStatus: (runId, status) => {
    if (runId === get().runId) set({ status });
  },
  publishTotals: (runId, totals) => {
    if (runId === get().runId) set({ totals });
  },
  publishBlocks: (runId, reports, summary) => {
    if (runId !== get().runId) return;
    let { lastKeyBlock, lastAbort } = get();
    const blockRecords = get().blockRecords.slice(-(MAX_BLOCK_RECORDS - reports.length));
    for (const r of reports) {
      blockRecords.push({
        nDetected: r.nDetected, // Partial reports (test doubles, older workers) still make a record.
        nSiftedZ: r.nSifted?.z ?? 0,
        finalKeyBits: r.finalKeyBits,
        isAborted: r.aborted,
        qberTrueZ: r.qberTrue?.z ?? Number.NaN,
        eveKnownSiftedFraction: r.eveKnownSiftedFraction ?? 0,
        eveFinalKeyAgreement: r.eveFinalKeyAgreement ?? null,
      });
      if (r.aborted) {
        lastAbort = { blockIndex: r.blockIndex, reason: r.abortReason ?? null, detail: r.abortDetail ?? null };
      } else if (r.finalKeyBits > 0) lastKeyBlock = r;
    }
    const blockReports = [...get().blockReports.slice(-(MAX_BLOCK_RECORDS - reports.length)), ...reports].slice(
      -MAX_BLOCK_RECORDS,
    );
    set({
      summary,
      lastKeyBlock,
      lastAbort,
      blockRecords,
      blockReports,
      blocksDone: get().blocksDone + reports.length,
    });
  },
  publishSample: (runId, bitSample) => {
    if (runId === get().runId) set({ bitSample });
  },
  failRun: (runId, fault) => {
    // What was shown stays: only the status and the fault change.
    if (runId === get().runId) set({ status: 'error', errorFault: fault });
  },
  resetRun: () => {
    get().series.clear();
    set({ ...idleRun(), runId: get().runId + 1 });
  },
});
