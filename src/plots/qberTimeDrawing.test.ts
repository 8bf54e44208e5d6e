// @vitest-environment jsdom
// Snapshot of the QBER-over-time plot drawn from a seeded run: Z and X lines with Wilson bands, the abort threshold,
// the dashed line where Eve was switched on, the cursor; a single Step's dot with whisker; the empty plot.
import { beforeAll, describe, expect, it } from 'vitest';
import { plotFrameText, qberPlotText } from '../i18n/text/plots';
import { EVE_ON_SECONDS, fixtureRun } from './plotFixtures';
import { drawQberTime } from './qberTimeDrawing';
import { installTextMetrics, newSvg, svgText } from './svgSnapshot';
import { binSeries } from './timeBins';

const text = { text: qberPlotText.en, frameText: plotFrameText.en };

beforeAll(installTextMetrics);

describe('QBER over time (SVG snapshot)', () => {
  it('draws a run whose QBER jumps past the threshold when Eve starts, with the change marker and cursor', async () => {
    const { series, changes } = fixtureRun(7);
    const svg = newSvg();
    const bins = binSeries(series, 40);
    const xPixels = drawQberTime(svg, { bins, width: 640, changes, cursor: 10, ...text });
    expect(xPixels).toHaveLength(40);
    expect(svg.querySelectorAll('line.change-marker')).toHaveLength(1);
    // The Z line starts below the threshold and ends above it (smaller y is higher), after the change marker.
    const thresholdY = Number(svg.querySelector('line.threshold')?.getAttribute('y1'));
    const ys = [...(svg.querySelector('path.line.series-z')?.getAttribute('d') ?? '').matchAll(/,([\d.]+)/g)];
    expect(Number(ys[0][1])).toBeGreaterThan(thresholdY);
    expect(Number(ys[ys.length - 1][1])).toBeLessThan(thresholdY);
    expect(bins[bins.length - 1].t1).toBeGreaterThan(EVE_ON_SECONDS);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/qberTime-run.svg');
  });

  it('draws a single bin as a dot with its Wilson whisker', async () => {
    const { series } = fixtureRun(7, 1);
    const svg = newSvg();
    drawQberTime(svg, { bins: binSeries(series, 40), width: 360, changes: [], cursor: null, ...text });
    expect(svg.querySelectorAll('circle.point')).toHaveLength(2);
    expect(svg.querySelectorAll('line.whisker')).toHaveLength(2);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/qberTime-oneStep.svg');
  });

  it('draws the empty frame with its message before any data', async () => {
    const svg = newSvg();
    drawQberTime(svg, { bins: [], width: 360, changes: [], cursor: null, ...text });
    expect(svg.querySelector('text.plot-empty')?.textContent).toBe(qberPlotText.en.empty);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/qberTime-empty.svg');
  });
});
