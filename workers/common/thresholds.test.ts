// The 11 % threshold is where the Shor–Preskill key fraction 1 − 2h(Q) of BB84 with equal bit and phase errors
// reaches zero, and the pipeline's abort rule agrees with it on both sides.
import { describe, expect, it } from 'vitest';
import { isBeyondErrorThreshold } from '../distill/distillBlock';
import { binaryEntropy } from './entropy';
import { QBER_THRESHOLD } from './thresholds';

describe('QBER_THRESHOLD', () => {
  it('is the root of 1 − 2h(Q) = 0 (Q = 0.110028…) to three decimals', () => {
    expect(Math.abs(QBER_THRESHOLD - 0.1100278644383596)).toBeLessThan(5e-4);
    expect(1 - 2 * binaryEntropy(QBER_THRESHOLD)).toBeGreaterThan(0);
    expect(1 - 2 * binaryEntropy(QBER_THRESHOLD + 0.001)).toBeLessThan(0);
  });

  it('is where the pipeline stops a block with equal bit and phase errors', () => {
    expect(isBeyondErrorThreshold(QBER_THRESHOLD - 0.001, QBER_THRESHOLD - 0.001)).toBe(false);
    expect(isBeyondErrorThreshold(QBER_THRESHOLD + 0.001, QBER_THRESHOLD + 0.001)).toBe(true);
  });
});
