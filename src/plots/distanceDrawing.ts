// Draws the key-rate-against-distance plot into an SVG with d3: the theory curves and the PLOB bound on a log axis,
// this link's marker, the live run as a point with a 1σ error bar (or a "no key" triangle) and the cursor.
// Pure DOM work, no React, so a test can render it from fixed curves and compare a stored snapshot.
import { line, scaleLinear, scaleLog } from 'd3';
import type { KeyRatePoint } from '../../workers/theory/keyRateCurve';
import { formatSignificant } from '../format/formatNumber';
import type { distancePlotText } from '../i18n/text/plots';
import type { CurveId } from './distanceCurves';
import { formatPowerOfTen } from './formatAxis';
import type { McPoint } from './mcPoint';
import { DEFAULT_MARGINS, drawAxes, drawMarkerLabels, startFrame } from './plotFrame';

export const DISTANCE_PLOT_HEIGHT = 300;
/** A wider left margin than the other plots: the log axis's 10⁻ⁿ labels. */
const MARGINS = { ...DEFAULT_MARGINS, left: 60 };
/** Drawing order, back to front; the legend and the readout list the curves in this order too. */
export const CURVE_ORDER: readonly CurveId[] = ['plob', 'decoy', 'laser', 'qd', 'link'];
export const CURVE_SWATCH: Record<CurveId, string> = {
  plob: 'series-plob dashed',
  qd: 'series-qd',
  laser: 'series-laser',
  decoy: 'series-decoy',
  link: 'series-secret dotted',
};
/** Distances as the plot writes them: "120", "79.4" (decimal comma in German), never float noise. */
export const formatKm = (km: number) => formatSignificant(km, 4);

export interface DistanceDrawing {
  curves: Partial<Record<CurveId, readonly KeyRatePoint[]>>;
  /** The live run's point, null before its first block. */
  mc: McPoint | null;
  range: { fromKm: number; toKm: number };
  fiberLengthKm: number;
  width: number;
  /** Index into the PLOB curve's distances under the reading cursor, or null. */
  cursor: number | null;
  text: (typeof distancePlotText)['en'];
}

/** Redraws the whole plot; returns the x position in SVG pixels of each distance of the PLOB curve. */
export function drawDistance(svgEl: SVGSVGElement, d: DistanceDrawing): number[] {
  const { curves, mc, range, text: t } = d;
  const distances = (curves.plob ?? []).map((p) => p.distanceKm);
  const frame = startFrame(svgEl, d.width, DISTANCE_PLOT_HEIGHT, MARGINS);
  const positives = CURVE_ORDER.flatMap((id) => (curves[id] ?? []).map((p) => p.bitsPerPulse)).filter((v) => v > 0);
  if (mc && mc.bitsPerPulse > 0) positives.push(mc.bitsPerPulse);
  const top = Math.max(1e-3, ...positives);
  const nonPlob = CURVE_ORDER.filter((id) => id !== 'plob')
    .flatMap((id) => (curves[id] ?? []).map((p) => p.bitsPerPulse))
    .filter((v) => v > 0);
  const bottom = Math.max(1e-12, Math.min(top / 1e3, ...(nonPlob.length ? nonPlob : [top / 1e6])) / 3);
  const x = scaleLinear([range.fromKm, range.toKm], [0, frame.innerWidth]);
  const y = scaleLog(
    [10 ** Math.floor(Math.log10(bottom)), 10 ** Math.ceil(Math.log10(top))],
    [frame.innerHeight, 0],
  ).clamp(true);
  drawAxes(frame, { x, y, xLabel: t.xAxis, yLabel: t.yAxis, yFormat: formatPowerOfTen, yTicks: 8 });
  const g = frame.g;
  const xPixels = distances.map((km) => frame.margins.left + x(km));
  const lx = x(Math.min(range.toKm, d.fiberLengthKm));
  g.append('line').attr('class', 'marker').attr('x1', lx).attr('x2', lx).attr('y1', 0).attr('y2', frame.innerHeight);

  for (const id of CURVE_ORDER) {
    const pts = curves[id];
    if (!pts) continue;
    const path = line<KeyRatePoint>()
      .defined((p) => p.bitsPerPulse > 0)
      .x((p) => x(p.distanceKm))
      .y((p) => y(p.bitsPerPulse));
    g.append('path').attr('class', `line ${CURVE_SWATCH[id]}`).attr('d', path(pts));
  }
  if (mc) {
    if (mc.bitsPerPulse > 0) {
      const [lo, hi] = [Math.max(y.domain()[0], mc.bitsPerPulse - mc.sigma), mc.bitsPerPulse + mc.sigma];
      g.append('line').attr('class', 'errorbar').attr('x1', lx).attr('x2', lx).attr('y1', y(lo)).attr('y2', y(hi));
      for (const v of [lo, hi])
        g.append('line')
          .attr('class', 'errorbar')
          .attr('x1', lx - 6)
          .attr('x2', lx + 6)
          .attr('y1', y(v))
          .attr('y2', y(v));
      g.append('circle').attr('class', 'mc-point').attr('cx', lx).attr('cy', y(mc.bitsPerPulse)).attr('r', 6);
    } else {
      g.append('path')
        .attr('class', 'mc-point aborted')
        .attr('d', `M${lx - 7},${frame.innerHeight - 14} h14 l-7,12 z`);
    }
  }
  // The marker's name and, for a run without key, that news: beside the line, clear of each other and the edge.
  drawMarkerLabels(frame, lx, [
    { text: t.marker(formatKm(d.fiberLengthKm)), cls: 'marker-label', y: frame.innerHeight - 6 },
    ...(mc && !(mc.bitsPerPulse > 0) ? [{ text: t.runNoKey, cls: 'marker-label', y: frame.innerHeight - 6 }] : []),
  ]);
  if (d.cursor !== null && distances[d.cursor] !== undefined) {
    const cx = x(distances[d.cursor]);
    g.append('line').attr('class', 'cursor').attr('x1', cx).attr('x2', cx).attr('y1', 0).attr('y2', frame.innerHeight);
  }
  return xPixels;
}
