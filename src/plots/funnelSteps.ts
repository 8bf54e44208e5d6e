// The distillation funnel as data: pulses → detections → sifted → key bits → corrected → final, counted
// over the blocks distilled so far, with what each step loses or discloses on the public channel. Pure.
import { formatCount } from '../format/formatNumber';
import type { DistillSummary } from '../../workers/common/reports';
import type { RunTotals } from '../engine/runTotals';
import type { funnelText } from '../i18n/text/plots';

export type FunnelText = (typeof funnelText)['en'];

export interface FunnelStep {
  id: 'pulses' | 'detections' | 'sifted' | 'key' | 'corrected' | 'final';
  label: string;
  value: number;
  /** What the step from the previous one removed or disclosed, in plain words (null for the first). */
  loss: string | null;
}

const n = (v: number) => Math.max(0, Math.round(v));

/** Steps over the distilled blocks; before the first block only the live counts of the first three. */
export function funnelSteps(totals: RunTotals, summary: DistillSummary | null, t: FunnelText): FunnelStep[] {
  const perDetection = totals.detections > 0 ? totals.pulses / totals.detections : 0;
  const inBlocks = summary !== null && summary.blocks > 0;
  const detections = inBlocks ? summary.nDetected : totals.detections;
  const pulses = inBlocks ? n(detections * perDetection) : totals.pulses;
  const sifted = inBlocks ? summary.nSiftedZ + summary.nSiftedX : totals.siftedZ + totals.siftedX;
  const steps: FunnelStep[] = [
    { id: 'pulses', label: t.steps.pulses, value: pulses, loss: null },
    {
      id: 'detections',
      label: t.steps.detections,
      value: detections,
      loss: t.lossDetections(formatCount(pulses - detections)),
    },
    { id: 'sifted', label: t.steps.sifted, value: sifted, loss: t.lossSifted(formatCount(detections - sifted)) },
  ];
  if (!inBlocks) return steps;
  const key = summary.nSiftedZ;
  const leak = summary.leakBits;
  steps.push(
    { id: 'key', label: t.steps.key, value: key, loss: t.lossKey(formatCount(summary.nSiftedX)) },
    {
      id: 'corrected',
      label: t.steps.corrected,
      value: summary.nCorrected,
      loss: t.lossCorrected(formatCount(leak), formatCount(key - summary.nCorrected)),
    },
    {
      id: 'final',
      label: t.steps.final,
      value: summary.finalKeyBits,
      loss: t.lossFinal(formatCount(summary.nCorrected - summary.finalKeyBits)),
    },
  );
  return steps;
}
