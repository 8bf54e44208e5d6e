// The distillation funnel: how many pulses become detections, sifted bits, key bits, corrected bits and
// final secret bits (bars on a log scale, over the distilled blocks), with what each step threw away or
// disclosed on the public channel written out below the bars.
import { useEffect, useRef, useState } from 'react';
import { formatCount } from '../format/formatNumber';
import { funnelText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { funnelSteps, type FunnelStep } from './funnelSteps';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { drawFunnel } from './funnelDrawing';
import { createThrottledText } from './throttledText';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';

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
  const t = useText(funnelText);
  const steps = funnelSteps(totals, summary, t);
  const isNarrow = width < 520;
  // The step names' width is measured once per language and size (German names run longer than English).
  const labelsKey = `${steps.map((s) => s.label).join('|')}|${isNarrow}`;
  const [measured, setMeasured] = useState<{ key: string; px: number } | null>(null);
  const labelPx = Math.max(isNarrow ? 112 : 140, measured?.key === labelsKey ? measured.px : 0);
  const measureFrameRef = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (measureFrameRef.current !== null) cancelAnimationFrame(measureFrameRef.current);
    },
    [],
  );

  /** Measures the drawn step names on the next frame, when layout is clean (measuring now would force one). */
  function measureLabelsSoon(key: string): void {
    if (measureFrameRef.current !== null) cancelAnimationFrame(measureFrameRef.current);
    measureFrameRef.current = requestAnimationFrame(() => {
      measureFrameRef.current = null;
      let widest = 0;
      svgRef.current?.querySelectorAll<SVGTextElement>('text.step-label').forEach((el) => {
        widest = Math.max(widest, el.getComputedTextLength());
      });
      if (widest > 0) setMeasured({ key, px: Math.ceil(widest) + 14 });
    });
  }

  function draw(): void {
    const svgEl = svgRef.current;
    if (!svgEl) return;
    drawFunnel(svgEl, { steps, width, labelPx, isNarrow });
    if (measured?.key !== labelsKey) measureLabelsSoon(labelsKey);
    summaryText.write(
      summaryRef.current,
      t.summary(summary?.blocks ?? 0, steps.map((s) => `${s.label} ${formatCount(s.value)}`).join(', ')),
      t,
    );
  }

  useThrottledRedraw(series, draw, [width, steps.map((s) => s.value).join(','), labelPx, labelsKey]);

  const isLive = !summary || summary.blocks === 0;
  return (
    <PlotFigure
      badge={<ImportedBadge />}
      title={t.title}
      exportName={t.exportName}
      exportFileName={funnelText.en.exportName}
      label={t.label}
      note={isLive ? t.noteLive(formatCount(blockSizeBits)) : t.noteBlocks}
      legend={[]}
      svgRef={svgRef}
      areaRef={areaRef}
      summaryRef={summaryRef}
      readout=""
    >
      <StepLosses steps={steps} label={t.lossesLabel} />
    </PlotFigure>
  );
}

function StepLosses({ steps, label }: { steps: readonly FunnelStep[]; label: string }) {
  const losses = steps.filter((s) => s.loss);
  return (
    <ol className="funnel-losses" aria-label={label}>
      {losses.map((s) => (
        <li key={s.id}>
          <strong>{s.label}:</strong> {s.loss}
        </li>
      ))}
    </ol>
  );
}
