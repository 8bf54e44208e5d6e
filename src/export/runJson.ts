// The run as one JSON document: seed, preset, every resolved parameter (by registry id), the model
// version, the totals and readouts on screen, the distillation summary, the kept per-block reports and the
// per-batch series, plus the link and CLI command that load the same link and seed. Pure; importRun.ts reads
// the settings back, recordedRun.ts the results.
import { PARAMS, toKebab, type LinkParams } from '../../workers/common/params';
import type { PresetId } from '../../workers/common/presets';
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { deriveReadouts, type Readouts, type RunTotals } from '../engine/runTotals';
import type { RunSeries } from '../engine/runSeries';
import { encodeUrlState } from '../url/urlState';
import { describeAbort } from '../i18n/text/run';
import type { ModelVersion } from './buildInfo';
import { seriesToColumns, type SeriesColumns } from './recordedRun';

export const RUN_FORMAT = 'qkd-lab-run';
export const RUN_FORMAT_VERSION = 1;

export interface RunExport {
  format: typeof RUN_FORMAT;
  formatVersion: typeof RUN_FORMAT_VERSION;
  model: ModelVersion;
  exportedAt: string;
  seed: number;
  preset: PresetId | null;
  params: LinkParams;
  run: { status: string; simulatedSeconds: number; pulses: number; batches: number; blocksDistilled: number };
  totals: RunTotals;
  readouts: Readouts;
  summary: DistillSummary | null;
  /** The newest blocks' full reports; `blocksDistilled - blockReports.length` older ones are only in the summary. */
  blockReports: FileBlockReport[];
  /** The per-batch series as columns (what the time plots draw), so an import shows the recorded run. */
  series?: SeriesColumns;
  reproduce: { query: string; cli: string; note: string };
}

/** A block report as the file writes it: with its abort reason also as an English sentence, for readers of the file. */
export type FileBlockReport = BlockReport & { abortMessage: string | null };

export interface RunSnapshot {
  seed: number;
  presetId: PresetId | null;
  params: LinkParams;
  status: string;
  totals: RunTotals;
  summary: DistillSummary | null;
  blocksDone: number;
  blockReports: readonly BlockReport[];
  series?: Pick<RunSeries, 'length' | 'columns'>;
}

/** The `npm run sim` command for the same link, seed and simulated time (every param as its flag). */
export function simCommand(s: Pick<RunSnapshot, 'seed' | 'presetId' | 'params'>, seconds: number): string {
  const flags = PARAMS.map((p) => `--${toKebab(p.id)} ${String(s.params[p.id])}`);
  const preset = s.presetId ? [`--preset ${s.presetId}`] : [];
  return [
    'npm run sim --',
    ...preset,
    ...flags,
    `--seconds ${Math.max(1, Math.ceil(seconds))}`,
    `--seed ${s.seed}`,
    '--json',
  ].join(' ');
}

export function buildRunJson(s: RunSnapshot, model: ModelVersion, now: Date = new Date()): RunExport {
  const finalKeyBits = s.summary?.finalKeyBits ?? 0;
  return {
    format: RUN_FORMAT,
    formatVersion: RUN_FORMAT_VERSION,
    model,
    exportedAt: now.toISOString(),
    seed: s.seed,
    preset: s.presetId,
    params: { ...s.params },
    run: {
      status: s.status,
      simulatedSeconds: s.totals.simulatedSeconds,
      pulses: s.totals.pulses,
      batches: s.totals.batches,
      blocksDistilled: s.blocksDone,
    },
    totals: { ...s.totals },
    readouts: deriveReadouts(s.totals, finalKeyBits),
    summary: s.summary ? { ...s.summary } : null,
    blockReports: s.blockReports.map((r) => ({
      ...structuredClone(r),
      // Worded from the code (every report the file format accepts carries abortDetail).
      abortMessage: r.abortDetail ? describeAbort(r.abortDetail, 'en') : null,
    })),
    ...(s.series ? { series: seriesToColumns(s.series) } : {}),
    reproduce: {
      query: `?${encodeUrlState({ params: s.params, presetId: s.presetId, seed: s.seed })}`,
      cli: simCommand(s, s.totals.simulatedSeconds),
      note:
        'Import this file (or open the query) to load the same link and seed, then press ' +
        'Start. Random draws follow the seed; ' +
        ('an interactive run is stepped by the wall clock, so its batch boundaries (and so ' +
          'the series rows) can differ from a replay.'),
    },
  };
}
