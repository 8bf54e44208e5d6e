// The secret key rate as the run has earned it: after each distilled block, the final key bits so far
// divided by the simulated time at which the photons of those blocks had been detected (found in the
// per-batch series by cumulative detections). Pure; one pass over the series and the blocks.
import type { RunSeries } from '../engine/runSeries';
import type { BlockRecord } from '../store/runSlice';

export interface SecretRatePoint {
  /** Simulated seconds at which the detections of the blocks so far were complete. */
  t: number;
  finalKeyBits: number;
  bitsPerSecond: number;
  isAborted: boolean;
}

/**
 * `before` holds what blocks older than `blocks` contributed (the store keeps only the newest records).
 */
export function secretRatePoints(
  series: Pick<RunSeries, 'columns' | 'length'>,
  blocks: readonly BlockRecord[],
  before: { nDetected: number; finalKeyBits: number } = { nDetected: 0, finalKeyBits: 0 },
): SecretRatePoint[] {
  const out: SecretRatePoint[] = [];
  const { detections, tEnd } = series.columns;
  let i = 0;
  let detectedSoFar = series.length > 0 ? detections[0] : 0;
  let needed = before.nDetected;
  let finalBits = before.finalKeyBits;
  for (const b of blocks) {
    needed += b.nDetected;
    finalBits += b.finalKeyBits;
    while (i < series.length - 1 && detectedSoFar < needed) detectedSoFar += detections[++i];
    if (series.length === 0 || detectedSoFar < needed) break;
    const t = tEnd[i];
    out.push({ t, finalKeyBits: finalBits, bitsPerSecond: t > 0 ? finalBits / t : 0, isAborted: b.isAborted });
  }
  return out;
}
