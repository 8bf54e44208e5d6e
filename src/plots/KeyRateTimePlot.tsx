// Key rates over simulated time: the sifted key rate per time interval (live, from the series buffer)
// and the secret key rate the run has earned after each distilled block (final bits ÷ simulated time).
import { line, max, scaleLinear } from 'd3';
import { useRef, useState } from 'react';
import { formatBitRate, formatDuration } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';
import { formatRateTick } from './formatAxis';
import { PlotFigure } from './PlotFigure';
import { cursorAfterKey, nearestIndex } from './plotCursor';
import { DEFAULT_MARGINS, drawAxes, drawEmpty, startFrame, timeUnitFor } from './plotFrame';
import { secretRatePoints, type SecretRatePoint } from './secretRatePoints';
import { createThrottledText } from './throttledText';
import { binSeries, siftedRate, type TimeBin } from './timeBins';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';

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
  const xPixelsRef = useRef<number[]>([]);
  const [summaryText] = useState(() => createThrottledText());
  const [cursor, setCursor] = useState<number | null>(null);
  const width = useElementWidth(areaRef);

  function earned(): SecretRatePoint[] {
    const kept = blocks.reduce((a, b) => ({ nDetected: a.nDetected + b.nDetected, finalKeyBits: a.finalKeyBits + b.finalKeyBits }), { nDetected: 0, finalKeyBits: 0 });
    const before = summary ? { nDetected: summary.nDetected - kept.nDetected, finalKeyBits: summary.finalKeyBits - kept.finalKeyBits } : undefined;
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
    drawAxes(frame, { x, y, xLabel: `Simulated time (${unit.unit})`, yLabel: 'Key rate (bit/s)', yFormat: formatRateTick });
    xPixelsRef.current = bins.map((b) => x(b.tMid / unit.factor));
    if (bins.length === 0) {
      drawEmpty(frame, 'Start a run: key rates appear here.');
      summaryText.write(summaryRef.current, 'No data yet.');
      return;
    }
    const g = frame.g;
    g.append('path').attr('class', 'line series-sifted').attr('d', line<TimeBin>().x((b) => x(b.tMid / unit.factor)).y((b) => y(siftedRate(b)))(bins));
    if (secret.length > 0) {
      g.append('path').attr('class', 'line series-secret dashed')
        .attr('d', line<SecretRatePoint>().x((p) => x(p.t / unit.factor)).y((p) => y(p.bitsPerSecond))([{ t: 0, bitsPerSecond: 0 } as SecretRatePoint, ...secret]));
      g.selectAll('circle.block').data(secret).join('circle').attr('class', (p) => `block ${p.isAborted ? 'aborted' : 'series-secret'}`)
        .attr('r', 4).attr('cx', (p) => x(p.t / unit.factor)).attr('cy', (p) => y(p.bitsPerSecond));
    }
    if (cursor !== null && bins[Math.min(cursor, bins.length - 1)]) {
      const cx = x(bins[Math.min(cursor, bins.length - 1)].tMid / unit.factor);
      g.append('line').attr('class', 'cursor').attr('x1', cx).attr('x2', cx).attr('y1', 0).attr('y2', frame.innerHeight);
    }
    const last = secret[secret.length - 1];
    const secretText = last ? `secret key rate earned so far ${formatBitRate(last.bitsPerSecond)} after ${secret.length} block${secret.length > 1 ? 's' : ''}` : 'no block distilled yet';
    summaryText.write(summaryRef.current, `Over ${formatDuration(tMax)} of simulated time: sifted key rate ${formatBitRate(siftedRate(bins[bins.length - 1]))} in the latest interval; ${secretText}.`);
  }

  useThrottledRedraw(series, draw, [width, cursor, series, blocks, summary]);

  const bins = binsRef.current;
  const b = cursor !== null && bins.length > 0 ? bins[Math.min(cursor, bins.length - 1)] : null;
  const readout = b ? `${formatDuration(b.t0)}–${formatDuration(b.t1)}: sifted key rate ${formatBitRate(siftedRate(b))}` : 'Point at the plot, or focus it and use the arrow keys, to read values.';

  return (
    <PlotFigure
      title="Key rate over time"
      exportName="key rate"
      label="Line chart: sifted key rate per interval and secret key rate earned after each block, over simulated time"
      note="Secret key arrives block by block: a dot per distilled block (hollow red = aborted, no key)."
      legend={[{ label: 'Sifted key rate', swatch: 'series-sifted' }, { label: 'Secret key rate (run so far)', swatch: 'series-secret dashed' }]}
      svgRef={svgRef}
      areaRef={areaRef}
      summaryRef={summaryRef}
      readout={readout}
      onCursorKey={(key) => {
        const next = cursorAfterKey(key, cursor, binsRef.current.length);
        if (next === undefined) return false;
        setCursor(next);
        return true;
      }}
      onPointer={(px) => setCursor(px === null ? null : nearestIndex(xPixelsRef.current, px - MARGINS.left))}
    />
  );
}
