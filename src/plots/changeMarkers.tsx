// Marks on the time plots where a setting was changed while the run went on: a dashed vertical line per change in
// the drawing, and one sentence under it naming what changed and when, so the effect of a slider is readable.
import type { ScaleLinear } from 'd3';
import { useMemo } from 'react';
import { formatDuration } from '../format/formatNumber';
import { plotFrameText } from '../i18n/text/plots';
import { paramText } from '../i18n/text/params';
import { useText } from '../i18n/useText';
import type { ParamChange } from '../store/paramsSlice';
import { useAppState } from '../store/useAppState';
import type { Frame } from './plotFrame';

/** The changes made during the current run (the store keeps older runs' too). */
export function useRunChanges(): readonly ParamChange[] {
  const runId = useAppState((s) => s.runId);
  const changes = useAppState((s) => s.paramChanges);
  // One array per change, so the plots redraw when a setting changes, not on every render.
  return useMemo(() => changes.filter((c) => c.runId === runId), [changes, runId]);
}

/** One dashed line per change time inside the plotted range (times in the axis unit's factor). */
export function drawChangeMarkers(
  frame: Frame,
  changes: readonly ParamChange[],
  x: ScaleLinear<number, number>,
  unitFactor: number,
): void {
  const [t0, t1] = x.domain();
  for (const c of changes) {
    const t = c.simulatedSeconds / unitFactor;
    if (t < t0 || t > t1) continue;
    frame.g
      .append('line')
      .attr('class', 'change-marker')
      .attr('x1', x(t))
      .attr('x2', x(t))
      .attr('y1', 0)
      .attr('y2', frame.innerHeight);
  }
}

/** The sentence under a time plot: which settings changed during the run, and when (nothing when none did). */
export function ChangeNote({ changes }: { changes: readonly ParamChange[] }) {
  const t = useText(plotFrameText);
  const labels = useText(paramText);
  if (changes.length === 0) return null;
  const items = changes.map((c) => t.changeAt(labels[c.id].label, formatDuration(c.simulatedSeconds))).join('; ');
  return <p className="plot-change-note">{t.changedDuringRun(items)}</p>;
}
