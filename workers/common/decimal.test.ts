// The decimal syntax shared by the command line and the registry: plain numbers in, everything else refused.
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads signed decimals with exponents and surrounding blanks', () => {
    expect(['1', '-2.5', '+.5', '3.', ' 1e-3 ', '6.73E-4'].map(parseDecimal)).toEqual([1, -2.5, 0.5, 3, 1e-3, 6.73e-4]);
  });

  it('refuses what Number() would quietly accept or turn into NaN', () => {
    for (const text of ['', ' ', '0x10', '0b1', 'Infinity', 'NaN', '1,5', '1_0', '.', 'e5', '٣', '--1', '1e'])
      expect(parseDecimal(text), text).toBeUndefined();
  });
});
