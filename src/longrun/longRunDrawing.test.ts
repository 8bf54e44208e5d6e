// @vitest-environment jsdom
// Snapshot of a long-run plot drawn from a seeded two-hour run: per-minute QBER with its trailing mean climbing as
// the fiber drifts, the threshold, kept and aborted blocks, and the cumulative secret key; and the empty plot.
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../workers/common/rng';
import { longRunText } from '../i18n/text/longrun';
import { plotFrameText } from '../i18n/text/plots';
import { installTextMetrics, newSvg, svgText } from '../plots/svgSnapshot';
import { drawLongRun } from './longRunDrawing';
import type { LongRunBlock, RunProgress } from './longRunStore';
import { SeriesRing } from './seriesRing';

const DURATION_S = 7200;
const text = { text: longRunText.en, frameText: plotFrameText.en };

/** 120 minutes: the X-basis QBER drifts from 2 % to 16 %; a block every 10 minutes, aborted once past 11 %. */
function fixtureRun(seed: number): { ring: SeriesRing; progress: RunProgress } {
  const rng = Rng.fromSeed(seed);
  const ring = new SeriesRing();
  const blocks: LongRunBlock[] = [];
  let secretBits = 0;
  for (let m = 1; m <= 120; m++) {
    const drift = 0.02 + (0.14 * m) / 120;
    if (m % 10 === 0) {
      const bound = drift + 0.01;
      const isAborted = bound > 0.11;
      const finalKeyBits = isAborted ? 0 : 4_000 + rng.nextInt(500);
      secretBits += finalKeyBits;
      blocks.push({
        index: blocks.length,
        filledAtS: m * 60,
        isAborted,
        phaseErrorBound: bound,
        qberEstimateX: drift,
        nKey: 20_000,
        finalKeyBits,
        abortReason: isAborted ? 'qber-above-threshold' : null,
        abortMessage: null,
        isRemainder: false,
      });
    }
    ring.pushPoints([
      {
        tSeconds: m * 60,
        qberZ: 0.02 + 0.004 * rng.nextDouble(),
        qberX: drift + 0.01 * (rng.nextDouble() - 0.5),
        secretBits,
        misalignmentRad: 0,
        brightnessFactor: 1,
        efficiencyFactor: 1,
      },
    ]);
  }
  const progress: RunProgress = {
    status: 'done',
    simulatedSeconds: DURATION_S,
    wallSeconds: 3,
    siftedZ: 1_000_000,
    errorsZ: 22_000,
    siftedX: 1_000_000,
    errorsX: 90_000,
    detections: 4_000_000,
    secretBits,
    blocks,
    errorFault: null,
  };
  return { ring, progress };
}

beforeAll(installTextMetrics);

describe('long-run plot (SVG snapshot)', () => {
  it('draws the drifting QBER, its mean, kept and aborted blocks and the cumulative key', async () => {
    const { ring, progress } = fixtureRun(3);
    const svg = newSvg();
    const common = { rings: [ring], durationS: DURATION_S, sharedSecretMax: progress.secretBits, clipId: 'clip-a' };
    drawLongRun(svg, { ring, progress, width: 640, ...common, ...text });
    expect(svg.querySelectorAll('circle.block.aborted').length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('circle.block:not(.aborted)').length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('path.series-secret')).toHaveLength(1);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/longRun-drift.svg');
  });

  it('draws the empty frame while the run starts', async () => {
    const { progress } = fixtureRun(3);
    const ring = new SeriesRing();
    const svg = newSvg();
    const starting: RunProgress = { ...progress, status: 'starting', blocks: [], secretBits: 0 };
    drawLongRun(svg, {
      ring,
      rings: [ring],
      progress: starting,
      durationS: DURATION_S,
      sharedSecretMax: 0,
      clipId: 'clip-b',
      width: 480,
      ...text,
    });
    expect(svg.querySelector('text.plot-empty')?.textContent).toBe(longRunText.en.plotStarting);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/longRun-starting.svg');
  });
});
