// The key block in progress, under the headline readouts: a bar and one line ("Block 42 % full — first
// key in about 2 min at this speed"), so a long block shows that something is coming and roughly when.
import { useEffect, useId, useRef } from 'react';
import { TermTip } from '../app/TermTip';
import { formatCount, formatPercent } from '../format/formatNumber';
import { runText } from '../i18n/text/run';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { blockStage, roughDuration } from './blockProgress';

/** The fill rate is measured over at least this much wall time (ms) before a time is promised. */
const MIN_RATE_WINDOW_MS = 1000;

export function BlockProgress() {
  const blockSizeBits = useAppState((s) => s.params.blockSizeBits);
  const siftedZ = useAppState((s) => s.totals.siftedZ);
  const blocksDone = useAppState((s) => s.blocksDone);
  const hasKey = useAppState((s) => (s.summary?.finalKeyBits ?? 0) > 0);
  const runId = useAppState((s) => s.runId);
  const isRunning = useAppState((s) => s.status === 'running');
  const text = useText(runText);
  const textId = useId();
  // The rate this page fills the block at (wall clock, current speed): measured from the first sample of
  // the run or since the last resume, so a pause does not count as slow filling.
  const origin = useRef<{ runId: number; ms: number; bits: number } | null>(null);
  useEffect(() => {
    origin.current = null;
  }, [runId, isRunning]);
  const now = performance.now();
  if (isRunning && origin.current === null) origin.current = { runId, ms: now, bits: siftedZ };
  const o = origin.current;
  const elapsed = o ? now - o.ms : 0;
  const wallBitsPerSecond =
    isRunning && o && elapsed >= MIN_RATE_WINDOW_MS ? ((siftedZ - o.bits) * 1000) / elapsed : null;
  const stage = blockStage({ blockSizeBits, siftedZ, blocksDone, wallBitsPerSecond });
  const percent = formatPercent(stage.fraction, 2);

  let line: string;
  if (siftedZ === 0 && blocksDone === 0) line = text.blockIntro(formatCount(blockSizeBits));
  else if (stage.kind === 'distilling') line = text.blockDistilling(percent);
  else if (stage.etaSeconds !== null) {
    const d = roughDuration(stage.etaSeconds);
    line = text.blockFilling(percent, text.durationUnits[d.unit](d.count), !hasKey);
  } else line = text.blockWaiting(percent);

  return (
    <div className="block-progress">
      <progress max={1} value={stage.fraction} aria-labelledby={textId} />
      <p id={textId} className="block-progress-text">
        <span className="visually-hidden">{text.blockProgressName}: </span>
        {line}
      </p>
      <TermTip term="block" />
    </div>
  );
}
