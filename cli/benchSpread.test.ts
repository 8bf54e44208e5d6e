// `npm run bench` reports each figure as the median of its timed runs with min and max beside it; the median
// keeps the figure's old name, so readers of the old single figures get the median.
import { describe, expect, it } from 'vitest';
import { median, spread } from './bench';

describe('bench spread', () => {
  it('takes the median, min and max of every figure', () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    const out = spread([
      { a: 5, b: 1 },
      { a: 1, b: 1 },
      { a: 3, b: 1 },
      { a: 100, b: 1 },
      { a: 2, b: 1 },
    ]);
    expect(out).toEqual({ a: 3, aMin: 1, aMax: 100, b: 1, bMin: 1, bMax: 1 });
  });

  it('skips a figure that is not a finite number in every run', () => {
    expect(spread([{ a: Number.NaN }, { a: 4 }, { a: 2 }])).toEqual({ a: 3, aMin: 2, aMax: 4 });
    expect(spread([{ a: Number.NaN }])).toEqual({});
  });
});
