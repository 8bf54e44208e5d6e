// The pace a run really keeps: simulated seconds per wall second over the last two seconds. A busy link (many
// detections per simulated second) on a slow machine falls short of the speed chosen, and the run bar says so.
import { SPEEDS, type SpeedId } from './simClock';

export interface PaceSample {
  wallMs: number;
  simulatedSeconds: number;
}

/** The window the pace is measured over, and the least of it that must be covered before a figure is given. */
export const PACE_WINDOW_MS = 2000;
export const PACE_MIN_SPAN_MS = 1000;
/** The pace is worth a word below this share of the chosen factor (a few per cent is frame jitter). */
export const PACE_SHORT_OF = 0.8;

/** The samples still inside the window ending at the newest one. */
export function keepWindow(samples: readonly PaceSample[]): PaceSample[] {
  const newest = samples.at(-1);
  if (!newest) return [];
  return samples.filter((s) => newest.wallMs - s.wallMs <= PACE_WINDOW_MS);
}

/** Simulated seconds per wall second from the oldest to the newest sample; null until they span PACE_MIN_SPAN_MS. */
export function measuredPace(samples: readonly PaceSample[]): number | null {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.wallMs - first.wallMs < PACE_MIN_SPAN_MS) return null;
  return (last.simulatedSeconds - first.simulatedSeconds) / ((last.wallMs - first.wallMs) / 1000);
}

/** The pace to show beside the clock: always for "as fast as possible", else only when it falls short. */
export function paceToShow(pace: number | null, speed: SpeedId): number | null {
  if (pace === null) return null;
  const factor = SPEEDS.find((o) => o.id === speed)?.factor ?? null;
  return factor === null || pace < PACE_SHORT_OF * factor ? pace : null;
}
