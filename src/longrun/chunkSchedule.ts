// How many simulated seconds the next advance of a long run asks the worker for. Calls are kept near a
// wall-time target: short enough that progress, Stop and the plots feel immediate, long enough that message
// overhead does not matter. The worker carries part-minutes over, so chunks need not be whole minutes.
import { POINT_INTERVAL_S } from '../../workers/photon/driftedRun';
import { formatSignificant } from '../format/formatNumber';
import type { LongRunText } from '../i18n/text/longrun';

export interface ChunkPolicy {
  /** Wall time one advance call should take. */
  targetWallMs: number;
  /** The first call, before any measurement. */
  firstSeconds: number;
  minSeconds: number;
  maxSeconds: number;
}

/**
 * 1 s to 10 simulated minutes per call, aiming at ~120 ms of worker time. At 120 km a call covers ten minutes;
 * on a short, bright link (~4·10^5 detections per simulated second) a few seconds, so progress and Stop stay prompt.
 */
export const DEFAULT_CHUNK_POLICY: ChunkPolicy = {
  targetWallMs: 120,
  firstSeconds: 10,
  minSeconds: 1,
  maxSeconds: 10 * POINT_INTERVAL_S,
};

/**
 * The next chunk: scaled from the last one by target / measured wall time (at most ×2 per step, so one fast
 * call after a slow one does not overshoot), in whole simulated seconds, and in whole minutes from a minute up
 * (then every call returns whole time-series points); clamped to the policy and never past the end of the run.
 */
export function nextChunkSeconds(
  lastChunkS: number | null,
  lastWallMs: number | null,
  remainingS: number,
  policy: ChunkPolicy = DEFAULT_CHUNK_POLICY,
): number {
  if (!(remainingS > 0)) return 0;
  let chunk = policy.firstSeconds;
  if (lastChunkS !== null && lastWallMs !== null && lastChunkS > 0) {
    const factor = lastWallMs > 0 ? Math.min(2, policy.targetWallMs / lastWallMs) : 2;
    const scaled = lastChunkS * factor;
    const step = scaled >= POINT_INTERVAL_S ? POINT_INTERVAL_S : 1;
    chunk = Math.min(policy.maxSeconds, Math.max(policy.minSeconds, Math.floor(scaled / step) * step));
  }
  return Math.min(chunk, remainingS);
}

/** Run durations the panel accepts, in whole simulated minutes. */
export const MIN_DURATION_S = 15 * 60;
export const MAX_DURATION_S = 7 * 24 * 3600;
export const DEFAULT_DURATION_S = 6 * 3600;

/** Why a typed duration was refused: not a number, or outside the range (with the text as typed). */
export interface DurationError {
  kind: 'not-a-number' | 'out-of-range';
  typed: string;
}

/** A duration typed in hours ("0.5" or "0,5") as whole simulated minutes, or why it was refused. */
export function parseDurationHours(text: string): { seconds: number } | { error: DurationError } {
  const typed = text.trim();
  const hours = Number(typed.replace(',', '.'));
  if (typed === '' || !Number.isFinite(hours)) return { error: { kind: 'not-a-number', typed } };
  const seconds = Math.round((hours * 3600) / POINT_INTERVAL_S) * POINT_INTERVAL_S;
  if (seconds < MIN_DURATION_S || seconds > MAX_DURATION_S) return { error: { kind: 'out-of-range', typed } };
  return { seconds };
}

/** The refusal as a sentence naming the allowed range, in the page's language (numbers with its decimal mark). */
export function describeDurationError(
  e: DurationError,
  t: Pick<LongRunText, 'durationNotNumber' | 'durationOutOfRange'>,
): string {
  const min = formatSignificant(MIN_DURATION_S / 3600, 4),
    max = formatSignificant(MAX_DURATION_S / 3600, 4);
  return e.kind === 'not-a-number' ? t.durationNotNumber(min, max) : t.durationOutOfRange(min, max, e.typed);
}
