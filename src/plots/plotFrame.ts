// Shared drawing of a plot's frame with d3: sized SVG, inner group, axes with unit labels and light
// grid lines, change markers, and the simulated-time unit (ns to h, src/format/timeAxis.ts) that keeps ticks short.
import { axisBottom, axisLeft, select, type AxisDomain, type AxisScale, type ScaleLinear, type Selection } from 'd3';
import { layoutLabels, type LabelBox } from '../scene/labelLayout';
import type { ParamChange } from '../store/paramsSlice';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
// The y-axis title sits above the axis, written level (readable on phones, never over the tick labels).
export const DEFAULT_MARGINS: Margins = { top: 28, right: 18, bottom: 44, left: 58 };

export interface Frame {
  g: Selection<SVGGElement, unknown, null, undefined>;
  innerWidth: number;
  innerHeight: number;
  margins: Margins;
  /** Plot text size over the base 0.8rem (12.8 px): 1 normally, ~1.9 in presenter view. */
  scale: number;
}

/** The base plot text size the margins and heights are drawn for. */
const BASE_FONT_PX = 12.8;

/** How much larger than the base the plot text is drawn here (never below 1), read from a probe text's style. */
export function plotFontScale(svgEl: SVGSVGElement): number {
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  svgEl.append(probe);
  const px = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return Number.isFinite(px) && px > BASE_FONT_PX ? px / BASE_FONT_PX : 1;
}

/**
 * Clears the SVG and returns an inner group translated by the margins. Margins grow with the plot text (larger
 * type on a projector needs room for its tick labels and titles) and so does the drawing's height (by the
 * square root of the text scale), unless `isFixed` (margins the caller measured itself).
 */
export function startFrame(
  svgEl: SVGSVGElement,
  width: number,
  height: number,
  margins: Margins = DEFAULT_MARGINS,
  isFixed = false,
): Frame {
  const svg = select(svgEl);
  svg.selectAll('*').remove();
  const scale = isFixed ? 1 : plotFontScale(svgEl);
  const m: Margins = {
    top: margins.top * scale,
    right: margins.right * scale,
    bottom: margins.bottom * scale,
    left: margins.left * scale,
  };
  const inner = Math.max(10, height - margins.top - margins.bottom) * Math.sqrt(scale);
  const fullHeight = Math.round(inner + m.top + m.bottom);
  svg.attr('width', width).attr('height', fullHeight).attr('viewBox', `0 0 ${width} ${fullHeight}`);
  const g = svg.append('g').attr('transform', `translate(${m.left},${m.top})`);
  return {
    g,
    innerWidth: Math.max(10, width - m.left - m.right),
    innerHeight: Math.max(10, fullHeight - m.top - m.bottom),
    margins: m,
    scale,
  };
}

interface AxisOptions<D extends AxisDomain> {
  x: AxisScale<D>;
  y: AxisScale<number>;
  xLabel: string;
  yLabel: string;
  xTicks?: number;
  yTicks?: number;
  xFormat?: (v: D) => string;
  yFormat?: (v: number) => string;
}

export function drawAxes<D extends AxisDomain>(frame: Frame, o: AxisOptions<D>): void {
  const { g, innerWidth, innerHeight, margins, scale } = frame;
  const yAxis = axisLeft(o.y)
    .ticks(o.yTicks ?? 5)
    .tickSize(-innerWidth)
    .tickPadding(6 * scale);
  if (o.yFormat) yAxis.tickFormat((v) => o.yFormat!(Number(v)));
  g.append('g').attr('class', 'axis axis-y').call(yAxis);
  const xAxis = axisBottom(o.x)
    .ticks(o.xTicks ?? Math.max(2, Math.floor(innerWidth / (90 * scale))))
    .tickSizeOuter(0)
    .tickPadding(6 * scale);
  if (o.xFormat) xAxis.tickFormat((v) => o.xFormat!(v as D));
  g.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${innerHeight})`).call(xAxis);
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', innerWidth / 2)
    .attr('y', innerHeight + margins.bottom - 8 * scale)
    .attr('text-anchor', 'middle')
    .text(o.xLabel);
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', -margins.left + 2)
    .attr('y', -12 * scale)
    .attr('text-anchor', 'start')
    .text(o.yLabel);
}

/**
 * A threshold line across the drawing at `yPx`, named ("abort threshold 11 %") in the top margin, right-aligned on
 * the y-axis title's row: inside the drawing the name would sit over the data and the block dots at the run's end.
 */
export function drawThreshold(frame: Frame, yPx: number, text: string): void {
  frame.g
    .append('line')
    .attr('class', 'threshold')
    .attr('x1', 0)
    .attr('x2', frame.innerWidth)
    .attr('y1', yPx)
    .attr('y2', yPx);
  frame.g
    .append('text')
    .attr('class', 'threshold-label')
    .attr('x', frame.innerWidth)
    .attr('y', -12 * frame.scale)
    .attr('text-anchor', 'end')
    .text(text);
}

/**
 * Writes labels beside a vertical marker at `x` (e.g. "this link: 120 km" and "this run: no key"): on its right,
 * or on its left where the right has no room, never across the line, and moved up clear of each other.
 * `labels` give each text, its class and the height (y) it would like; the first keeps its place.
 */
export function drawMarkerLabels(
  frame: Frame,
  x: number,
  labels: readonly { text: string; cls: string; y: number }[],
): void {
  const offset = 9 * frame.scale; // past the marker line and the run point's error-bar caps
  const nodes = labels.map((l) =>
    frame.g
      .append('text')
      .attr('class', l.cls)
      .attr('x', x + offset)
      .attr('y', l.y)
      .text(l.text)
      .node()!,
  );
  const boxes: LabelBox[] = nodes.map((node) => {
    const box = node.getBBox();
    const isLeft = x + offset + box.width > frame.innerWidth && x - offset - box.width >= 0;
    if (isLeft) {
      node.setAttribute('text-anchor', 'end');
      node.setAttribute('x', String(x - offset));
    }
    return {
      x: isLeft ? x - offset - box.width : x + offset,
      y: box.y,
      width: box.width,
      height: box.height,
      direction: -1,
    };
  });
  const placed = layoutLabels(boxes, { left: 0, top: 0, right: frame.innerWidth, bottom: frame.innerHeight });
  nodes.forEach((node, i) => {
    node.setAttribute('y', String(Number(node.getAttribute('y')) + placed[i].y - boxes[i].y));
    if (placed[i].isHidden) node.setAttribute('visibility', 'hidden');
  });
}

/** Writes a centred message inside the frame (e.g. before a run has data). */
export function drawEmpty(frame: Frame, text: string): void {
  frame.g
    .append('text')
    .attr('class', 'plot-empty')
    .attr('x', frame.innerWidth / 2)
    .attr('y', frame.innerHeight / 2)
    .attr('text-anchor', 'middle')
    .text(text);
}

/**
 * Marks where a setting was changed during the run: one dashed line per change time inside the plotted range
 * (times in the axis unit's factor).
 */
export function drawChangeMarkers(
  frame: Frame,
  changes: readonly ParamChange[],
  x: ScaleLinear<number, number>,
  unitFactor: number,
): void {
  const [t0, t1] = x.domain();
  for (const c of changes) {
    const t = c.simulatedSeconds / unitFactor;
    if (t < t0 || t > t1) continue;
    frame.g
      .append('line')
      .attr('class', 'change-marker')
      .attr('x1', x(t))
      .attr('x2', x(t))
      .attr('y1', 0)
      .attr('y2', frame.innerHeight);
  }
}

export { timeUnitFor, type TimeUnit } from '../format/timeAxis';
