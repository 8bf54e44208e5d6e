// Numbers as each language writes them, through Intl.NumberFormat: decimal mark, digits and the SI-style
// thin-space grouping the app uses everywhere. Formatters are cached per language and style (they are costly).
import { LOCALE_TAGS, type Locale } from './locale';

const formatters = new Map<string, Intl.NumberFormat>();

/** One cached Intl.NumberFormat per language and options (the options object's JSON is the key). */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    formatters.set(key, format);
  }
  return format;
}

const PLAIN: Intl.NumberFormatOptions = { maximumFractionDigits: 20, useGrouping: false };

/**
 * A number with all its digits and the language's decimal mark, no grouping: 0.5 → "0.5" / "0,5". A number that
 * JavaScript writes with an exponent keeps it ("1e-9", "2,5e-8"), as the registry's own messages do.
 */
export function formatPlain(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const [mantissa, exponent] = String(value).split('e');
  const body = numberFormat(locale, PLAIN).format(Number(mantissa));
  return exponent === undefined ? body : `${body}e${exponent}`;
}

/** At most `digits` significant digits, trailing zeros dropped, no grouping: 6.850 → "6.85" / "6,85". */
export function formatSignificantDigits(value: number, digits: number, locale: Locale): string {
  return numberFormat(locale, { maximumSignificantDigits: digits, useGrouping: false }).format(value);
}

/** Exactly `decimals` decimals: (26.14, 1) → "26.1" / "26,1". */
export function formatFixed(value: number, decimals: number, locale: Locale): string {
  const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false };
  return numberFormat(locale, options).format(value);
}

/** A whole number grouped by thousands with thin spaces whatever the language (SI style): 1234567 → "1 234 567". */
export function formatGrouped(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 })
    .formatToParts(value)
    .map((part) => (part.type === 'group' ? '\u202f' : part.value))
    .join('');
}

/** The language's decimal mark ("." or ","), read from Intl. */
export function decimalMark(locale: Locale): string {
  return (
    numberFormat(locale, PLAIN)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.'
  );
}

/**
 * A large count in words, the language's own way (Intl compact notation): 75 947 000 → "76 million",
 * "76 Millionen", "7595万"; two significant digits below ten of a unit, whole units above.
 */
export function formatCompactCount(value: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(value);
}
