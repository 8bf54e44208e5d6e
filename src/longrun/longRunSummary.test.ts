// Summaries of a long run: the trailing mean the plots draw, maxima that skip empty minutes, block tallies,
// grouping for dense plots and the sentence that stands in for the plot.
import { describe, expect, it } from 'vitest';
import { textFor } from '../i18n/defineText';
import { longRunText } from '../i18n/text/longrun';
import { describeRun, describeTally, finiteMax, tallyBlocks, trailingMean } from './longRunSummary';

const en = textFor(longRunText, 'en');
const de = textFor(longRunText, 'de');
import { groupLast, groupMeans } from './plotData';

describe('long-run summaries', () => {
  it('takes trailing means over the defined values in the window', () => {
    const m = trailingMean([1, 2, 3, Number.NaN, 5], 2);
    expect(Array.from(m)).toEqual([1, 1.5, 2.5, 3, 5]);
    expect(trailingMean([Number.NaN, Number.NaN], 3)[1]).toBeNaN();
  });

  it('finds the largest finite value', () => {
    expect(finiteMax([0.1, Number.NaN, 0.3, 0.2])).toBe(0.3);
    expect(finiteMax([Number.NaN])).toBeNaN();
  });

  it('counts kept and aborted blocks', () => {
    const full = [
      { isAborted: false, isRemainder: false },
      { isAborted: true, isRemainder: false },
      { isAborted: true, isRemainder: false },
    ];
    expect(tallyBlocks(full)).toEqual({ kept: 1, aborted: 2, remainder: null });
    const t = tallyBlocks([...full, { isAborted: false, isRemainder: true }]);
    expect(t).toEqual({ kept: 1, aborted: 2, remainder: 'kept' });
    expect(describeTally(t, en)).toBe('1 kept, 2 aborted; remainder kept');
    expect(describeTally(t, de)).toBe('1 behalten, 2 abgebrochen; Rest behalten');
  });

  it('groups dense series: means skip NaN, time stamps take the last of each group', () => {
    const v = new Float64Array([1, 3, Number.NaN, 4, 5]);
    expect(Array.from(groupMeans(v, 2))).toEqual([2, 4, 5]);
    expect(Array.from(groupLast(new Float64Array([60, 120, 180, 240, 300]), 2))).toEqual([120, 240, 300]);
    expect(groupMeans(v, 1)).toBe(v);
  });

  it('describes a run in one sentence with the figures a test can read', () => {
    const run = {
      label: 'Stabilisation off',
      simulatedSeconds: 3 * 3600,
      durationS: 6 * 3600,
      points: 180,
      qberZ: 0.0689,
      qberX: 0.133,
      highestMeanX: 0.145,
      blocks: { kept: 0, aborted: 1, remainder: null },
      secretBits: 0,
    };
    const text = describeRun(run, en);
    expect(describeRun({ ...run, label: 'Stabilisierung aus' }, de)).toContain(
      'Stabilisierung aus: 3 h 00 min von 6 h 00 min simuliert, 180 Minutenpunkte.',
    );
    expect(text).toContain('Stabilisation off: 3 h 00 min of 6 h 00 min simulated, 180 one-minute points.');
    expect(text).toContain('X 13.3 %');
    expect(text).toContain('highest 10-minute mean of X 14.5 %');
    expect(text).toContain('Blocks: 0 kept, 1 aborted.');
  });
});
