// The run's per-batch time series as CSV, one row per record of the run series buffer (neighbouring
// batches merged in pairs on long runs), with per-row and cumulative counts and QBER, and the final key
// bits distilled from blocks whose detections had all arrived by the row's time. Pure; no DOM.
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import type { RunSeries } from '../engine/runSeries';

export const CSV_COLUMNS = [
  'row',
  'simulatedTimeS',
  'pulses',
  'detections',
  'siftedZ',
  'siftedX',
  'errorsZ',
  'errorsX',
  'qberZ',
  'qberX',
  'eveExactSiftedZ',
  'cumulativeDetections',
  'cumulativeSiftedZ',
  'cumulativeSiftedX',
  'cumulativeErrorsZ',
  'cumulativeErrorsX',
  'cumulativeQberZ',
  'cumulativeQberX',
  'cumulativeFinalKeyBits',
] as const;

type SeriesView = Pick<RunSeries, 'length' | 'columns'>;

/** A ratio as plain text, empty when undefined (no sifted bits yet), so spreadsheets read a blank cell. */
function ratio(k: number, n: number): string {
  return n > 0 ? String(k / n) : '';
}

/**
 * Where each distilled block ends in the run's detection count, with the running key total there. Reports
 * of blocks older than the kept ones (summary totals minus the kept sums) count as one lump before them.
 */
export function keyMilestones(
  reports: readonly BlockReport[],
  summary: DistillSummary | null,
): { atDetections: number; keyBits: number }[] {
  const keptDetections = reports.reduce((a, r) => a + r.nDetected, 0);
  const keptKey = reports.reduce((a, r) => a + r.finalKeyBits, 0);
  let detections = Math.max(0, (summary?.nDetected ?? keptDetections) - keptDetections);
  let keyBits = Math.max(0, (summary?.finalKeyBits ?? keptKey) - keptKey);
  const out = keyBits > 0 ? [{ atDetections: detections, keyBits }] : [];
  for (const r of reports) {
    detections += r.nDetected;
    keyBits += r.finalKeyBits;
    out.push({ atDetections: detections, keyBits });
  }
  return out;
}

export function buildRunCsv(
  series: SeriesView,
  reports: readonly BlockReport[],
  summary: DistillSummary | null,
): string {
  const c = series.columns;
  const milestones = keyMilestones(reports, summary);
  const lines = [CSV_COLUMNS.join(',')];
  let det = 0,
    sz = 0,
    sx = 0,
    ez = 0,
    ex = 0,
    key = 0,
    m = 0;
  for (let i = 0; i < series.length; i++) {
    det += c.detections[i];
    sz += c.siftedZ[i];
    sx += c.siftedX[i];
    ez += c.errorsZ[i];
    ex += c.errorsX[i];
    while (m < milestones.length && milestones[m].atDetections <= det) key = milestones[m++].keyBits;
    lines.push(
      [
        i + 1,
        c.tEnd[i],
        c.pulses[i],
        c.detections[i],
        c.siftedZ[i],
        c.siftedX[i],
        c.errorsZ[i],
        c.errorsX[i],
        ratio(c.errorsZ[i], c.siftedZ[i]),
        ratio(c.errorsX[i], c.siftedX[i]),
        c.eveExactZ[i],
        det,
        sz,
        sx,
        ez,
        ex,
        ratio(ez, sz),
        ratio(ex, sx),
        key,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads a CSV made by buildRunCsv back into rows of numbers keyed by column (blank cells become NaN). */
export function parseRunCsv(text: string): Record<(typeof CSV_COLUMNS)[number], number>[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((l) => l.length > 0);
  const names = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i] === '' ? Number.NaN : Number(cells[i])])) as Record<
      (typeof CSV_COLUMNS)[number],
      number
    >;
  });
}
