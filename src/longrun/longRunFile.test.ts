// Tests of the long-run files: the CSV has one row per minute and run, the JSON carries link, seed and each
// run's series and blocks, and readLongRunFile gives back what was written (or names the field at fault).
import { describe, expect, it } from 'vitest';
import { presetParams } from '../../workers/common/presets';
import type { TimeSeriesPoint } from '../../workers/photon/driftedRun';
import { longRunParams } from './longRunParams';
import { buildLongRunCsv, buildLongRunJson, LONG_RUN_CSV_COLUMNS, type LongRunSnapshot } from './longRunFile';
import { readLongRunFile } from './readLongRunFile';
import { emptyProgress, type LongRunBlock, type Variant } from './longRunStore';
import { SeriesRing } from './seriesRing';

const model = { app: 'qkd-lab' as const, version: '0.1.0', buildId: 'abc123def456' };

function points(minutes: number, variant: Variant): TimeSeriesPoint[] {
  return Array.from({ length: minutes }, (_, i) => ({
    tSeconds: (i + 1) * 60,
    qberZ: i === 3 ? null : 0.01 + (variant === 'off' ? i * 0.001 : 0),
    qberX: 0.012,
    secretBits: i * 100,
    misalignmentRad: variant === 'off' ? i * 0.01 : 0.001,
    brightnessFactor: 1,
    efficiencyFactor: 1,
  }));
}

const block = (index: number, isAborted: boolean): LongRunBlock => ({
  index,
  filledAtS: 600 * (index + 1),
  isAborted,
  phaseErrorBound: isAborted ? 0.2 : 0.04,
  qberEstimateX: isAborted ? Number.NaN : 0.02,
  nKey: 100_000,
  finalKeyBits: isAborted ? 0 : 40_000,
  abortReason: isAborted ? 'qber-above-threshold' : null,
  abortMessage: isAborted ? 'QBER bound 20 % > 11 %' : null,
  isRemainder: false,
});

function snapshot(): LongRunSnapshot {
  const params = longRunParams(presetParams('qd-timebin-120km'), 'qd-timebin-120km');
  const series = { on: new SeriesRing(), off: new SeriesRing() };
  series.on.pushPoints(points(360, 'on'));
  series.off.pushPoints(points(360, 'off'));
  const run = (blocks: LongRunBlock[]) => ({
    ...emptyProgress(),
    status: 'done' as const,
    simulatedSeconds: 21_600,
    wallSeconds: 42,
    detections: 9e6,
    siftedZ: 4e6,
    errorsZ: 4e4,
    siftedX: 2e5,
    errorsX: 2400,
    secretBits: 40_000 * blocks.filter((b) => !b.isAborted).length,
    blocks,
  });
  return {
    setup: {
      durationS: 21_600,
      variants: ['on', 'off'],
      presetId: 'qd-timebin-120km',
      seed: 9,
      blockSizeBits: params.blockSizeBits,
      params,
    },
    runs: { on: run([block(0, false), block(1, false)]), off: run([block(0, false), block(1, true)]) },
    series,
  };
}

describe('long-run files', () => {
  it('CSV: a header and one row per minute of each run, blank QBER where a minute had no bits', () => {
    const lines = buildLongRunCsv(snapshot()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(LONG_RUN_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 2 * 360);
    expect(lines[1]).toBe('on,1,60,0.01,0.012,0,0.001');
    expect(lines[4].split(',')[3]).toBe('');
    expect(lines[361].startsWith('off,1,60,')).toBe(true);
    expect(lines[720].split(',').slice(0, 3)).toEqual(['off', '360', '21600']);
  });

  it('JSON reads back to the same setup, totals, minute points and blocks', () => {
    const s = snapshot();
    const doc = JSON.parse(JSON.stringify(buildLongRunJson(s, model, new Date('2026-12-07T05:00:00Z')))) as Record<
      string,
      unknown
    >;
    const read = readLongRunFile(doc);
    if (!read.ok) throw new Error(`refused at ${read.field}`);
    expect(read.run.setup).toEqual(s.setup);
    expect(read.run.runs.off?.blocks).toHaveLength(2);
    expect(read.run.runs.off?.blocks[1]).toMatchObject({ isAborted: true, abortReason: 'qber-above-threshold' });
    expect(read.run.runs.on?.blocks[1].qberEstimateX).toBe(0.02);
    expect(read.run.runs.off?.blocks[1].qberEstimateX).toBeNaN();
    expect(read.run.runs.on?.secretBits).toBe(80_000);
    expect(read.run.points.off).toHaveLength(360);
    expect(read.run.points.off?.[3].qberZ).toBeNull();
    expect(read.run.points.off?.[359]).toMatchObject({ tSeconds: 21_600, secretBits: 35_900 });
    expect(read.run.exportedAt).toBe('2026-12-07T05:00:00.000Z');
    const ring = new SeriesRing();
    ring.pushPoints(read.run.points.on ?? []);
    expect(ring.length).toBe(360);
    expect(ring.last('secretBits')).toBe(35_900);
  });

  it('a run saved while still going reads as stopped', () => {
    const s = snapshot();
    s.runs.on = { ...s.runs.on!, status: 'running', simulatedSeconds: 3600 };
    const read = readLongRunFile(JSON.parse(JSON.stringify(buildLongRunJson(s, model))));
    expect(read.ok && read.run.runs.on?.status).toBe('stopped');
  });

  it('refuses a malformed file naming the field', () => {
    // The test writes malformed values into parsed JSON on purpose, so its fields are untyped here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const bad = (change: (d: Record<string, any>) => void) => {
      const doc = JSON.parse(JSON.stringify(buildLongRunJson(snapshot(), model)));
      change(doc);
      const read = readLongRunFile(doc);
      return read.ok ? 'accepted' : read.field;
    };
    expect(bad(() => undefined)).toBe('accepted');
    expect(
      bad((d) => {
        d.formatVersion = 2;
      }),
    ).toBe('formatVersion');
    expect(
      bad((d) => {
        d.seed = -1;
      }),
    ).toBe('seed');
    expect(
      bad((d) => {
        d.params.fiberLengthKm = 9999;
      }),
    ).toBe('params.fiberLengthKm');
    expect(
      bad((d) => {
        d.params.script = 'x';
      }),
    ).toBe('params.script');
    expect(
      bad((d) => {
        d.durationS = 1e12;
      }),
    ).toBe('durationS');
    expect(
      bad((d) => {
        d.runs[1].series.qberZ[5] = 7;
      }),
    ).toBe('runs[1].series.qberZ[5]');
    expect(
      bad((d) => {
        d.runs[0].series.secretBits.pop();
      }),
    ).toBe('runs.on.series.secretBits');
    expect(
      bad((d) => {
        d.runs[0].blocks[0].abortReason = 'because';
      }),
    ).toBe('runs[0].blocks[0].abortReason');
    expect(
      bad((d) => {
        d.runs[1].stabilisation = 'on';
      }),
    ).toBe('runs');
    expect(
      bad((d) => {
        d.runs = [];
      }),
    ).toBe('runs');
  });
});
