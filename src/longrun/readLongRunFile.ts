// Reads a long-run file (longRunFile.ts) back, strictly: the format and version, seed, preset, every parameter
// through the registry's validateParams, and each run's totals, minute series and blocks by shape (shapeCheck.ts).
// Returns the setup, runs and points to show, or the first field at fault. Never throws.
import { PARAMS, defaultParams, validateParams, type LinkParams } from '../../workers/common/params';
import { isPresetId, presetParams, type PresetId } from '../../workers/common/presets';
import type { TimeSeriesPoint } from '../../workers/photon/driftedRun';
import { findMisfit, type Shape } from '../export/shapeCheck';
import { MAX_DURATION_S, MIN_DURATION_S } from './chunkSchedule';
import { LONG_RUN_FORMAT, LONG_RUN_FORMAT_VERSION, type LongRunFileRun } from './longRunFile';
import {
  emptyProgress,
  VARIANTS,
  type LongRunBlock,
  type LongRunSetup,
  type RunProgress,
  type Variant,
} from './longRunStore';
import { DEFAULT_RING_CAPACITY, RING_COLUMNS } from './seriesRing';

export interface RecordedLongRun {
  setup: LongRunSetup;
  runs: Partial<Record<Variant, RunProgress>>;
  points: Partial<Record<Variant, TimeSeriesPoint[]>>;
  exportedAt: string;
}

export type LongRunRead = { ok: true; run: RecordedLongRun } | { ok: false; field: string };

/** More blocks than a week-long run could finish at the smallest block size. */
const MAX_BLOCKS = 100_000;
const num: Shape = { nullable: 'number' };
const BLOCK_SHAPE: Shape = {
  object: {
    index: 'count',
    filledAtS: 'count',
    isAborted: 'bool',
    phaseErrorBound: num,
    qberEstimateX: num,
    nKey: 'count',
    finalKeyBits: 'count',
    abortReason: {
      nullable: { oneOf: ['qber-above-threshold', 'key-length-not-positive', 'too-few-bits', 'verification-failed'] },
    },
    abortMessage: { nullable: 'text' },
    isRemainder: 'bool',
  },
};
const column = (inner: Shape): Shape => ({ arrayOf: inner, max: DEFAULT_RING_CAPACITY });
const RUN_SHAPE: Shape = {
  object: {
    stabilisation: { oneOf: VARIANTS },
    status: { oneOf: ['done', 'stopped', 'error', 'running', 'starting'] },
    simulatedSeconds: 'count',
    wallSeconds: 'count',
    detections: 'count',
    siftedZ: 'count',
    errorsZ: 'count',
    siftedX: 'count',
    errorsX: 'count',
    secretBits: 'count',
    series: {
      object: {
        tSeconds: column('count'),
        qberZ: column({ nullable: 'fraction' }),
        qberX: column({ nullable: 'fraction' }),
        secretBits: column('count'),
        misalignmentRad: column('number'),
      },
    },
    blocks: { arrayOf: BLOCK_SHAPE, max: MAX_BLOCKS },
  },
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (field: string): LongRunRead => ({ ok: false, field });

function readParams(raw: unknown, presetId: PresetId | null): LinkParams | string {
  if (!isPlainObject(raw)) return 'params';
  const known = new Set<string>(PARAMS.map((p) => p.id));
  const unknown = Object.keys(raw).find((k) => !known.has(k));
  if (unknown !== undefined) return `params.${unknown}`;
  const { params, issues } = validateParams(raw, presetId ? presetParams(presetId) : defaultParams());
  return issues.length > 0 ? `params.${issues[0].param}` : params;
}

function toRun(r: LongRunFileRun, durationS: number): { progress: RunProgress; points: TimeSeriesPoint[] } | string {
  const n = r.series.tSeconds.length;
  const uneven = RING_COLUMNS.find((c) => r.series[c].length !== n);
  if (uneven) return `runs.${r.stabilisation}.series.${uneven}`;
  if (r.simulatedSeconds > durationS + 60) return `runs.${r.stabilisation}.simulatedSeconds`;
  // A run still going when it was saved is shown as stopped there: nothing here will continue it.
  const status = r.status === 'running' || r.status === 'starting' ? 'stopped' : r.status;
  const blocks = r.blocks.map((b): LongRunBlock => ({
    ...b,
    phaseErrorBound: b.phaseErrorBound ?? Number.NaN,
    qberEstimateX: b.qberEstimateX ?? Number.NaN,
  }));
  const points = Array.from({ length: n }, (_, i): TimeSeriesPoint => ({
    tSeconds: r.series.tSeconds[i] ?? 0,
    qberZ: r.series.qberZ[i],
    qberX: r.series.qberX[i],
    secretBits: r.series.secretBits[i] ?? 0,
    // The rings keep neither factor; they are only part of the point type.
    misalignmentRad: r.series.misalignmentRad[i] ?? 0,
    brightnessFactor: 1,
    efficiencyFactor: 1,
  }));
  const progress: RunProgress = {
    ...emptyProgress(),
    status,
    simulatedSeconds: r.simulatedSeconds,
    wallSeconds: r.wallSeconds,
    detections: r.detections,
    siftedZ: r.siftedZ,
    errorsZ: r.errorsZ,
    siftedX: r.siftedX,
    errorsX: r.errorsX,
    secretBits: r.secretBits,
    blocks,
  };
  return { progress, points };
}

/** Reads a parsed long-run file (`doc`); the caller has checked `doc.format` names one. */
export function readLongRunFile(doc: Record<string, unknown>): LongRunRead {
  try {
    if (doc.format !== LONG_RUN_FORMAT) return fail('format');
    if (doc.formatVersion !== LONG_RUN_FORMAT_VERSION) return fail('formatVersion');
    const { seed, durationS, blockSizeBits } = doc;
    if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) return fail('seed');
    const preset = doc.preset ?? null;
    if (preset !== null && (typeof preset !== 'string' || !isPresetId(preset))) return fail('preset');
    const params = readParams(doc.params, preset as PresetId | null);
    if (typeof params === 'string') return fail(params);
    if (typeof durationS !== 'number' || !(durationS >= MIN_DURATION_S && durationS <= MAX_DURATION_S))
      return fail('durationS');
    if (typeof blockSizeBits !== 'number' || blockSizeBits !== params.blockSizeBits) return fail('blockSizeBits');
    const misfit = findMisfit(doc.runs, { arrayOf: RUN_SHAPE, max: VARIANTS.length }, 'runs');
    if (misfit) return fail(misfit);
    const fileRuns = doc.runs as LongRunFileRun[];
    const variants = fileRuns.map((r) => r.stabilisation);
    if (variants.length === 0 || new Set(variants).size !== variants.length) return fail('runs');
    const runs: Partial<Record<Variant, RunProgress>> = {};
    const points: Partial<Record<Variant, TimeSeriesPoint[]>> = {};
    for (const r of fileRuns) {
      const read = toRun(r, durationS);
      if (typeof read === 'string') return fail(read);
      runs[r.stabilisation] = read.progress;
      points[r.stabilisation] = read.points;
    }
    const setup: LongRunSetup = {
      durationS,
      variants,
      presetId: preset as PresetId | null,
      seed,
      blockSizeBits,
      params,
    };
    return {
      ok: true,
      run: { setup, runs, points, exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt.slice(0, 40) : '' },
    };
  } catch {
    return fail('file'); // defence in depth: the checks above are total
  }
}
