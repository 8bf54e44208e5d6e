// Draws the key-rate-over-time plot into an SVG with d3: the sifted rate per interval (a lone interval as a dot),
// the secret rate earned after each block with its block markers (aborted blocks marked apart), change markers and
// the cursor. Pure DOM work, no React, so a test can render it from fixed data and compare a stored snapshot.
import { line, max, scaleLinear } from 'd3';
import { formatTimeTick, timeUnitFor } from '../format/timeAxis';
import type { keyRatePlotText, plotFrameText } from '../i18n/text/plots';
import type { ParamChange } from '../store/paramsSlice';
import { formatRateTick } from './formatAxis';
import { isolatedIndices } from './isolatedPoints';
import { DEFAULT_MARGINS, drawAxes, drawChangeMarkers, drawEmpty, startFrame } from './plotFrame';
import type { SecretRatePoint } from './secretRatePoints';
import { thinMarkerIndices } from './thinMarkers';
import { siftedRate, type TimeBin } from './timeBins';

/** Wider left margin than the default: the key-rate axis labels (e.g. "150 k") are longer. */
const MARGINS = { ...DEFAULT_MARGINS, left: 62 };

export const KEY_RATE_PLOT_HEIGHT = 230;

export interface KeyRateDrawing {
  bins: readonly TimeBin[];
  /** The secret key rate the run had earned after each distilled block. */
  secret: readonly SecretRatePoint[];
  width: number;
  changes: readonly ParamChange[];
  cursor: number | null;
  text: (typeof keyRatePlotText)['en'];
  frameText: (typeof plotFrameText)['en'];
}

/** Redraws the whole plot; returns each bin's x position in SVG pixels (for the pointer cursor). */
export function drawKeyRateTime(svgEl: SVGSVGElement, d: KeyRateDrawing): number[] {
  const { bins, secret, text: t, frameText: tf } = d;
  const frame = startFrame(svgEl, d.width, KEY_RATE_PLOT_HEIGHT, MARGINS);
  const tMax = bins.length ? bins[bins.length - 1].t1 : 1;
  const unit = timeUnitFor(tMax);
  const yMax = Math.max(1, max(bins, siftedRate) ?? 0, max(secret, (p) => p.bitsPerSecond) ?? 0) * 1.08;
  const x = scaleLinear([0, tMax / unit.factor], [0, frame.innerWidth]);
  const y = scaleLinear([0, yMax], [frame.innerHeight, 0]).nice();
  drawAxes(frame, {
    x,
    y,
    xLabel: tf.simulatedTime(unit.unit),
    yLabel: t.yAxis,
    xFormat: formatTimeTick,
    yFormat: formatRateTick,
  });
  drawChangeMarkers(frame, d.changes, x, unit.factor);
  const xPixels = bins.map((b) => frame.margins.left + x(b.tMid / unit.factor));
  if (bins.length === 0) {
    drawEmpty(frame, t.empty);
    return xPixels;
  }
  const g = frame.g;
  g.append('path')
    .attr('class', 'line series-sifted')
    .attr(
      'd',
      line<TimeBin>()
        .x((b) => x(b.tMid / unit.factor))
        .y((b) => y(siftedRate(b)))(bins),
    );
  // One interval makes no line segment: it is drawn as a dot.
  for (const i of isolatedIndices(bins, () => true)) {
    g.append('circle')
      .attr('class', 'point series-sifted')
      .attr('r', 4)
      .attr('cx', x(bins[i].tMid / unit.factor))
      .attr('cy', y(siftedRate(bins[i])));
  }
  if (secret.length > 0) {
    g.append('path')
      .attr('class', 'line series-secret dashed')
      .attr(
        'd',
        line<SecretRatePoint>()
          .x((p) => x(p.t / unit.factor))
          .y((p) => y(p.bitsPerSecond))([{ t: 0, bitsPerSecond: 0 } as SecretRatePoint, ...secret]),
      );
    // The line goes through every block; markers are thinned so hours of blocks keep a bounded DOM.
    const markers = thinMarkerIndices(secret.map((p) => p.isAborted)).map((i) => secret[i]);
    g.selectAll('circle.block')
      .data(markers)
      .join('circle')
      .attr('class', (p) => `block ${p.isAborted ? 'aborted' : 'series-secret'}`)
      .attr('r', 4)
      .attr('cx', (p) => x(p.t / unit.factor))
      .attr('cy', (p) => y(p.bitsPerSecond));
  }
  const cursorBin = d.cursor !== null ? bins[Math.min(d.cursor, bins.length - 1)] : undefined;
  if (cursorBin) {
    const cx = x(cursorBin.tMid / unit.factor);
    g.append('line').attr('class', 'cursor').attr('x1', cx).attr('x2', cx).attr('y1', 0).attr('y2', frame.innerHeight);
  }
  return xPixels;
}
