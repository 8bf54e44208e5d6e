// The one place where wall time becomes simulated time: the speed choices of the page and the
// simulated seconds (and detection bound) one animation-frame step asks the photon worker for.

export type SpeedId = 'x1' | 'x100' | 'x10000' | 'max';

/** A speed choice as a code and its factor; its name is worded by the language layer (runText.speeds). */
export interface SpeedOption {
  id: SpeedId;
  /** Simulated seconds per wall second; null = as fast as the workers go. */
  factor: number | null;
}

export const SPEEDS: readonly SpeedOption[] = [
  { id: 'x1', factor: 1 },
  { id: 'x100', factor: 100 },
  { id: 'x10000', factor: 10_000 },
  { id: 'max', factor: null },
];

export const DEFAULT_SPEED: SpeedId = 'x100';

/** A stalled tab must not turn into one huge step: at most this much wall time counts per step. */
export const MAX_WALL_STEP_S = 0.1;
/** Detections per step: keeps each worker call short and each transferred batch small. */
export const MAX_DETECTIONS_PER_STEP = 20_000;
/** "As fast as possible" asks for this much simulated time and lets the detection bound cut the step. */
export const MAX_SPEED_STEP_S = 3600;

/** What one press of Step simulates while paused: the next 1 000 detections, at most one simulated minute. */
export const SINGLE_STEP: StepRequest = { simulatedSeconds: 60, maxDetections: 1000 };

export function isSpeedId(s: string): s is SpeedId {
  return SPEEDS.some((o) => o.id === s);
}

export interface StepRequest {
  simulatedSeconds: number;
  maxDetections: number;
}

/** The step for `wallDeltaS` seconds of wall time at `speed` (null when there is nothing to simulate yet). */
export function stepForWallTime(speed: SpeedId, wallDeltaS: number): StepRequest | null {
  const option = SPEEDS.find((o) => o.id === speed) ?? SPEEDS[0];
  if (option.factor === null) return { simulatedSeconds: MAX_SPEED_STEP_S, maxDetections: MAX_DETECTIONS_PER_STEP };
  const wall = Math.min(MAX_WALL_STEP_S, Math.max(0, wallDeltaS));
  if (wall <= 0) return null;
  return { simulatedSeconds: wall * option.factor, maxDetections: MAX_DETECTIONS_PER_STEP };
}
