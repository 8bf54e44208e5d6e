// Tests for the `lang` URL key and the locale side effects: which values choose German or Chinese, which are
// reported, and that the language switches the decimal mark of formatted numbers (and back).
import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatPercent, formatSignificant } from '../format/formatNumber';
import { applyLocale } from './applyLocale';
import { localeFromQuery } from './locale';

describe('localeFromQuery', () => {
  it('defaults to English without a lang key or with an empty one', () => {
    expect(localeFromQuery('')).toEqual({ locale: 'en', issue: null });
    expect(localeFromQuery('?lang=')).toEqual({ locale: 'en', issue: null });
  });
  it('accepts German in any case and with a region', () => {
    for (const raw of ['de', 'DE', 'de-AT', 'de_CH']) expect(localeFromQuery(`?lang=${raw}`).locale).toBe('de');
  });
  it('accepts Simplified Chinese as zh, zh-CN or zh-Hans', () => {
    for (const raw of ['zh', 'ZH', 'zh-CN', 'zh_Hans']) expect(localeFromQuery(`?lang=${raw}`).locale).toBe('zh');
  });
  it('reports an unknown language by its raw value and keeps English', () => {
    expect(localeFromQuery('?lang=klingon')).toEqual({ locale: 'en', issue: { key: 'lang', raw: 'klingon' } });
  });
});

describe('applyLocale', () => {
  afterEach(() => applyLocale('en', undefined));
  it('writes numbers with a decimal comma in German and a point in English', () => {
    applyLocale('de', undefined);
    expect(formatPercent(0.0685)).toBe('6,85 %');
    applyLocale('en', undefined);
    expect(formatPercent(0.0685)).toBe('6.85 %');
  });
  it('writes Chinese numbers as zh-CN does (decimal point, thin-space groups as everywhere)', () => {
    applyLocale('zh', undefined);
    expect(formatPercent(0.0685)).toBe('6.85 %');
    expect(formatCount(1234567)).toBe('1\u202f234\u202f567');
    expect(formatSignificant(2.5e-7)).toBe('2.5×10⁻⁷');
  });
});
