// What a lesson's checks look at: the live link and run (read from the app store) plus what the learner
// did inside the lesson (sorted detections, Cascade steps walked). Plain data, so checks stay pure.
import type { LinkParams } from '../../workers/common/params';
import type { RunTotals } from '../engine/runTotals';
import type { AppState } from '../store/appState';
import type { CascadeTraceStep } from '../../workers/distill/cascade';
import type { BlockReport } from '../../workers/common/reports';

export interface LearnerProgress {
  /** Lesson 1: detections shown for sorting, and how many the learner sorted correctly. */
  siftShown: number;
  siftCorrect: number;
  /** Lesson 2: the number of checked bits the learner asked about. */
  checkedBits: number | null;
  /** Lesson 5: Cascade questions walked, and whether the walk reached a located (fixed) error. */
  cascadeStepsSeen: number;
  hasSeenCascadeFix: boolean;
}

export interface LessonSnapshot {
  params: LinkParams;
  totals: RunTotals;
  blocksDone: number;
  blocksAborted: number;
  /** The newest block with a key: its Eve agreement after privacy amplification, and whether Cascade was traced. */
  keyBlock: {
    finalKeyBits: number;
    nKey: number;
    eveFinalKeyAgreement: number | null;
    hasCascadeTrace: boolean;
  } | null;
  /**
   * The newest distilled block, keyed or aborted: its key bits and how many of them the multi-photon bound gives to
   * Eve.
   */
  newestBlock: { isAborted: boolean; nKey: number; nMulti: number } | null;
  /** Final key bits of the whole run so far. */
  finalKeyBits: number;
  learner: LearnerProgress;
}

export function emptyLearnerProgress(): LearnerProgress {
  return { siftShown: 0, siftCorrect: 0, checkedBits: null, cascadeStepsSeen: 0, hasSeenCascadeFix: false };
}

/** The Cascade trace the distill core attaches to small blocks (not part of the BlockReport type). */
export function cascadeTraceOf(block: unknown): CascadeStepLike[] | null {
  const trace = (block as { cascadeTrace?: unknown } | null)?.cascadeTrace;
  return Array.isArray(trace) ? (trace as CascadeStepLike[]) : null;
}

/** One parity question of a traced Cascade run, as the distill core records it. */
export type CascadeStepLike = CascadeTraceStep;

export type LiveState = Pick<AppState, 'params' | 'totals' | 'blocksDone' | 'summary' | 'lastKeyBlock'> & {
  /** The newest block report (the last of the store's blockReports), or null before the first block. */
  newestBlock: BlockReport | null;
};

export function lessonSnapshot(state: LiveState, learner: LearnerProgress): LessonSnapshot {
  const block = state.lastKeyBlock;
  return {
    params: state.params,
    totals: state.totals,
    blocksDone: state.blocksDone,
    blocksAborted: state.summary?.blocksAborted ?? 0,
    keyBlock: block
      ? {
          finalKeyBits: block.finalKeyBits,
          nKey: block.nKey,
          eveFinalKeyAgreement: block.eveFinalKeyAgreement,
          hasCascadeTrace: (cascadeTraceOf(block)?.length ?? 0) > 0,
        }
      : null,
    newestBlock: state.newestBlock
      ? { isAborted: state.newestBlock.aborted, nKey: state.newestBlock.nKey, nMulti: state.newestBlock.nMulti }
      : null,
    finalKeyBits: state.summary?.finalKeyBits ?? 0,
    learner,
  };
}
