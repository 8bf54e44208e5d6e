// Numbers as each language writes them, through Intl.NumberFormat: decimal mark, digits and the SI-style
// thin-space grouping the app uses everywhere. Formatters are cached per language and style (they are costly).
import { LOCALE_TAGS, type Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One cached Intl.NumberFormat per language and style. `style` names the options (readouts format thousands of
 * numbers a second: a short key is cheaper than serialising the options on every call).
 */
export function numberFormat(locale: Locale, style: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    formatters.set(key, format);
  }
  return format;
}

/** All the digits of the shortest form JavaScript writes (at most 17 significant), so nothing is rounded. */
const PLAIN: Intl.NumberFormatOptions = { maximumSignificantDigits: 21, useGrouping: false };

/**
 * A number with all its digits and the language's decimal mark, no grouping: 0.5 → "0.5" / "0,5". A number that
 * JavaScript writes with an exponent keeps it ("1e-9", "2,5e-8"), as the registry's own messages do.
 */
export function formatPlain(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const [mantissa, exponent] = String(value).split('e');
  const body = numberFormat(locale, 'plain', PLAIN).format(Number(mantissa));
  return exponent === undefined ? body : `${body}e${exponent}`;
}

/** At most `digits` significant digits, trailing zeros dropped, no grouping: 6.850 → "6.85" / "6,85". */
export function formatSignificantDigits(value: number, digits: number, locale: Locale): string {
  return numberFormat(locale, `sig${digits}`, { maximumSignificantDigits: digits, useGrouping: false }).format(value);
}

/**
 * Exactly `decimals` decimals: (26.14, 1) → "26.1" / "26,1". Rounded by toFixed first, as the cores write their
 * numbers (Intl would round 26.15 up; the double is 26.149…), so every language shows the core's digits.
 */
export function formatFixed(value: number, decimals: number, locale: Locale): string {
  const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false };
  return numberFormat(locale, `fixed${decimals}`, options).format(Number(value.toFixed(decimals)));
}

/** A whole number grouped by thousands with thin spaces whatever the language (SI style): 1234567 → "1 234 567". */
export function formatGrouped(value: number, locale: Locale): string {
  const text = numberFormat(locale, 'whole', { maximumFractionDigits: 0 }).format(value);
  const group = separators(locale).group;
  return group === '' ? text : text.split(group).join('\u202f');
}

const separatorCache = new Map<Locale, { decimal: string; group: string }>();

/** The language's decimal and group marks, read once from Intl. */
function separators(locale: Locale): { decimal: string; group: string } {
  let marks = separatorCache.get(locale);
  if (!marks) {
    const parts = numberFormat(locale, 'whole', { maximumFractionDigits: 0 }).formatToParts(1234567);
    const decimalParts = numberFormat(locale, 'plain', PLAIN).formatToParts(1.5);
    marks = {
      decimal: decimalParts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? '',
    };
    separatorCache.set(locale, marks);
  }
  return marks;
}

/** The language's decimal mark ("." or ","), read from Intl. */
export function decimalMark(locale: Locale): string {
  return separators(locale).decimal;
}

/**
 * A large count in words, the language's own way (Intl compact notation): 75 947 000 → "76 million",
 * "76 Millionen", "7595万"; two significant digits below ten of a unit, whole units above.
 */
export function formatCompactCount(value: number, locale: Locale): string {
  return numberFormat(locale, 'compact', { notation: 'compact', compactDisplay: 'long' }).format(value);
}
