// Tests of isolatedIndices: a single point, points between gaps, and the ends of a series are found; points
// with a defined neighbour (which a line already shows) are not.
import { describe, expect, it } from 'vitest';
import { isolatedIndices } from './isolatedPoints';

const present = (n: number | null) => n !== null;

describe('isolatedIndices', () => {
  it('finds the only point of a one-point series, and nothing in an empty one', () => {
    expect(isolatedIndices([0.04], present)).toEqual([0]);
    expect(isolatedIndices([], present)).toEqual([]);
    expect(isolatedIndices([null], present)).toEqual([]);
  });

  it('finds points cut off by gaps, including at either end, but not those on a segment', () => {
    expect(isolatedIndices([1, null, 2, 3, null, 4, null, null, 5], present)).toEqual([0, 5, 8]);
    expect(isolatedIndices([1, 2, 3], present)).toEqual([]);
    expect(isolatedIndices([null, 1, 2, null], present)).toEqual([]);
  });
});
