// Tick-label formatters for the plots: percentages, rates (SI prefixes only from 1 up) and powers of ten for log axes,
// short enough to fit a phone-width axis.
import { formatRateNumber, formatSignificant, superscript } from '../format/formatNumber';

export const formatPercentTick = (fraction: number): string => `${formatSignificant(fraction * 100, 3)} %`;

/** Rate ticks: SI prefixes from 1 up ("150 k"), plain decimals below ("0.8", never "800 m"). */
export const formatRateTick = (bitsPerSecond: number): string => formatRateNumber(bitsPerSecond, 3);

/** 1e-6 → "10⁻⁶"; only exact powers of ten get a label on a log axis, others stay blank. */
export function formatPowerOfTen(value: number): string {
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(value / 10 ** exponent - 1) > 1e-6) return '';
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${superscript(exponent)}`;
}
