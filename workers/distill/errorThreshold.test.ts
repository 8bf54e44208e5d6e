// The early-abort rule before error correction: with equal bit and phase errors it is the BB84 11 %
// threshold (root of 1 − 2h(Q) = 0 at Q ≈ 11.00 %); with unequal errors it lets a key through exactly
// when perfect error correction could leave one.
import { describe, expect, it } from 'vitest';
import { QBER_THRESHOLD } from '../common/thresholds';
import { isBeyondErrorThreshold } from './distillBlock';
import { binaryEntropy } from '../common/entropy';

describe('isBeyondErrorThreshold', () => {
  it('reduces to the 11 % BB84 threshold for equal errors', () => {
    expect(isBeyondErrorThreshold(0.1095, 0.1095)).toBe(false);
    expect(isBeyondErrorThreshold(0.1105, 0.1105)).toBe(true);
    expect(Math.abs(1 - 2 * binaryEntropy(QBER_THRESHOLD))).toBeLessThan(0.001);
  });
  it('follows 1 − h(e_ph) − h(e_test) for unequal errors', () => {
    // The 120 km link: phase bound 11.5 %, test bits 9.6 % → 1 − 0.514 − 0.456 > 0, continue.
    expect(isBeyondErrorThreshold(0.115, 0.096)).toBe(false);
    // Intercept-resend on every pulse: 25 % errors everywhere → stop.
    expect(isBeyondErrorThreshold(0.27, 0.25)).toBe(true);
    expect(isBeyondErrorThreshold(0.5, 0)).toBe(true);
    expect(isBeyondErrorThreshold(0.2, 0.0)).toBe(false);
  });
});
