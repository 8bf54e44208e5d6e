// Shared drawing of a plot's frame with d3: sized SVG, inner group, axes with unit labels and light
// grid lines, and the simulated-time unit (ns to h, from src/format/timeAxis.ts) that keeps tick labels short.
import { axisBottom, axisLeft, select, type AxisDomain, type AxisScale, type Selection } from 'd3';

export interface Margins { top: number; right: number; bottom: number; left: number }
// The y-axis title sits above the axis, written level (readable on phones, never over the tick labels).
export const DEFAULT_MARGINS: Margins = { top: 28, right: 18, bottom: 44, left: 58 };

export interface Frame {
  g: Selection<SVGGElement, unknown, null, undefined>;
  innerWidth: number;
  innerHeight: number;
  margins: Margins;
}

/** Clears the SVG and returns an inner group translated by the margins. */
export function startFrame(svgEl: SVGSVGElement, width: number, height: number, margins: Margins = DEFAULT_MARGINS): Frame {
  const svg = select(svgEl).attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  svg.selectAll('*').remove();
  const g = svg.append('g').attr('transform', `translate(${margins.left},${margins.top})`);
  return { g, innerWidth: Math.max(10, width - margins.left - margins.right), innerHeight: Math.max(10, height - margins.top - margins.bottom), margins };
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
  const { g, innerWidth, innerHeight, margins } = frame;
  const yAxis = axisLeft(o.y).ticks(o.yTicks ?? 5).tickSize(-innerWidth).tickPadding(6);
  if (o.yFormat) yAxis.tickFormat((v) => o.yFormat!(Number(v)));
  g.append('g').attr('class', 'axis axis-y').call(yAxis);
  const xAxis = axisBottom(o.x).ticks(o.xTicks ?? Math.max(2, Math.floor(innerWidth / 90))).tickSizeOuter(0).tickPadding(6);
  if (o.xFormat) xAxis.tickFormat((v) => o.xFormat!(v as D));
  g.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${innerHeight})`).call(xAxis);
  g.append('text').attr('class', 'axis-label').attr('x', innerWidth / 2).attr('y', innerHeight + margins.bottom - 8).attr('text-anchor', 'middle').text(o.xLabel);
  g.append('text').attr('class', 'axis-label').attr('x', -margins.left + 2).attr('y', -12).attr('text-anchor', 'start').text(o.yLabel);
}

/**
 * Names a threshold line ("abort threshold 11 %") in the top margin, right-aligned on the y-axis title's row:
 * inside the drawing it would sit over the data and the block dots that gather at the run's end.
 */
export function drawThresholdLabel(frame: Frame, text: string): void {
  frame.g.append('text').attr('class', 'threshold-label').attr('x', frame.innerWidth).attr('y', -12).attr('text-anchor', 'end').text(text);
}

/** Writes a centred message inside the frame (e.g. before a run has data). */
export function drawEmpty(frame: Frame, text: string): void {
  frame.g.append('text').attr('class', 'plot-empty').attr('x', frame.innerWidth / 2).attr('y', frame.innerHeight / 2)
    .attr('text-anchor', 'middle').text(text);
}

export { timeUnitFor, type TimeUnit } from '../format/timeAxis';
