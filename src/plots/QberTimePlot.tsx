// QBER of the sifted bits, Z and X basis, over simulated time (equal-time bins with a 68 % Wilson band; a bin
// with no neighbour, e.g. after one Step, as a dot with a Wilson whisker) and the 11 % abort threshold.
// Reads the run's series buffer on animation frames, never React state.
import { area, line, scaleLinear } from 'd3';
import { useRef, useState } from 'react';
import { formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import { formatTimeSpan, formatTimeTick, timeUnitFor, type TimeUnit } from '../format/timeAxis';
import { plotFrameText, qberPlotText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { ABORT_THRESHOLD } from './abortThreshold';
import { formatPercentTick } from './formatAxis';
import { isolatedIndices } from './isolatedPoints';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { usePlotCursor } from './usePlotCursor';
import { drawAxes, drawEmpty, drawThresholdLabel, startFrame } from './plotFrame';
import { createThrottledText } from './throttledText';
import { binSeries, wilson, type TimeBin } from './timeBins';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';
import { ChangeNote, drawChangeMarkers, useRunChanges } from './changeMarkers';

const HEIGHT = 230;
const MAX_BINS = 120;
const BASES = [
  { key: 'Z', cls: 'series-z', k: (b: TimeBin) => b.errorsZ, n: (b: TimeBin) => b.siftedZ },
  { key: 'X', cls: 'series-x', k: (b: TimeBin) => b.errorsX, n: (b: TimeBin) => b.siftedX },
] as const;

type QberText = (typeof qberPlotText)['en'];

/** The time axis's unit for these bins (seconds before there are any). */
const unitOfBins = (bins: readonly TimeBin[]): TimeUnit => timeUnitFor(bins.length ? bins[bins.length - 1].t1 : 1);

function describeBin(b: TimeBin, unit: TimeUnit, t: QberText): string {
  // A bin holds shares of batches, so its counts need not be whole: they are rounded for reading.
  const part = (k: number, n: number) => (n > 0 ? t.partOf(formatPercent(k / n), formatCount(n)) : t.noBits);
  return t.bin(formatTimeSpan(b.t0, b.t1, unit), part(b.errorsZ, b.siftedZ), part(b.errorsX, b.siftedX));
}

export function QberTimePlot() {
  const series = useAppState((s) => s.series);
  const svgRef = useRef<SVGSVGElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const binsRef = useRef<TimeBin[]>([]);
  const [summaryText] = useState(() => createThrottledText());
  const { cursor, xPixelsRef, onCursorKey, onPointer } = usePlotCursor(() => binsRef.current.length);
  const width = useElementWidth(areaRef);
  const t = useText(qberPlotText);
  const tf = useText(plotFrameText);
  const changes = useRunChanges();

  function draw(): void {
    const svgEl = svgRef.current;
    if (!svgEl) return;
    const bins = binSeries(series, Math.min(MAX_BINS, Math.floor(width / 5)));
    binsRef.current = bins;
    const frame = startFrame(svgEl, width, HEIGHT);
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
    drawChangeMarkers(frame, changes, x, unit.factor);
    const g = frame.g;
    g.append('line')
      .attr('class', 'threshold')
      .attr('x1', 0)
      .attr('x2', frame.innerWidth)
      .attr('y1', y(ABORT_THRESHOLD))
      .attr('y2', y(ABORT_THRESHOLD));
    drawThresholdLabel(frame, tf.abortThresholdAt(formatPercent(ABORT_THRESHOLD)));
    xPixelsRef.current = bins.map((b) => frame.margins.left + x(b.tMid / unit.factor));
    if (bins.length === 0) {
      drawEmpty(frame, t.empty);
      summaryText.write(summaryRef.current, tf.noDataYet, t);
      return;
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
    if (cursor !== null && bins[Math.min(cursor, bins.length - 1)]) {
      const b = bins[Math.min(cursor, bins.length - 1)];
      g.append('line')
        .attr('class', 'cursor')
        .attr('x1', x(b.tMid / unit.factor))
        .attr('x2', x(b.tMid / unit.factor))
        .attr('y1', 0)
        .attr('y2', frame.innerHeight);
    }
    const tot = bins.reduce(
      (a, b) => ({ ez: a.ez + b.errorsZ, nz: a.nz + b.siftedZ, ex: a.ex + b.errorsX, nx: a.nx + b.siftedX }),
      { ez: 0, nz: 0, ex: 0, nx: 0 },
    );
    const avg = (k: number, n: number) => (n > 0 ? formatPercent(k / n) : tf.notMeasuredYet);
    summaryText.write(
      summaryRef.current,
      t.summary({
        duration: formatDuration(tMax),
        z: avg(tot.ez, tot.nz),
        x: avg(tot.ex, tot.nx),
        threshold: formatPercent(ABORT_THRESHOLD),
        latest: describeBin(bins[bins.length - 1], unit, t),
      }),
      t,
    );
  }

  useThrottledRedraw(series, draw, [width, cursor, series, changes, t]);

  const bins = binsRef.current;
  const readout =
    cursor !== null && bins.length > 0
      ? describeBin(bins[Math.min(cursor, bins.length - 1)], unitOfBins(bins), t)
      : tf.pointHint;

  return (
    <PlotFigure
      badge={<ImportedBadge />}
      title={t.title}
      exportName={t.exportName}
      exportFileName={qberPlotText.en.exportName}
      label={t.label}
      note={
        <>
          <p>{t.note}</p>
          <details className="plot-formula">
            <summary>{t.formulaSummary}</summary>
            <p>{t.formula}</p>
          </details>
        </>
      }
      legend={[
        { label: t.legendZ, swatch: 'series-z' },
        { label: t.legendX, swatch: 'series-x dashed' },
        { label: tf.abortThreshold, swatch: 'threshold' },
      ]}
      svgRef={svgRef}
      areaRef={areaRef}
      summaryRef={summaryRef}
      readout={readout}
      onCursorKey={onCursorKey}
      onPointer={onPointer}
    >
      <ChangeNote changes={changes} />
    </PlotFigure>
  );
}
