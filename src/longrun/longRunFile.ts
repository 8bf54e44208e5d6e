// A long run as files: CSV with one row per simulated minute and run (stabilisation on / off: QBER Z and X,
// cumulative secret key, misalignment) and JSON with the link, seed, duration, each run's totals, series and
// blocks, which readLongRunFile.ts reads back for an import. Pure; no DOM.
import type { LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import type { ModelVersion } from '../export/buildInfo';
import { numberOrNull } from '../export/shapeCheck';
import type { LongRunBlock, LongRunSetup, RunProgress, Variant } from './longRunStore';
import { RING_COLUMNS, type RingColumn, type SeriesRing } from './seriesRing';

export const LONG_RUN_FORMAT = 'qkd-lab-long-run';
export const LONG_RUN_FORMAT_VERSION = 1;

export const LONG_RUN_CSV_COLUMNS = [
  'stabilisation',
  'minute',
  'simulatedTimeS',
  'qberZ',
  'qberX',
  'cumulativeSecretBits',
  'misalignmentRad',
] as const;

/** One run's columns as JSON holds them (a minute without sifted bits has a null QBER). */
export type RingColumns = Record<RingColumn, (number | null)[]>;

export interface LongRunFileRun {
  stabilisation: Variant;
  status: RunProgress['status'];
  simulatedSeconds: number;
  wallSeconds: number;
  detections: number;
  siftedZ: number;
  errorsZ: number;
  siftedX: number;
  errorsX: number;
  secretBits: number;
  series: RingColumns;
  blocks: LongRunBlock[];
}

export interface LongRunFile {
  format: typeof LONG_RUN_FORMAT;
  formatVersion: typeof LONG_RUN_FORMAT_VERSION;
  model: ModelVersion;
  exportedAt: string;
  seed: number;
  preset: PresetId | null;
  /** The link as the long run simulated it (drift on, long-run block size). */
  params: LinkParams;
  durationS: number;
  blockSizeBits: number;
  runs: LongRunFileRun[];
}

export interface LongRunSnapshot {
  setup: LongRunSetup;
  runs: Partial<Record<Variant, RunProgress>>;
  series: Record<Variant, SeriesRing>;
}

/** A ring's kept points, oldest first, one array per column. */
export function ringColumns(ring: SeriesRing): RingColumns {
  return Object.fromEntries(
    RING_COLUMNS.map((c) => [c, Array.from({ length: ring.length }, (_, k) => numberOrNull(ring.at(c, k)))]),
  ) as RingColumns;
}

export function buildLongRunJson(s: LongRunSnapshot, model: ModelVersion, now: Date = new Date()): LongRunFile {
  return {
    format: LONG_RUN_FORMAT,
    formatVersion: LONG_RUN_FORMAT_VERSION,
    model,
    exportedAt: now.toISOString(),
    seed: s.setup.seed,
    preset: s.setup.presetId,
    params: { ...s.setup.params },
    durationS: s.setup.durationS,
    blockSizeBits: s.setup.blockSizeBits,
    runs: s.setup.variants.flatMap((v) => {
      const r = s.runs[v];
      if (!r) return [];
      return [
        {
          stabilisation: v,
          status: r.status,
          simulatedSeconds: r.simulatedSeconds,
          wallSeconds: r.wallSeconds,
          detections: r.detections,
          siftedZ: r.siftedZ,
          errorsZ: r.errorsZ,
          siftedX: r.siftedX,
          errorsX: r.errorsX,
          secretBits: r.secretBits,
          series: ringColumns(s.series[v]),
          blocks: r.blocks.map(
            (b) =>
              ({
                ...b,
                phaseErrorBound: numberOrNull(b.phaseErrorBound),
                qberEstimateX: numberOrNull(b.qberEstimateX),
              }) as LongRunBlock,
          ),
        },
      ];
    }),
  };
}

/** Every run's minutes as CSV rows (a blank QBER cell: no sifted bits in that minute). */
export function buildLongRunCsv(s: LongRunSnapshot): string {
  const cell = (v: number) => (Number.isFinite(v) ? String(v) : '');
  const lines: string[] = [LONG_RUN_CSV_COLUMNS.join(',')];
  for (const v of s.setup.variants) {
    const ring = s.series[v];
    if (!s.runs[v]) continue;
    for (let k = 0; k < ring.length; k++) {
      const t = ring.at('tSeconds', k);
      lines.push(
        [
          v,
          Math.round(t / 60),
          cell(t),
          cell(ring.at('qberZ', k)),
          cell(ring.at('qberX', k)),
          cell(ring.at('secretBits', k)),
          cell(ring.at('misalignmentRad', k)),
        ].join(','),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
