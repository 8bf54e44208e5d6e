// @vitest-environment jsdom
// Snapshot of the key-rate-over-time plot drawn from a seeded run: the sifted rate, the secret rate earned block by
// block with its markers (the blocks after Eve's start marked aborted), the change marker and the cursor.
import { beforeAll, describe, expect, it } from 'vitest';
import { keyRatePlotText, plotFrameText } from '../i18n/text/plots';
import { drawKeyRateTime } from './keyRateTimeDrawing';
import { fixtureRun } from './plotFixtures';
import { secretRatePoints } from './secretRatePoints';
import { installTextMetrics, newSvg, svgText } from './svgSnapshot';
import { binSeries } from './timeBins';

const text = { text: keyRatePlotText.en, frameText: plotFrameText.en };

beforeAll(installTextMetrics);

describe('key rate over time (SVG snapshot)', () => {
  it('draws sifted and secret rates, block markers (some aborted), the change marker and cursor', async () => {
    const { series, blocks, changes } = fixtureRun(11);
    const secret = secretRatePoints(series, blocks);
    const svg = newSvg();
    drawKeyRateTime(svg, { bins: binSeries(series, 40), secret, width: 640, changes, cursor: 25, ...text });
    const aborted = blocks.filter((b) => b.isAborted).length;
    expect(aborted).toBeGreaterThan(0);
    expect(svg.querySelectorAll('circle.block.aborted')).toHaveLength(aborted);
    expect(svg.querySelectorAll('circle.block.series-secret')).toHaveLength(blocks.length - aborted);
    expect(svg.querySelectorAll('line.change-marker')).toHaveLength(1);
    expect(svg.querySelectorAll('line.cursor')).toHaveLength(1);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/keyRateTime-run.svg');
  });

  it('draws a single interval as a dot, before any block', async () => {
    const { series } = fixtureRun(11, 1);
    const svg = newSvg();
    drawKeyRateTime(svg, { bins: binSeries(series, 40), secret: [], width: 360, changes: [], cursor: null, ...text });
    expect(svg.querySelectorAll('circle.point.series-sifted')).toHaveLength(1);
    expect(svg.querySelector('path.series-secret')).toBeNull();
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/keyRateTime-oneStep.svg');
  });
});
