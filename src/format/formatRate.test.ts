// Tests of rate formatting for readouts and plot axes: SI prefixes from 1 upwards only, so a rate below
// one bit per second reads "0.8 bit/s" and never "800 mbit/s" or an axis tick "800 m" (read as metres).
import { afterEach, describe, expect, it } from 'vitest';
import { formatBitRate, formatRateNumber, setNumberLocale } from './formatNumber';
import { formatRateTick } from '../plots/formatAxis';

const SUB_UNIT_PREFIX = /\d\s*[mµnp](bit\/s)?$/;

describe('rate formatting', () => {
  afterEach(() => setNumberLocale('en'));

  it('writes rates below 1 bit/s as plain decimals', () => {
    expect(formatBitRate(0.8)).toBe('0.8 bit/s');
    expect(formatBitRate(0.05)).toBe('0.05 bit/s');
    expect(formatBitRate(0.000123)).toBe('0.000123 bit/s');
    expect(formatBitRate(2e-5)).toBe('2×10⁻⁵ bit/s');
    expect(formatBitRate(0)).toBe('0 bit/s');
  });

  it('keeps SI prefixes from 1 upwards', () => {
    expect(formatBitRate(1)).toBe('1 bit/s');
    expect(formatBitRate(999.96)).toBe('1 kbit/s');
    expect(formatBitRate(1234)).toBe('1.23 kbit/s');
    expect(formatBitRate(2.5e6)).toBe('2.5 Mbit/s');
    expect(formatBitRate(Number.NaN)).toBe('—');
  });

  it('axis ticks never carry a prefix below 1', () => {
    expect(formatRateTick(0.8)).toBe('0.8');
    expect(formatRateTick(0.2)).toBe('0.2');
    expect(formatRateTick(0)).toBe('0');
    expect(formatRateTick(150_000)).toBe('150 k');
    for (let v = 0.001; v < 1; v *= 1.7) {
      expect(formatRateTick(v)).not.toMatch(SUB_UNIT_PREFIX);
      expect(formatBitRate(v)).not.toMatch(/ [mµnp]bit\/s$/);
    }
  });

  it('takes the page decimal mark', () => {
    setNumberLocale('de');
    expect(formatBitRate(0.8)).toBe('0,8 bit/s');
    expect(formatRateNumber(1500)).toBe('1,5 k');
  });
});
