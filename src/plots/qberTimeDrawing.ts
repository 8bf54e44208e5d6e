// Draws the QBER-over-time plot into an SVG with d3: Z and X lines with their 68 % Wilson bands (a lone bin as a
// dot with a whisker), the abort threshold, change markers and the cursor. Pure DOM work, no React, so a test can
// render it from fixed data and compare the SVG with a stored snapshot.
import { area, line, scaleLinear } from 'd3';
import { formatPercent } from '../format/formatNumber';
import { formatTimeTick, timeUnitFor, type TimeUnit } from '../format/timeAxis';
import type { plotFrameText, qberPlotText } from '../i18n/text/plots';
import type { ParamChange } from '../store/paramsSlice';
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import { formatPercentTick } from './formatAxis';
import { isolatedIndices } from './isolatedPoints';
import { drawAxes, drawChangeMarkers, drawEmpty, drawThreshold, startFrame } from './plotFrame';
import { wilson, type TimeBin } from './timeBins';

export const QBER_PLOT_HEIGHT = 230;

const BASES = [
  { key: 'Z', cls: 'series-z', k: (b: TimeBin) => b.errorsZ, n: (b: TimeBin) => b.siftedZ },
  { key: 'X', cls: 'series-x', k: (b: TimeBin) => b.errorsX, n: (b: TimeBin) => b.siftedX },
] as const;

export interface QberDrawing {
  bins: readonly TimeBin[];
  width: number;
  /** Settings changed during the run, drawn as dashed lines. */
  changes: readonly ParamChange[];
  /** Index of the bin under the reading cursor, or null. */
  cursor: number | null;
  text: (typeof qberPlotText)['en'];
  frameText: (typeof plotFrameText)['en'];
}

/** The time axis's unit for these bins (seconds before there are any). */
export const unitOfBins = (bins: readonly TimeBin[]): TimeUnit =>
  timeUnitFor(bins.length ? bins[bins.length - 1].t1 : 1);

/** Redraws the whole plot; returns each bin's x position in SVG pixels (for the pointer cursor). */
export function drawQberTime(svgEl: SVGSVGElement, d: QberDrawing): number[] {
  const { bins, text: t, frameText: tf } = d;
  const frame = startFrame(svgEl, d.width, QBER_PLOT_HEIGHT);
  const tMax = bins.length ? bins[bins.length - 1].t1 : 1;
  const unit = unitOfBins(bins);
  const highest = Math.max(
    0,
    ...bins.flatMap((b) => BASES.map((s) => (s.n(b) > 0 ? (wilson(s.k(b), s.n(b))?.high ?? 0) : 0))),
  );
  const yMax = Math.min(0.55, Math.max(0.15, highest * 1.1));
  const x = scaleLinear([0, tMax / unit.factor], [0, frame.innerWidth]);
  const y = scaleLinear([0, yMax], [frame.innerHeight, 0]).nice();
  drawAxes(frame, {
    x,
    y,
    xLabel: tf.simulatedTime(unit.unit),
    yLabel: t.yAxis,
    xFormat: formatTimeTick,
    yFormat: formatPercentTick,
  });
  drawChangeMarkers(frame, d.changes, x, unit.factor);
  const g = frame.g;
  drawThreshold(frame, y(QBER_THRESHOLD), tf.abortThresholdAt(formatPercent(QBER_THRESHOLD)));
  const xPixels = bins.map((b) => frame.margins.left + x(b.tMid / unit.factor));
  if (bins.length === 0) {
    drawEmpty(frame, t.empty);
    return xPixels;
  }
  for (const s of BASES) {
    const defined = (b: TimeBin) => s.n(b) > 0;
    const band = area<TimeBin>()
      .defined(defined)
      .x((b) => x(b.tMid / unit.factor))
      .y0((b) => y(wilson(s.k(b), s.n(b))!.low))
      .y1((b) => y(wilson(s.k(b), s.n(b))!.high));
    g.append('path').attr('class', `band ${s.cls}`).attr('d', band(bins));
    const path = line<TimeBin>()
      .defined(defined)
      .x((b) => x(b.tMid / unit.factor))
      .y((b) => y(s.k(b) / s.n(b)));
    g.append('path').attr('class', `line ${s.cls}`).attr('d', path(bins));
    // A line needs two neighbouring bins: a lone one (one Step, or between gaps) is a dot with its 68 % whisker.
    for (const i of isolatedIndices(bins, defined)) {
      const b = bins[i];
      const cx = x(b.tMid / unit.factor);
      const band = wilson(s.k(b), s.n(b))!;
      g.append('line')
        .attr('class', `whisker ${s.cls}`)
        .attr('x1', cx)
        .attr('x2', cx)
        .attr('y1', y(band.low))
        .attr('y2', y(band.high));
      g.append('circle')
        .attr('class', `point ${s.cls}`)
        .attr('r', 4)
        .attr('cx', cx)
        .attr('cy', y(s.k(b) / s.n(b)));
    }
  }
  const cursorBin = d.cursor !== null ? bins[Math.min(d.cursor, bins.length - 1)] : undefined;
  if (cursorBin) {
    g.append('line')
      .attr('class', 'cursor')
      .attr('x1', x(cursorBin.tMid / unit.factor))
      .attr('x2', x(cursorBin.tMid / unit.factor))
      .attr('y1', 0)
      .attr('y2', frame.innerHeight);
  }
  return xPixels;
}
