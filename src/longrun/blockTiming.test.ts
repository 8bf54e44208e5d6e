// Block completion times interpolated inside one worker call.
import { describe, expect, it } from 'vitest';
import { blockCompletionSeconds } from './blockTiming';

describe('blockCompletionSeconds', () => {
  it('interpolates linearly in the sifted Z count and clamps to the call', () => {
    expect(blockCompletionSeconds(600, 1200, 1000, 600, 1300)).toBe(900);
    expect(blockCompletionSeconds(600, 1200, 1000, 600, 900)).toBe(600);
    expect(blockCompletionSeconds(600, 1200, 1000, 600, 5000)).toBe(1200);
    expect(blockCompletionSeconds(600, 1200, 1000, 0, 1000)).toBe(1200);
  });
});
