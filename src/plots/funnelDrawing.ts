// Draws the distillation funnel into an SVG with d3: one row per step with its name, a bar on a log scale and its
// count. Pure DOM work, no React, so a test can render it from fixed counts and compare a stored snapshot.
import { scaleBand, scaleLog } from 'd3';
import { formatCount } from '../format/formatNumber';
import type { FunnelStep } from './funnelSteps';
import { plotFontScale, startFrame } from './plotFrame';

const ROW_PX = 38;

export interface FunnelDrawing {
  steps: readonly FunnelStep[];
  width: number;
  /** Room on the left for the step names (measured by the caller once they are drawn). */
  labelPx: number;
  /** A phone-width plot keeps less room after the longest bar for its count. */
  isNarrow: boolean;
}

export function drawFunnel(svgEl: SVGSVGElement, d: FunnelDrawing): void {
  const { steps, isNarrow } = d;
  // Rows and the room for counts grow with the plot text (presenter view); the label margin is measured.
  const scale = plotFontScale(svgEl);
  const height = steps.length * ROW_PX * scale + 16;
  const frame = startFrame(svgEl, d.width, height, { top: 8, right: 8, bottom: 8, left: d.labelPx }, true);
  const top = Math.max(10, steps[0].value);
  // Room after the longest bar for its count ("1 234 567 890"; a phone's counts are shorter in practice).
  const x = scaleLog([1, top], [0, Math.max(40, frame.innerWidth - (isNarrow ? 84 : 120) * scale)]).clamp(true);
  const y = scaleBand<string>(
    steps.map((s) => s.id),
    [0, frame.innerHeight],
  ).padding(0.22);
  const row = frame.g
    .selectAll('g.step')
    .data(steps)
    .join('g')
    .attr('class', (s) => `step step-${s.id}`)
    .attr('transform', (s) => `translate(0,${y(s.id) ?? 0})`);
  row
    .append('text')
    .attr('class', 'step-label')
    .attr('x', -8)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .attr('text-anchor', 'end')
    .text((s) => s.label);
  const barWidth = (s: FunnelStep) => (s.value > 0 ? Math.max(2, x(Math.max(1, s.value))) : 0);
  row
    .append('rect')
    .attr('class', (s) => `bar bar-${s.id}`)
    .attr('height', y.bandwidth())
    .attr('width', barWidth);
  row
    .append('text')
    .attr('class', 'step-value')
    .attr('x', (s) => barWidth(s) + 6)
    .attr('y', y.bandwidth() / 2)
    .attr('dy', '0.35em')
    .text((s) => formatCount(s.value));
}
