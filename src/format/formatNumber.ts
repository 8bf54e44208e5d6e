// Number formatting for readouts and controls: SI prefixes, percentages, counts and durations.
// Pure functions with no DOM access, so the same text appears in the page, tooltips and tests.
import type { NumberParamSpec } from '../../workers/common/params';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { decimalMark, formatGrouped, formatPlain, formatSignificantDigits } from '../i18n/numbers';

/**
 * The language numbers are written in (decimal mark through Intl.NumberFormat), set by the i18n layer
 * (src/i18n/applyLocale.ts) so the many readouts and axes need not each be handed the page's language.
 */
let numberLocale: Locale = DEFAULT_LOCALE;

export function setNumberLocale(locale: Locale): void {
  numberLocale = locale;
}

/** A number with all its digits in the page's language: 0.5 → "0.5" (English), "0,5" (German). */
export function formatPlainNumber(value: number): string {
  return formatPlain(value, numberLocale);
}

/**
 * Text a person typed as a number, in the form Number() reads: a decimal comma is accepted when the page
 * writes one ("6,85" as well as "6.85"), and spaces between digit groups ("1 000 000") are dropped.
 */
export function readTypedNumber(text: string): string {
  const compact = text.trim().replace(/(\d)[\s\u202f\u00a0]+(?=\d)/g, '$1');
  return decimalMark(numberLocale) === ',' ? compact.replace(/^([-+]?\d*),(\d)/, '$1.$2') : compact;
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};

/** An integer exponent as superscript characters: −5 → "⁻⁵". */
export function superscript(exponent: number): string {
  return String(exponent)
    .split('')
    .map((ch) => SUPERSCRIPT_DIGITS[ch] ?? ch)
    .join('');
}

const SI_PREFIXES: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
];

/** Trims a fixed-precision number: 3 significant digits, no trailing zeros ("1.50" → "1.5"). */
export function formatSignificant(value: number, digits = 3): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return '—';
  // Rounded by toPrecision first (the digits every language shows), then written by Intl in the page's language.
  const text = Number(value.toPrecision(digits));
  const abs = Math.abs(text);
  if (abs >= 1e-4 && abs < 1e21) return formatSignificantDigits(text, digits, numberLocale);
  const [mantissa, exponent] = text.toExponential(digits - 1).split('e');
  const shownMantissa = formatSignificantDigits(Number(mantissa), digits, numberLocale);
  return `${shownMantissa}×10${superscript(Number(exponent))}`;
}

/** A value with an SI prefix on its unit: 75947000 Hz → "75.9 MHz", 2e-8 s → "20 ns". */
export function formatSi(value: number, unit: string, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return unit ? `0 ${unit}` : '0';
  const abs = Math.abs(value);
  if (abs < 1e-12 || abs >= 1e15)
    return unit ? `${formatSignificant(value, digits)} ${unit}` : formatSignificant(value, digits);
  for (const [factor, prefix] of SI_PREFIXES) {
    // Round first so 999.96 k becomes "1 M", not "1000 k".
    if (Math.abs(Number((value / factor).toPrecision(digits))) >= 1) {
      const scaled = formatSignificant(value / factor, digits);
      return `${scaled} ${prefix}${unit}`.trim();
    }
  }
  return `${formatSignificant(value, digits)} ${unit}`.trim();
}

/** A probability in [0, 1] as a percentage: 0.0685 → "6.85 %". */
export function formatPercent(fraction: number, digits = 3): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${formatSignificant(fraction * 100, digits)} %`;
}

/** Whole counts with thin grouping: 1234567 → "1 234 567". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  return formatGrouped(Math.round(n), numberLocale);
}

/** Simulated durations: "0.25 s", "12.5 s", "3 min 20 s", "2 h 05 min". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 1) return formatSi(seconds, 's');
  if (seconds < 60) return `${formatSignificant(seconds, 3)} s`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    return `${m} min ${Math.floor(seconds - m * 60)} s`;
  }
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds - h * 3600) / 60);
  return `${formatCount(h)} h ${String(m).padStart(2, '0')} min`;
}

/**
 * A registry value as a person reads it: percent params in %, others with their unit (written in the page's language:
 * unitLabel).
 */
export function formatParamValue(spec: NumberParamSpec, value: number, unitLabel: string = spec.unit): string {
  if (spec.percent) return formatPercent(value);
  if (spec.unit === 'dB/km' || spec.unit === 'dB') return `${formatSignificant(value, 4)} ${unitLabel}`;
  if (spec.unit === 'km' || spec.unit === 'bits') return `${formatSignificant(value, 4)} ${unitLabel}`;
  if (spec.unit === '' || spec.unit === 'photons/pulse') {
    const text = formatSignificant(value, 3);
    return spec.unit ? `${text} ${unitLabel}` : text;
  }
  return formatSi(value, unitLabel);
}

/**
 * A count or a count per second with an SI prefix only from 1 upwards: 1230 → "1.23 k", 0.8 → "0.8", never "800 m"
 * (milli-bit/s reads as metres on an axis). Below 10⁻⁴ it turns to a power of ten ("2×10⁻⁵").
 */
export function formatRateNumber(perSecond: number, digits = 3): string {
  if (!Number.isFinite(perSecond)) return '—';
  if (Math.abs(perSecond) < 1) return formatSignificant(perSecond, digits);
  return formatSi(perSecond, '', digits) || '0';
}

/** Rates per simulated second: "1.23 kbit/s", "0.8 bit/s" (no milli- or micro- prefix). */
export function formatBitRate(bitsPerSecond: number): string {
  if (!Number.isFinite(bitsPerSecond)) return '—';
  return Math.abs(bitsPerSecond) < 1
    ? `${formatSignificant(bitsPerSecond, 3)} bit/s`
    : formatSi(bitsPerSecond, 'bit/s');
}
