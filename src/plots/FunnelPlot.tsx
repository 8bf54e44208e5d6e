// The distillation funnel: how many pulses become detections, sifted bits, key bits, corrected bits and
// final secret bits (bars on a log scale, over the distilled blocks), with what each step threw away or
// disclosed on the public channel written out below the bars.
import { scaleBand, scaleLog } from 'd3';
import { useRef, useState } from 'react';
import { formatCount } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';
import { funnelSteps, type FunnelStep } from './funnelSteps';
import { PlotFigure } from './PlotFigure';
import { startFrame } from './plotFrame';
import { createThrottledText } from './throttledText';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';

const ROW_PX = 38;

export function FunnelPlot() {
  const series = useAppState((s) => s.series);
  const totals = useAppState((s) => s.totals);
  const summary = useAppState((s) => s.summary);
  const blockSizeBits = useAppState((s) => s.params.blockSizeBits);
  const svgRef = useRef<SVGSVGElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [summaryText] = useState(() => createThrottledText());
  const width = useElementWidth(areaRef);
  const steps = funnelSteps(totals, summary);
  const isNarrow = width < 520;
  const labelPx = isNarrow ? 112 : 140;

  function draw(): void {
    const svgEl = svgRef.current;
    if (!svgEl) return;
    const height = steps.length * ROW_PX + 16;
    const frame = startFrame(svgEl, width, height, { top: 8, right: 8, bottom: 8, left: labelPx });
    const top = Math.max(10, steps[0].value);
    // Room after the longest bar for its count ("1 234 567 890").
    const x = scaleLog([1, top], [0, Math.max(40, frame.innerWidth - 120)]).clamp(true);
    const y = scaleBand<string>(steps.map((s) => s.id), [0, frame.innerHeight]).padding(0.22);
    const row = frame.g.selectAll('g.step').data(steps).join('g').attr('class', (s) => `step step-${s.id}`)
      .attr('transform', (s) => `translate(0,${y(s.id) ?? 0})`);
    row.append('text').attr('class', 'step-label').attr('x', -8).attr('y', y.bandwidth() / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((s) => s.label);
    row.append('rect').attr('class', (s) => `bar bar-${s.id}`).attr('height', y.bandwidth()).attr('width', (s) => (s.value > 0 ? Math.max(2, x(Math.max(1, s.value))) : 0));
    row.append('text').attr('class', 'step-value').attr('x', (s) => (s.value > 0 ? Math.max(2, x(Math.max(1, s.value))) : 0) + 6)
      .attr('y', y.bandwidth() / 2).attr('dy', '0.35em').text((s) => formatCount(s.value));
    summaryText.write(summaryRef.current, `Funnel${summary?.blocks ? ` over ${summary.blocks} distilled block${summary.blocks > 1 ? 's' : ''}` : ' so far (no block distilled yet)'}: `
      + steps.map((s) => `${s.label} ${formatCount(s.value)}`).join(', ') + '.');
  }

  useThrottledRedraw(series, draw, [width, steps.map((s) => s.value).join(','), labelPx]);

  const isLive = !summary || summary.blocks === 0;
  return (
    <PlotFigure
      title="From photons to a secret key"
      exportName="funnel"
      label="Bar chart on a log scale: pulses, detections, sifted bits, key bits, corrected bits and final secret key bits"
      note={isLive
        ? `Live counts. Error correction and privacy amplification start when a block of ${formatCount(blockSizeBits)} sifted bits is full.`
        : 'Counted over the distilled blocks (the block being filled is not included; their pulses are estimated from the run’s detections per pulse). Bar lengths use a log scale.'}
      legend={[]}
      svgRef={svgRef}
      areaRef={areaRef}
      summaryRef={summaryRef}
      readout=""
    >
      <StepLosses steps={steps} />
    </PlotFigure>
  );
}

function StepLosses({ steps }: { steps: readonly FunnelStep[] }) {
  const losses = steps.filter((s) => s.loss);
  return (
    <ol className="funnel-losses" aria-label="What each step removed or disclosed">
      {losses.map((s) => <li key={s.id}><strong>{s.label}:</strong> {s.loss}</li>)}
    </ol>
  );
}
