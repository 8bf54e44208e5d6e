// Key rates over simulated time: the sifted key rate per time interval (live, from the series buffer; a single
// interval, e.g. after one Step, as a dot) and the secret key rate the run has earned after each distilled block.
import { useRef, useState } from 'react';
import { formatBitRate, formatDuration } from '../format/formatNumber';
import { formatTimeSpan, timeUnitFor } from '../format/timeAxis';
import { keyRatePlotText, plotFrameText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { usePlotCursor } from './usePlotCursor';
import { drawKeyRateTime } from './keyRateTimeDrawing';
import { secretRatePoints, type SecretRatePoint } from './secretRatePoints';
import { createThrottledText } from './throttledText';
import { binSeries, siftedRate, type TimeBin } from './timeBins';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';
import { ChangeNote, useRunChanges } from './changeMarkers';

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
    xPixelsRef.current = drawKeyRateTime(svgEl, { bins, secret, width, changes, cursor, text: t, frameText: tf });
    if (bins.length === 0) {
      summaryText.write(summaryRef.current, tf.noDataYet, t);
      return;
    }
    const tMax = bins[bins.length - 1].t1;
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
