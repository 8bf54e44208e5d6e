// Marks on the time plots where a setting was changed while the run went on: the changes of the current run (their
// dashed lines are drawn by plotFrame.ts) and one sentence naming what changed and when, so a slider's effect reads.
import { useMemo } from 'react';
import { formatDuration } from '../format/formatNumber';
import { plotFrameText } from '../i18n/text/plots';
import { paramText } from '../i18n/text/params';
import { useText } from '../i18n/useText';
import type { ParamChange } from '../store/paramsSlice';
import { useAppState } from '../store/useAppState';

/** The changes made during the current run (the store keeps older runs' too). */
export function useRunChanges(): readonly ParamChange[] {
  const runId = useAppState((s) => s.runId);
  const changes = useAppState((s) => s.paramChanges);
  // One array per change, so the plots redraw when a setting changes, not on every render.
  return useMemo(() => changes.filter((c) => c.runId === runId), [changes, runId]);
}

/** The sentence under a time plot: which settings changed during the run, and when (nothing when none did). */
export function ChangeNote({ changes }: { changes: readonly ParamChange[] }) {
  const t = useText(plotFrameText);
  const labels = useText(paramText);
  if (changes.length === 0) return null;
  const items = changes.map((c) => t.changeAt(labels[c.id].label, formatDuration(c.simulatedSeconds))).join('; ');
  return <p className="plot-change-note">{t.changedDuringRun(items)}</p>;
}
