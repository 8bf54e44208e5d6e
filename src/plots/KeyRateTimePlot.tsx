// Key rates over simulated time: the sifted key rate per time interval (live, from the series buffer; a single
// interval, e.g. after one Step, as a dot) and the secret key rate the run has earned after each distilled block.
import { line, max, scaleLinear } from 'd3';
import { useRef, useState } from 'react';
import { formatBitRate, formatDuration } from '../format/formatNumber';
import { formatTimeSpan, formatTimeTick, timeUnitFor } from '../format/timeAxis';
import { keyRatePlotText, plotFrameText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { formatRateTick } from './formatAxis';
import { isolatedIndices } from './isolatedPoints';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { usePlotCursor } from './usePlotCursor';
import { DEFAULT_MARGINS, drawAxes, drawEmpty, startFrame } from './plotFrame';
import { secretRatePoints, type SecretRatePoint } from './secretRatePoints';
import { thinMarkerIndices } from './thinMarkers';
import { createThrottledText } from './throttledText';
import { binSeries, siftedRate, type TimeBin } from './timeBins';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';
import { ChangeNote, drawChangeMarkers, useRunChanges } from './changeMarkers';

/** Wider left margin than the default: the key-rate axis labels (e.g. "150 k") are longer. */
const MARGINS = { ...DEFAULT_MARGINS, left: 62 };

const HEIGHT = 230;
const MAX_BINS = 120;

export function KeyRateTimePlot() {
  const series = useAppState((s) => s.series);
  const blocks = useAppState((s) => s.blockRecords);
  const summary = useAppState((s) => s.summary);
  const svgRef = useRef<SVGSVGElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const binsRef = useRef<TimeBin[]>([]);
  const [summaryText] = useState(() => createThrottledText());
  const { cursor, xPixelsRef, onCursorKey, onPointer } = usePlotCursor(() => binsRef.current.length);
  const width = useElementWidth(areaRef);
  const t = useText(keyRatePlotText);
  const tf = useText(plotFrameText);
  const changes = useRunChanges();

  function earned(): SecretRatePoint[] {
    const kept = blocks.reduce(
      (a, b) => ({ nDetected: a.nDetected + b.nDetected, finalKeyBits: a.finalKeyBits + b.finalKeyBits }),
      { nDetected: 0, finalKeyBits: 0 },
    );
    const before = summary
      ? { nDetected: summary.nDetected - kept.nDetected, finalKeyBits: summary.finalKeyBits - kept.finalKeyBits }
      : undefined;
    return secretRatePoints(series, blocks, before);
  }

  function draw(): void {
    const svgEl = svgRef.current;
    if (!svgEl) return;
    const bins = binSeries(series, Math.min(MAX_BINS, Math.floor(width / 5)));
    binsRef.current = bins;
    const secret = earned();
    const frame = startFrame(svgEl, width, HEIGHT, MARGINS);
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
    drawChangeMarkers(frame, changes, x, unit.factor);
    xPixelsRef.current = bins.map((b) => frame.margins.left + x(b.tMid / unit.factor));
    if (bins.length === 0) {
      drawEmpty(frame, t.empty);
      summaryText.write(summaryRef.current, tf.noDataYet, t);
      return;
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
    if (cursor !== null && bins[Math.min(cursor, bins.length - 1)]) {
      const cx = x(bins[Math.min(cursor, bins.length - 1)].tMid / unit.factor);
      g.append('line')
        .attr('class', 'cursor')
        .attr('x1', cx)
        .attr('x2', cx)
        .attr('y1', 0)
        .attr('y2', frame.innerHeight);
    }
    const last = secret[secret.length - 1];
    const secretText = last ? t.earned(formatBitRate(last.bitsPerSecond), secret.length) : t.noBlockYet;
    summaryText.write(
      summaryRef.current,
      t.summary(formatDuration(tMax), formatBitRate(siftedRate(bins[bins.length - 1])), secretText),
      t,
    );
  }

  useThrottledRedraw(series, draw, [width, cursor, series, blocks, summary, changes, t]);

  const bins = binsRef.current;
  const b = cursor !== null && bins.length > 0 ? bins[Math.min(cursor, bins.length - 1)] : null;
  const readout = b
    ? t.readout(formatTimeSpan(b.t0, b.t1, timeUnitFor(bins[bins.length - 1].t1)), formatBitRate(siftedRate(b)))
    : tf.pointHint;

  return (
    <PlotFigure
      badge={<ImportedBadge />}
      title={t.title}
      exportName={t.exportName}
      exportFileName={keyRatePlotText.en.exportName}
      label={t.label}
      note={t.note}
      legend={[
        { label: t.legendSifted, swatch: 'series-sifted' },
        { label: t.legendSecret, swatch: 'series-secret dashed' },
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
