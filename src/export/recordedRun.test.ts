// Tests of the recorded results in a run file: the series, totals, summary and block reports written by
// runJson.ts come back from readRecordedRun unchanged, a malformed part names its field, and restoring them
// fills a fresh app store (plots' series, readouts' totals, block records) under an "Imported run" mark.
import { describe, expect, it } from 'vitest';
import { presetParams } from '../../workers/common/presets';
import type { BlockReport, DistillSummary } from '../../workers/common/reports';
import { RunSeries } from '../engine/runSeries';
import { addStepStats, emptyTotals } from '../engine/runTotals';
import { createAppStore } from '../store/appState';
import { importedRunStore, restoreRecordedRun, formatExportDate } from './importedRun';
import { readRecordedRun } from './recordedRun';
import { buildRunJson } from './runJson';

const model = { app: 'qkd-lab' as const, version: '0.1.0', buildId: 'abc123def456' };

function report(i: number, aborted = false): BlockReport {
  return {
    blockIndex: i,
    nDetected: 5000,
    nSifted: { z: 2400, x: 100 },
    nSampled: 0,
    qberEstimate: { z: 0.02, x: aborted ? Number.NaN : 0.03, upperBound: 0.06 },
    qberTrue: { z: 0.021, x: 0.029 },
    nKey: 2400,
    leakBits: 400,
    efficiency: 1.12,
    rounds: 4,
    residualErrors: 0,
    verified: !aborted,
    aborted,
    abortReason: aborted ? 'too-few-bits' : null,
    abortDetail: aborted
      ? { reason: 'too-few-bits', keyBits: 10, testBits: 2, minKeyBits: 100, minTestBits: 20 }
      : null,
    nMulti: 0,
    finalKeyBits: aborted ? 0 : 900,
    aliceKeyHex: aborted ? '' : '0123456789abcdef',
    bobKeyHex: aborted ? '' : '0123456789abcdef',
    aliceBobKeysEqual: aborted ? null : true,
    eveKnownSiftedFraction: 0,
    eveFinalKeyAgreement: aborted ? null : 0.5,
    stageMs: { sifting: 1, estimation: 0.2, errorCorrection: 3, verification: 0.1, privacyAmplification: 2 },
  };
}

function recordedFile() {
  const series = new RunSeries(64);
  let totals = emptyTotals();
  for (let i = 0; i < 30; i++) {
    const stats = {
      detections: 1000 + i,
      siftedZ: 480,
      siftedX: 20,
      errorsZ: 10 + (i % 3),
      errorsX: 1,
      eveExactSiftedZ: 0,
      eveGuessSiftedZ: 0,
    };
    series.push({
      tEnd: (i + 1) * 0.05,
      pulses: 1e6,
      detections: stats.detections,
      siftedZ: 480,
      errorsZ: stats.errorsZ,
      siftedX: 20,
      errorsX: 1,
      eveExactZ: 0,
    });
    totals = addStepStats(totals, stats, (i + 1) * 0.05, (i + 1) * 1e6);
  }
  const reports = [report(0), report(1, true), report(2)];
  const summary: DistillSummary = {
    blocks: 3,
    blocksAborted: 1,
    blocksDiscardedByVerification: 0,
    nDetected: 15000,
    nSiftedZ: 7200,
    nSiftedX: 300,
    nCorrected: 4800,
    leakBits: 800,
    rounds: 8,
    finalKeyBits: 1800,
    aliceBobKeysEqual: true,
  };
  const doc = buildRunJson(
    {
      seed: 77,
      presetId: 'ideal-classroom',
      params: presetParams('ideal-classroom'),
      status: 'paused',
      totals,
      summary,
      blocksDone: 3,
      blockReports: reports,
      series,
    },
    model,
    new Date('2026-12-07T04:30:00Z'),
  );
  return { doc: JSON.parse(JSON.stringify(doc)) as Record<string, unknown>, series, totals, reports, summary };
}

