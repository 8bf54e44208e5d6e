// Tick-label formatters for the plots: percentages, SI-prefixed rates and powers of ten for log axes,
// short enough to fit a phone-width axis.
import { formatSi, formatSignificant, superscript } from '../format/formatNumber';

export const formatPercentTick = (fraction: number): string => `${formatSignificant(fraction * 100, 3)} %`;

export const formatRateTick = (bitsPerSecond: number): string => formatSi(bitsPerSecond, '', 3) || '0';

/** 1e-6 → "10⁻⁶"; only exact powers of ten get a label on a log axis, others stay blank. */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(value / 10 ** exponent - 1) > 1e-6) return '';
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${superscript(exponent)}`;
}
