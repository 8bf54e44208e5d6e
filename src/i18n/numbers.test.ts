// Numbers through Intl in each language: the decimal mark, SI-style thin-space grouping everywhere, exponents kept
// as JavaScript writes them, and large counts in the language's own words.
import { describe, expect, it } from 'vitest';
import { decimalMark, formatCompactCount, formatFixed, formatGrouped, formatPlain } from './numbers';

describe('numbers', () => {
  it('writes each language its decimal mark', () => {
    expect([decimalMark('en'), decimalMark('de'), decimalMark('zh')]).toEqual(['.', ',', '.']);
    expect(formatPlain(0.5, 'de')).toBe('0,5');
    expect(formatFixed(26.14, 1, 'de')).toBe('26,1');
    expect(formatFixed(26.15, 1, 'en')).toBe((26.15).toFixed(1));
  });

  it('keeps an exponent as JavaScript writes it, with the mantissa in the language', () => {
    expect(formatPlain(1e-9, 'en')).toBe('1e-9');
    expect(formatPlain(2.5e-8, 'de')).toBe('2,5e-8');
    expect(formatPlain(0.30000000000000004, 'en')).toBe('0.30000000000000004');
    expect(formatPlain(0.000012345678901234568, 'en')).toBe('0.000012345678901234568');
  });

  it('groups thousands with thin spaces in every language', () => {
    for (const locale of ['en', 'de', 'zh'] as const)
      expect(formatGrouped(1234567, locale)).toBe('1\u202f234\u202f567');
    expect(formatGrouped(-999, 'de')).toBe('-999');
  });

  it('says large counts in words the language uses', () => {
    expect(formatCompactCount(75_947_000, 'en')).toBe('76 million');
    expect(formatCompactCount(2_500, 'en')).toBe('2.5 thousand');
    expect(formatCompactCount(75_947_000, 'de')).toBe('76 Millionen');
    expect(formatCompactCount(75_947_000, 'zh')).toBe('7595万');
    expect(formatCompactCount(250, 'zh')).toBe('250');
  });
});
