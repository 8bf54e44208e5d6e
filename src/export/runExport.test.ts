// Tests of the run exports: the CSV's rows add up to the run's totals (per row and cumulative), key
// milestones follow the distilled blocks, and the JSON carries seed, preset, every param and the model.
import { describe, expect, it } from 'vitest';
import { PARAMS, defaultParams } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { RunSeries } from '../engine/runSeries';
import { addStepStats, emptyTotals } from '../engine/runTotals';
import { buildRunCsv, CSV_COLUMNS, keyMilestones, parseRunCsv } from './runCsv';
import { buildRunJson, RUN_FORMAT } from './runJson';

const model = { app: 'qkd-lab' as const, version: '0.1.0', buildId: 'abc123def456' };

function fillSeries(n: number, capacity = 4096) {
  const series = new RunSeries(capacity);
  let totals = emptyTotals();
  for (let i = 0; i < n; i++) {
    const stats = {
      detections: 100 + (i % 7),
      siftedZ: 40 + (i % 5),
      siftedX: 8 + (i % 3),
      errorsZ: i % 4,
      errorsX: i % 2,
      eveExactSiftedZ: 0,
      eveGuessSiftedZ: 0,
    };
    const tEnd = (i + 1) * 0.01;
    series.push({
      tEnd,
      pulses: 1000,
      detections: stats.detections,
      siftedZ: stats.siftedZ,
      errorsZ: stats.errorsZ,
      siftedX: stats.siftedX,
      errorsX: stats.errorsX,
      eveExactZ: 0,
    });
    totals = addStepStats(totals, stats, tEnd, (i + 1) * 1000);
  }
  return { series, totals };
}

const block = (nDetected: number, finalKeyBits: number) => ({ nDetected, finalKeyBits }) as BlockReport;

describe('run CSV', () => {
  it('has a header and one row per series record whose sums match the totals', () => {
    const { series, totals } = fillSeries(50);
    const rows = parseRunCsv(buildRunCsv(series, [], null));
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(50);
    expect(rows.reduce((a, r) => a + r.detections, 0)).toBe(totals.detections);
    const last = rows[rows.length - 1];
    expect(last.cumulativeDetections).toBe(totals.detections);
    expect(last.cumulativeQberZ).toBeCloseTo(totals.errorsZ / totals.siftedZ, 15);
    expect(last.cumulativeQberX).toBeCloseTo(totals.errorsX / totals.siftedX, 15);
    expect(last.simulatedTimeS).toBeCloseTo(totals.simulatedSeconds, 12);
    expect(rows[0].qberZ).toBe(0);
  });

  it('keeps the totals when the buffer has merged records', () => {
    const { series, totals } = fillSeries(37, 16);
    const rows = parseRunCsv(buildRunCsv(series, [], null));
    expect(rows.length).toBeLessThanOrEqual(16);
    expect(rows[rows.length - 1].cumulativeDetections).toBe(totals.detections);
    expect(rows[rows.length - 1].cumulativeErrorsZ).toBe(totals.errorsZ);
  });

  it('leaves QBER blank where a row has no sifted bits', () => {
    const series = new RunSeries(4);
    series.push({ tEnd: 1, pulses: 10, detections: 0, siftedZ: 0, errorsZ: 0, siftedX: 0, errorsX: 0, eveExactZ: 0 });
    const line = buildRunCsv(series, [], null).split('\r\n')[1];
    expect(line).toBe('1,1,10,0,0,0,0,0,,,0,0,0,0,0,0,,,0');
  });

  it('credits a block’s key from the row where its detections had all arrived', () => {
    const { series } = fillSeries(20); // ~100 detections per row
    const reports = [block(250, 30), block(500, 0), block(300, 12)];
    const rows = parseRunCsv(buildRunCsv(series, reports, null));
    const keyAt = (det: number) => rows.find((r) => r.cumulativeDetections >= det)!.cumulativeFinalKeyBits;
    expect(rows[0].cumulativeFinalKeyBits).toBe(0);
    expect(keyAt(250)).toBe(30);
    expect(keyAt(1050)).toBe(42);
  });

  it('counts blocks older than the kept reports as one lump', () => {
    const summary = { nDetected: 1000, finalKeyBits: 100 } as DistillSummary;
    expect(keyMilestones([block(200, 10)], summary)).toEqual([
      { atDetections: 800, keyBits: 90 },
      { atDetections: 1000, keyBits: 100 },
    ]);
  });
});

describe('run JSON', () => {
  it('carries seed, preset, every param, the model and what the readouts showed', () => {
    const { totals } = fillSeries(10);
    const params = { ...presetParams('ideal-classroom'), fiberLengthKm: 12 };
    const doc = buildRunJson(
      {
        seed: 42,
        presetId: 'ideal-classroom',
        params,
        status: 'paused',
        totals,
        summary: null,
        blocksDone: 0,
        blockReports: [],
      },
      model,
      new Date(0),
    );
    expect(doc.format).toBe(RUN_FORMAT);
    expect(doc.seed).toBe(42);
    expect(doc.preset).toBe('ideal-classroom');
    expect(Object.keys(doc.params).sort()).toEqual(PARAMS.map((p) => p.id).sort());
    expect(doc.model).toEqual(model);
    expect(doc.totals.detections).toBe(totals.detections);
    expect(doc.readouts.qberZ).toBe(totals.errorsZ / totals.siftedZ);
    expect(doc.reproduce.query).toContain('seed=42');
    expect(doc.reproduce.query).toContain('fiberLengthKm=12');
    expect(doc.reproduce.cli).toContain('--fiber-length-km 12');
    expect(doc.reproduce.cli).toContain('--seed 42');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('writes the defaults without a preset', () => {
    const doc = buildRunJson(
      {
        seed: 1,
        presetId: null,
        params: defaultParams(),
        status: 'idle',
        totals: emptyTotals(),
        summary: null,
        blocksDone: 0,
        blockReports: [],
      },
      model,
    );
    expect(doc.preset).toBeNull();
    expect(doc.readouts.qberZ).toBeNull();
  });
});
