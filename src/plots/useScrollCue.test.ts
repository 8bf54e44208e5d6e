// Tests of the bit table's scroll cue: it shows only while the table overflows, and names the side with more.
import { describe, expect, it } from 'vitest';
import { scrollCue } from './useScrollCue';

describe('scroll cue', () => {
  it('is off when everything fits', () => {
    expect(scrollCue(0, 600, 600)).toEqual({ overflows: false, moreLeft: false, moreRight: false });
    expect(scrollCue(0, 600, 600.6)).toEqual({ overflows: false, moreLeft: false, moreRight: false });
  });
  it('points right at the start, both ways in the middle, left at the end', () => {
    expect(scrollCue(0, 350, 1200)).toEqual({ overflows: true, moreLeft: false, moreRight: true });
    expect(scrollCue(400, 350, 1200)).toEqual({ overflows: true, moreLeft: true, moreRight: true });
    expect(scrollCue(850, 350, 1200)).toEqual({ overflows: true, moreLeft: true, moreRight: false });
  });
});
