// Pure summaries of a long run for the panel, the plots' text alternatives and the tests: trailing means
// of the one-minute QBER (one minute at 120 km is ~2200 bits, σ ≈ 0.6 %, so the plots draw a 10-minute
// mean over the raw minutes), the highest such mean, and the kept/aborted block counts.
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import { formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import type { LongRunText } from '../i18n/text/longrun';
import type { RingColumn, SeriesRing } from './seriesRing';

/** Minutes in the trailing mean the plots draw bold. */
export const MEAN_WINDOW_MIN = 10;

/** Trailing mean over up to `window` defined values ending at each index (NaN where none is defined). */
export function trailingMean(values: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0,
    n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
    const j = i - window;
    if (j >= 0 && Number.isFinite(values[j])) {
      sum -= values[j];
      n--;
    }
    out[i] = n > 0 ? sum / n : Number.NaN;
  }
  return out;
}

/** The ring's column oldest-first as a plain array copy (plots and summaries work on a snapshot). */
export function columnOf(ring: SeriesRing, column: RingColumn): Float64Array {
  const out = new Float64Array(ring.length);
  for (let k = 0; k < ring.length; k++) out[k] = ring.at(column, k);
  return out;
}

/** Largest finite value, or NaN when there is none. */
export function finiteMax(values: ArrayLike<number>): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]) && values[i] > m) m = values[i];
  return m === Number.NEGATIVE_INFINITY ? Number.NaN : m;
}

export interface BlockTally {
  /** Full blocks (cut at the block size while the run went on). */
  kept: number;
  aborted: number;
  /** The partial block distilled when the run ended: null before the end. */
  remainder: 'kept' | 'aborted' | null;
}

export function tallyBlocks(blocks: readonly { isAborted: boolean; isRemainder: boolean }[]): BlockTally {
  let kept = 0,
    aborted = 0;
  let remainder: BlockTally['remainder'] = null;
  for (const b of blocks) {
    if (b.isRemainder) remainder = b.isAborted ? 'aborted' : 'kept';
    else if (b.isAborted) aborted++;
    else kept++;
  }
  return { kept, aborted, remainder };
}

/** "2 kept, 0 aborted" plus, once the run has ended, what became of the partial block distilled at the end. */
export function describeTally(t: BlockTally, text: LongRunText): string {
  return text.tally(t.kept, t.aborted, t.remainder ? text.remainder[t.remainder] : null);
}

export interface RunDescription {
  label: string;
  simulatedSeconds: number;
  durationS: number;
  points: number;
  qberZ: number | null;
  qberX: number | null;
  highestMeanX: number;
  blocks: BlockTally;
  secretBits: number;
}

/** One sentence a screen reader (and an e2e test) reads instead of the plot. */
export function describeRun(d: RunDescription, text: LongRunText): string {
  const q = (v: number | null) => (v === null ? text.notMeasuredYet : formatPercent(v));
  return text.describeRun({
    label: d.label,
    simulated: formatDuration(d.simulatedSeconds),
    duration: formatDuration(d.durationS),
    points: formatCount(d.points),
    z: q(d.qberZ),
    x: q(d.qberX),
    window: MEAN_WINDOW_MIN,
    highestX: Number.isFinite(d.highestMeanX) ? formatPercent(d.highestMeanX) : text.notMeasuredYet,
    threshold: formatPercent(QBER_THRESHOLD),
    tally: describeTally(d.blocks, text),
    secretBits: formatCount(d.secretBits),
  });
}