describe('recorded run results', () => {
  it('come back from the file as they were written', () => {
    const { doc, series, totals, reports } = recordedFile();
    const read = readRecordedRun(doc);
    expect(read.ok).toBe(true);
    if (!read.ok || !read.recorded) throw new Error('expected recorded results');
    expect(read.recorded.series).toHaveLength(30);
    expect(read.recorded.series[29].tEnd).toBeCloseTo(series.columns.tEnd[29], 12);
    expect(read.recorded.series.reduce((a, r) => a + r.detections, 0)).toBe(totals.detections);
    expect(read.recorded.totals).toEqual(totals);
    expect(read.recorded.blockReports[0]).toEqual(reports[0]);
    expect(read.recorded.blockReports[1].qberEstimate.x).toBeNaN(); // NaN went through JSON as null
    expect(read.recorded.blocksDistilled).toBe(3);
    expect(read.recorded.exportedAt).toBe('2026-12-07T04:30:00.000Z');
  });

  it('a block report’s extra diagnostics (a newer distiller) pass unchecked and are not kept', () => {
    const { doc, reports } = recordedFile();
    Object.assign((doc.blockReports as Record<string, unknown>[])[0], {
      cascadeLeakBits: 380,
      cascadeTrace: [{ pass: 1 }],
      muStat: null,
    });
    const read = readRecordedRun(doc);
    if (!read.ok || !read.recorded) throw new Error('expected recorded results');
    expect(read.recorded.blockReports[0]).toEqual(reports[0]);
  });

  it('an older file without a series loads its settings only', () => {
    const { doc } = recordedFile();
    delete doc.series;
    expect(readRecordedRun(doc)).toEqual({ ok: true, recorded: null });
  });

  it('names the first field that is not what QKD Lab writes', () => {
    // The test writes malformed values into parsed JSON on purpose, so its fields are untyped here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const bad = (change: (d: Record<string, any>) => void) => {
      const { doc } = recordedFile();
      change(doc);
      return readRecordedRun(doc);
    };
    expect(
      bad((d) => {
        d.series.detections[4] = -1;
      }),
    ).toEqual({ ok: false, field: 'series.detections[4]' });
    expect(
      bad((d) => {
        d.series.errorsX.pop();
      }),
    ).toEqual({ ok: false, field: 'series.errorsX' });
    expect(
      bad((d) => {
        d.blockReports[2].finalKeyBits = '900';
      }),
    ).toEqual({ ok: false, field: 'blockReports[2].finalKeyBits' });
    expect(
      bad((d) => {
        d.blockReports[0].aliceKeyHex = '<img src=x>';
      }),
    ).toEqual({ ok: false, field: 'blockReports[0].aliceKeyHex' });
    expect(
      bad((d) => {
        d.totals.extra = 1;
      }),
    ).toEqual({ ok: false, field: 'totals.extra' });
    expect(
      bad((d) => {
        d.totals = null;
      }),
    ).toEqual({ ok: false, field: 'totals' });
    expect(
      bad((d) => {
        d.series.tEnd = Array(5000).fill(1);
      }),
    ).toEqual({ ok: false, field: 'series.tEnd' });
  });

  it('restoring fills a fresh store and marks it imported until the run id moves on', () => {
    const { doc, totals } = recordedFile();
    const read = readRecordedRun(doc);
    if (!read.ok || !read.recorded) throw new Error('expected recorded results');
    const store = createAppStore();
    store.getState().resetRun();
    restoreRecordedRun(store, read.recorded, { fileName: 'run.json', seed: 77, exportedAt: read.recorded.exportedAt });
    const s = store.getState();
    expect(s.series.length).toBe(30);
    expect(s.totals).toEqual(totals);
    expect(s.blockRecords).toHaveLength(3);
    expect(s.blockRecords[1].isAborted).toBe(true);
    expect(s.summary?.finalKeyBits).toBe(1800);
    expect(s.blocksDone).toBe(3);
    expect(s.status).toBe('idle');
    expect(importedRunStore.getState().mark).toMatchObject({ seed: 77, runId: s.runId });
    s.beginRun();
    expect(store.getState().series.length).toBe(0);
    expect(importedRunStore.getState().mark?.runId).not.toBe(store.getState().runId);
  });

  it('writes the export date in the reader’s language, or nothing for a bad one', () => {
    expect(formatExportDate('2026-12-07T04:30:00.000Z', 'en')).toContain('2026');
    expect(formatExportDate('2026-12-07T04:30:00.000Z', 'de-DE')).toMatch(/07\.12\.2026|7\. Dez/);
    expect(formatExportDate('yesterday', 'en')).toBe('');
    expect(formatExportDate('', 'en')).toBe('');
  });
});
