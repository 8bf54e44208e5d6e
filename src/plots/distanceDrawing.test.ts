// @vitest-environment jsdom
// Snapshot of the key rate against distance: theory-shaped curves for the dot, the lasers and this link under the
// PLOB bound on a log axis, this link's marker, the run's point with its error bar, or the "no key" triangle.
import { beforeAll, describe, expect, it } from 'vitest';
import { distancePlotText } from '../i18n/text/plots';
import { CURVE_ORDER, drawDistance } from './distanceDrawing';
import { fixtureCurves } from './plotFixtures';
import { installTextMetrics, newSvg, svgText } from './svgSnapshot';

const range = { fromKm: 0, toKm: 200 };

beforeAll(installTextMetrics);

describe('key rate against distance (SVG snapshot)', () => {
  it('draws every curve, the PLOB bound, the link marker, the run point with its error bar, the cursor', async () => {
    const svg = newSvg();
    const mc = { bitsPerPulse: 2e-4, sigma: 5e-5, blocks: 4, method: 'block spread' as const };
    const curves = fixtureCurves();
    const xPixels = drawDistance(svg, { curves, mc, range, fiberLengthKm: 80, width: 640, cursor: 12, text: tEn() });
    expect(xPixels).toHaveLength(curves.plob.length);
    expect(svg.querySelectorAll('path.line')).toHaveLength(CURVE_ORDER.length);
    expect(svg.querySelectorAll('circle.mc-point')).toHaveLength(1);
    expect(svg.querySelectorAll('line.errorbar')).toHaveLength(3);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/distance-run.svg');
  });

  it('marks a run without key with a triangle and says so beside the marker, clear of its name', async () => {
    const svg = newSvg();
    const mc = { bitsPerPulse: 0, sigma: 0, blocks: 2, method: 'counting statistics' as const };
    drawDistance(svg, {
      curves: fixtureCurves(),
      mc,
      range,
      fiberLengthKm: 190,
      width: 480,
      cursor: null,
      text: tEn(),
    });
    expect(svg.querySelectorAll('path.mc-point.aborted')).toHaveLength(1);
    const labels = [...svg.querySelectorAll('text.marker-label')];
    expect(labels.map((l) => l.textContent)).toEqual([tEn().marker('190'), tEn().runNoKey]);
    // Near the right edge both labels move to the marker's left and stack without overlapping.
    expect(labels.every((l) => l.getAttribute('text-anchor') === 'end')).toBe(true);
    expect(labels[0].getAttribute('y')).not.toBe(labels[1].getAttribute('y'));
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/distance-noKey.svg');
  });
});

function tEn() {
  return distancePlotText.en;
}
