// The distillation funnel as data: pulses → detections → sifted → key bits → corrected → final, counted
// over the blocks distilled so far, with what each step loses or discloses on the public channel. Pure.
import { formatCount } from '../format/formatNumber';
import type { DistillSummary } from '../../workers/common/reports';
import type { RunTotals } from '../engine/runTotals';

export interface FunnelStep {
  id: 'pulses' | 'detections' | 'sifted' | 'key' | 'corrected' | 'final';
  label: string;
  value: number;
  /** What the step from the previous one removed or disclosed, in plain words (null for the first). */
  loss: string | null;
}

const n = (v: number) => Math.max(0, Math.round(v));

/** Steps over the distilled blocks; before the first block only the live counts of the first three. */
export function funnelSteps(totals: RunTotals, summary: DistillSummary | null): FunnelStep[] {
  const perDetection = totals.detections > 0 ? totals.pulses / totals.detections : 0;
  const inBlocks = summary !== null && summary.blocks > 0;
  const detections = inBlocks ? summary.nDetected : totals.detections;
  const pulses = inBlocks ? n(detections * perDetection) : totals.pulses;
  const sifted = inBlocks ? summary.nSiftedZ + summary.nSiftedX : totals.siftedZ + totals.siftedX;
  const steps: FunnelStep[] = [
    { id: 'pulses', label: 'Pulses sent', value: pulses, loss: null },
    { id: 'detections', label: 'Detections', value: detections, loss: `${formatCount(pulses - detections)} pulses lost in the fiber and detectors, or empty` },
    { id: 'sifted', label: 'Sifted bits', value: sifted, loss: `${formatCount(detections - sifted)} detections in different bases, discarded after the bases were announced` },
  ];
  if (!inBlocks) return steps;
  const key = summary.nSiftedZ;
  const leak = summary.leakBits;
  steps.push(
    { id: 'key', label: 'Key bits (Z)', value: key, loss: `${formatCount(summary.nSiftedX)} X-basis bits disclosed to estimate errors` },
    { id: 'corrected', label: 'Corrected', value: summary.nCorrected, loss: `error correction disclosed ${formatCount(leak)} parity and check bits (leaked); ${formatCount(key - summary.nCorrected)} bits in aborted or discarded blocks` },
    { id: 'final', label: 'Final key', value: summary.finalKeyBits, loss: `privacy amplification removed ${formatCount(summary.nCorrected - summary.finalKeyBits)} bits (the leak, what Eve may know, finite-size margins)` },
  );
  return steps;
}
