// The recorded results of an interactive run in its JSON file: the per-batch series as columns, written by
// runJson.ts, and read back (strictly, via shapeCheck.ts) so an imported run shows its plots and blocks.
// A file without them (an older export) still loads its settings; a malformed part refuses the whole file.
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { DEFAULT_SERIES_CAPACITY, SERIES_COLUMNS, type RunSeries, type SeriesRecord } from '../engine/runSeries';
import type { RunTotals } from '../engine/runTotals';
import { MAX_BLOCK_RECORDS } from '../store/runSlice';
import { findMisfit, pickKnown, type Shape } from './shapeCheck';
import type { FileBlockReport } from './runJson';

export type SeriesColumns = Record<(typeof SERIES_COLUMNS)[number], number[]>;

export interface RecordedRun {
  series: SeriesRecord[];
  totals: RunTotals;
  summary: DistillSummary | null;
  blockReports: BlockReport[];
  blocksDistilled: number;
  exportedAt: string;
}

/** The series buffer as one array per column (all the same length). */
export function seriesToColumns(series: Pick<RunSeries, 'length' | 'columns'>): SeriesColumns {
  return Object.fromEntries(
    SERIES_COLUMNS.map((c) => [c, Array.from(series.columns[c].subarray(0, series.length))]),
  ) as SeriesColumns;
}

const ABORT_REASONS = [
  'qber-above-threshold',
  'key-length-not-positive',
  'too-few-bits',
  'verification-failed',
] as const;
const count: Shape = 'count';
const opt = (shape: Shape): Shape => ({ optional: shape });
/** A number JSON may have written as null (NaN: e.g. no X bits to estimate from). */
const num: Shape = { nullable: 'number' };
const ABORT_DETAIL: Shape = {
  nullable: {
    object: {
      reason: { oneOf: ABORT_REASONS },
      keyBits: opt(count),
      testBits: opt(count),
      minKeyBits: opt(count),
      minTestBits: opt(count),
      phaseErrorBound: opt(num),
      testBitErrorRate: opt(num),
      threshold: opt(num),
      bitsLeft: opt(num),
      leakBits: opt(count),
    },
  },
};
export const BLOCK_REPORT_SHAPE: Shape = {
  object: {
    blockIndex: count,
    nDetected: count,
    nSifted: { object: { z: count, x: count } },
    nSampled: count,
    qberEstimate: { object: { z: num, x: num, upperBound: num } },
    qberTrue: { object: { z: num, x: num } },
    nKey: count,
    leakBits: count,
    efficiency: num,
    rounds: count,
    residualErrors: count,
    verified: { nullable: 'bool' },
    aborted: 'bool',
    abortReason: { nullable: { oneOf: ABORT_REASONS } },
    abortMessage: { nullable: 'text' },
    abortDetail: ABORT_DETAIL,
    nMulti: num,
    finalKeyBits: count,
    aliceKeyHex: 'hex',
    bobKeyHex: 'hex',
    aliceBobKeysEqual: { nullable: 'bool' },
    eveKnownSiftedFraction: 'fraction',
    eveFinalKeyAgreement: num,
    stageMs: {
      object: {
        sifting: count,
        estimation: count,
        errorCorrection: count,
        verification: count,
        privacyAmplification: count,
      },
    },
    // The distiller may add diagnostics (a newer build's fields): they pass unchecked and are not kept.
  },
  allowExtra: true,
};
const SUMMARY_SHAPE: Shape = {
  nullable: {
    object: {
      blocks: count,
      blocksAborted: count,
      blocksDiscardedByVerification: count,
      nDetected: count,
      nSiftedZ: count,
      nSiftedX: count,
      nCorrected: count,
      leakBits: count,
      rounds: count,
      finalKeyBits: count,
      aliceBobKeysEqual: 'bool',
    },
  },
};
const TOTALS_SHAPE: Shape = {
  object: {
    detections: count,
    siftedZ: count,
    siftedX: count,
    errorsZ: count,
    errorsX: count,
    eveExactSiftedZ: count,
    eveGuessSiftedZ: count,
    // Kept since the cloning attack (Eve's guesses worth more than a coin); older files lack them.
    eveAgreeSiftedZ: opt(count),
    eveGuessAgreeSiftedZ: opt(count),
    simulatedSeconds: count,
    pulses: count,
    batches: count,
  },
};
const SERIES_SHAPE: Shape = {
  object: Object.fromEntries(SERIES_COLUMNS.map((c) => [c, { arrayOf: count, max: DEFAULT_SERIES_CAPACITY }])),
};

const nanIfNull = (v: number | null): number => v ?? Number.NaN;

/** JSON wrote NaN as null: the numbers the page reads as NaN get it back. */
function reviveReport(report: BlockReport): BlockReport {
  // The file's English abortMessage is for readers of the file; the page words abortDetail in its own language.
  const { abortMessage: _sentence, ...r } = pickKnown(report, BLOCK_REPORT_SHAPE) as FileBlockReport;
  return {
    ...r,
    efficiency: nanIfNull(r.efficiency),
    nMulti: nanIfNull(r.nMulti),
    qberEstimate: {
      z: nanIfNull(r.qberEstimate.z),
      x: nanIfNull(r.qberEstimate.x),
      upperBound: nanIfNull(r.qberEstimate.upperBound),
    },
    qberTrue: { z: nanIfNull(r.qberTrue.z), x: nanIfNull(r.qberTrue.x) },
  };
}

/** What reading the recorded part gives: the results, none (an older file), or the field at fault. */
export type RecordedRead = { ok: true; recorded: RecordedRun | null } | { ok: false; field: string };

/** Reads the recorded results of a run file already accepted for its settings (`doc` is its parsed JSON). */
export function readRecordedRun(doc: Record<string, unknown>): RecordedRead {
  if (doc.series === undefined) return { ok: true, recorded: null };
  for (const [field, shape] of [
    ['series', SERIES_SHAPE],
    ['totals', TOTALS_SHAPE],
    ['summary', SUMMARY_SHAPE],
    ['blockReports', { arrayOf: BLOCK_REPORT_SHAPE, max: MAX_BLOCK_RECORDS }],
  ] as const) {
    const misfit = findMisfit(doc[field], shape, field);
    if (misfit) return { ok: false, field: misfit };
  }
  const columns = doc.series as SeriesColumns;
  const n = columns.tEnd.length;
  const uneven = SERIES_COLUMNS.find((c) => columns[c].length !== n);
  if (uneven) return { ok: false, field: `series.${uneven}` };
  const run = doc.run as { blocksDistilled?: unknown } | undefined;
  const reports = (doc.blockReports as BlockReport[]).map(reviveReport);
  const blocksDistilled =
    typeof run?.blocksDistilled === 'number' &&
    Number.isInteger(run.blocksDistilled) &&
    run.blocksDistilled >= reports.length
      ? run.blocksDistilled
      : reports.length;
  const series = Array.from(
    { length: n },
    (_, i) => Object.fromEntries(SERIES_COLUMNS.map((c) => [c, columns[c][i]])) as SeriesRecord,
  );
  return {
    ok: true,
    recorded: {
      series,
      totals: doc.totals as RunTotals,
      summary: (doc.summary as DistillSummary | null) ?? null,
      blockReports: reports,
      blocksDistilled,
      exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt.slice(0, 40) : '',
    },
  };
}
