// The run slice: session status, speed, and the aggregates the engine publishes (step totals, block
// reports, distillation summary). Every publish carries its run id; results of an older run are dropped.
import type { StateCreator } from 'zustand/vanilla';
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { emptyTotals, type RunTotals } from '../engine/runTotals';
import { DEFAULT_SPEED, type SpeedId } from '../engine/simClock';
import type { AppState } from './appState';

export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'error';

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
  /** The newest abort message of a block, if any block aborted. */
  abortMessage: string | null;
  errorMessage: string | null;
  setSpeed: (speed: SpeedId) => void;
  beginRun: () => number;
  setRunStatus: (runId: number, status: RunStatus) => void;
  publishTotals: (runId: number, totals: RunTotals) => void;
  publishBlocks: (runId: number, reports: readonly BlockReport[], summary: DistillSummary) => void;
  failRun: (runId: number, message: string) => void;
  resetRun: () => void;
}

const idleRun = () => ({
  status: 'idle' as RunStatus,
  totals: emptyTotals(),
  summary: null,
  blocksDone: 0,
  lastKeyBlock: null,
  abortMessage: null,
  errorMessage: null,
});

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  ...idleRun(),
  speed: DEFAULT_SPEED,
  runId: 0,
  setSpeed: (speed) => set({ speed }),
  beginRun: () => {
    const runId = get().runId + 1;
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
    let { lastKeyBlock, abortMessage } = get();
    for (const r of reports) {
      if (r.aborted) abortMessage = r.abortMessage ?? `Block ${r.blockIndex + 1} aborted (${r.abortReason ?? 'unknown reason'})`;
      else if (r.finalKeyBits > 0) lastKeyBlock = r;
    }
    set({ summary, lastKeyBlock, abortMessage, blocksDone: get().blocksDone + reports.length });
  },
  failRun: (runId, message) => {
    // What was shown stays: only the status and the message change.
    if (runId === get().runId) set({ status: 'error', errorMessage: message });
  },
  resetRun: () => set({ ...idleRun(), runId: get().runId + 1 }),
});
