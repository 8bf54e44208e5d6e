// QBER of the sifted bits, Z and X basis, over simulated time (equal-time bins with a 68 % Wilson band; a bin
// with no neighbour, e.g. after one Step, as a dot with a Wilson whisker) and the 11 % abort threshold.
// Reads the run's series buffer on animation frames, never React state.
import { useRef, useState } from 'react';
import { formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import { formatTimeSpan, type TimeUnit } from '../format/timeAxis';
import { plotFrameText, qberPlotText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { usePlotCursor } from './usePlotCursor';
import { drawQberTime, unitOfBins } from './qberTimeDrawing';
import { createThrottledText } from './throttledText';
import { binSeries, type TimeBin } from './timeBins';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';
import { ChangeNote, useRunChanges } from './changeMarkers';

const MAX_BINS = 120;

type QberText = (typeof qberPlotText)['en'];

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
    xPixelsRef.current = drawQberTime(svgEl, { bins, width, changes, cursor, text: t, frameText: tf });
    if (bins.length === 0) {
      summaryText.write(summaryRef.current, tf.noDataYet, t);
      return;
    }
    const tMax = bins[bins.length - 1].t1;
    const unit = unitOfBins(bins);
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
        threshold: formatPercent(QBER_THRESHOLD),
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
