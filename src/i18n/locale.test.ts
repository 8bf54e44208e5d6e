// Tests for the `lang` URL key and the locale side effects: which values choose German, which are
// reported, and that German switches the decimal mark of formatted numbers (and back).
import { afterEach, describe, expect, it } from 'vitest';
import { formatPercent } from '../format/formatNumber';
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
});
