// Tests of the wall-time → simulated-time conversion.
import { describe, expect, it } from 'vitest';
import {
  MAX_DETECTIONS_PER_STEP,
  MAX_SPEED_STEP_S,
  MAX_WALL_STEP_S,
  SPEEDS,
  isSpeedId,
  stepForWallTime,
} from './simClock';

describe('simClock', () => {
  it('scales wall time by the speed factor', () => {
    expect(stepForWallTime('x1', 0.016)?.simulatedSeconds).toBeCloseTo(0.016);
    expect(stepForWallTime('x100', 0.02)?.simulatedSeconds).toBeCloseTo(2);
    expect(stepForWallTime('x10000', 0.05)?.simulatedSeconds).toBeCloseTo(500);
  });

  it('caps a stalled frame and skips empty ones', () => {
    expect(stepForWallTime('x1', 5)?.simulatedSeconds).toBe(MAX_WALL_STEP_S);
    expect(stepForWallTime('x1', 0)).toBeNull();
    expect(stepForWallTime('x1', -1)).toBeNull();
  });

  it('runs "as fast as possible" bounded by detections', () => {
    expect(stepForWallTime('max', 0)).toEqual({
      simulatedSeconds: MAX_SPEED_STEP_S,
      maxDetections: MAX_DETECTIONS_PER_STEP,
    });
  });

  it('knows its speed ids', () => {
    expect(SPEEDS.map((s) => s.id).every(isSpeedId)).toBe(true);
    expect(isSpeedId('x7')).toBe(false);
  });
});
