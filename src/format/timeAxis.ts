// The unit of a simulated-time axis and the times written against it. Below a second it is the SI prefix the
// "Simulated time" readout (formatDuration) would give the span (ns, µs, ms), then s up to 3 minutes, min up
// to 3 hours, then h; tick labels and hover readouts use the same unit, with the page's decimal mark.
import { formatDuration, formatSignificant } from './formatNumber';

export interface TimeUnit {
  /** Seconds per unit. */
  factor: number;
  unit: string;
}

const SUB_SECOND: readonly TimeUnit[] = [
  { factor: 1, unit: 's' },
  { factor: 1e-3, unit: 'ms' },
  { factor: 1e-6, unit: 'µs' },
  { factor: 1e-9, unit: 'ns' },
];

/** The unit for an axis from 0 to maxSeconds: the span reads as 1 to 999 of it below a second (as formatSi rounds). */
export function timeUnitFor(maxSeconds: number): TimeUnit {
  if (maxSeconds > 3 * 3600) return { factor: 3600, unit: 'h' };
  if (maxSeconds > 180) return { factor: 60, unit: 'min' };
  return (
    SUB_SECOND.find((u) => Number((maxSeconds / u.factor).toPrecision(3)) >= 1) ?? SUB_SECOND[SUB_SECOND.length - 1]
  );
}

/** A tick label on a time axis, already in the axis unit: "0.5", "120" (decimal comma in German). */
export function formatTimeTick(valueInUnit: number): string {
  return formatSignificant(valueInUnit, 4);
}

/** A time interval as a hover readout writes it, in the axis unit: "1.25–1.3 ms"; minutes and hours as "3 min 20 s". */
export function formatTimeSpan(t0Seconds: number, t1Seconds: number, unit: TimeUnit): string {
  if (unit.factor >= 60) return `${formatDuration(t0Seconds)}–${formatDuration(t1Seconds)}`;
  return (
    `${formatSignificant(t0Seconds / unit.factor, 3)}–${formatSignificant(t1Seconds / unit.factor, 3)} ` +
    `${unit.unit}`
  );
}
