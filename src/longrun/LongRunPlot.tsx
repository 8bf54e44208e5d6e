// One run of the long-run comparison drawn with d3: QBER of the Z and X bases per simulated minute (faint)
// with their 10-minute trailing mean (bold), the 11 % abort threshold, each finished block at its phase-error
// bound (filled: kept, hollow: aborted), and below it the cumulative secret key. The two runs share scales,
// so the plots side by side compare honestly. Redrawn from the ring buffers on animation frames.
import { curveStepAfter, line, scaleLinear, type ScaleLinear } from 'd3';
import { useId, useRef, useState } from 'react';
import { formatPercent, formatRateNumber } from '../format/formatNumber';
import { formatTimeTick } from '../format/timeAxis';
import { plotFrameText } from '../i18n/text/plots';
import { longRunText } from '../i18n/text/longrun';
import { useText } from '../i18n/useText';
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import { thinMarkerIndices } from '../plots/thinMarkers';
import { formatPercentTick } from '../plots/formatAxis';
import { PlotFigure } from '../plots/PlotFigure';
import {
  DEFAULT_MARGINS,
  drawAxes,
  drawEmpty,
  drawThresholdLabel,
  startFrame,
  timeUnitFor,
  type Frame,
} from '../plots/plotFrame';
import { createThrottledText } from '../plots/throttledText';
import { useElementWidth } from '../plots/useElementWidth';
import { columnOf, describeRun, finiteMax, MEAN_WINDOW_MIN, tallyBlocks, trailingMean } from './longRunSummary';
import type { LongRunBlock, RunProgress, Variant } from './longRunStore';
import { plotSeries } from './plotData';
import type { SeriesRing } from './seriesRing';
import { useThrottledRedraw } from '../plots/useThrottledRedraw';

const LONG_RUN_REDRAW_INTERVAL_MS = 300;

const QBER_INNER = 180;
const GAP = 74;
const KEY_INNER = 80;
const HEIGHT = QBER_INNER + GAP + KEY_INNER + DEFAULT_MARGINS.top + DEFAULT_MARGINS.bottom;
/** The summary's live region speaks at most this often. */
const SUMMARY_INTERVAL_MS = 2000;

interface Props {
  /** Stabilisation on or off: names the plot and its note. */
  variant: Variant;
  ring: SeriesRing;
  /** Every run on screen: the y scales cover all of them. */
  rings: readonly SeriesRing[];
  progress: RunProgress;
  durationS: number;
  /** Changes when another run's figures that set the shared scales change (its key, its end). */
  sharedScaleKey: string;
  /** Largest secret key of the runs on screen (includes the remainder distilled at the end). */
  sharedSecretMax: number;
}

/** Highest QBER (one minute) and secret key over all runs, for shared scales. */
function sharedMaxima(rings: readonly SeriesRing[], secretAtLeast: number): { qber: number; secret: number } {
  let qber = 0,
    secret = secretAtLeast;
  for (const r of rings) {
    qber = Math.max(qber, finiteMax(columnOf(r, 'qberZ')) || 0, finiteMax(columnOf(r, 'qberX')) || 0);
    secret = Math.max(secret, r.length ? r.last('secretBits') : 0);
  }
  return { qber, secret };
}

const ownRingLists = new WeakMap<SeriesRing, readonly SeriesRing[]>();
/** A stable one-element list per ring, so the redraw hook does not resubscribe on every render. */
function ownRings(ring: SeriesRing): readonly SeriesRing[] {
  let list = ownRingLists.get(ring);
  if (!list) ownRingLists.set(ring, (list = [ring]));
  return list;
}

function drawBlocks(
  frame: Frame,
  blocks: readonly LongRunBlock[],
  x: (t: number) => number,
  y: ScaleLinear<number, number>,
  yMax: number,
): void {
  // An aborted remainder is listed, not drawn: its loose bound says little about the link at that time.
  const drawn = blocks.filter((b) => Number.isFinite(b.phaseErrorBound) && !(b.isRemainder && b.isAborted));
  // Long runs can hold thousands of blocks: the markers are thinned to a bounded number (aborts kept).
  for (const i of thinMarkerIndices(drawn.map((b) => b.isAborted))) {
    const b = drawn[i];
    frame.g
      .append('circle')
      .attr('class', b.isAborted ? 'block aborted' : 'block')
      .attr('r', 5.5)
      .attr('cx', x(b.filledAtS))
      .attr('cy', y(Math.min(b.phaseErrorBound, yMax)));
  }
}

export function LongRunPlot({ variant, ring, rings, progress, durationS, sharedScaleKey, sharedSecretMax }: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [summaryText] = useState(() => createThrottledText(SUMMARY_INTERVAL_MS));
  const clipId = `clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const width = useElementWidth(areaRef);
  const t = useText(longRunText);
  const tf = useText(plotFrameText);
  const title = t.variantTitle[variant];

  function draw(): void {
    const svgEl = svgRef.current;
    if (!svgEl) return;
    const frame = startFrame(svgEl, width, HEIGHT);
    // Larger plot text (presenter view) needs a wider gap for the upper panel's time axis; the panels share the rest.
    const gap = GAP * frame.scale;
    const qberInner = ((frame.innerHeight - gap) * QBER_INNER) / (QBER_INNER + KEY_INNER);
    const keyInner = frame.innerHeight - gap - qberInner;
    const top: Frame = { ...frame, innerHeight: qberInner };
    const bottom: Frame = {
      ...frame,
      g: frame.g.append('g').attr('transform', `translate(0,${qberInner + gap})`),
      innerHeight: keyInner,
    };
    const unit = timeUnitFor(durationS);
    const xs = scaleLinear([0, durationS / unit.factor], [0, frame.innerWidth]);
    const x = (t: number) => xs(t / unit.factor);
    const maxima = sharedMaxima(rings, sharedSecretMax);
    const highestBound = Math.max(
      0,
      ...progress.blocks
        .filter((b) => !b.isRemainder && Number.isFinite(b.phaseErrorBound))
        .map((b) => b.phaseErrorBound),
    );
    const yMax = Math.min(1, Math.max(0.15, maxima.qber * 1.1, highestBound * 1.05));
    const y = scaleLinear([0, yMax], [qberInner, 0]).nice();
    const yKey = scaleLinear([0, Math.max(1000, maxima.secret * 1.1)], [keyInner, 0]).nice();
    const xLabel = tf.simulatedTime(unit.unit);
    // Tick labels go through the project's formatters (d3's default would write "0.5" on a German page too).
    drawAxes(top, { x: xs, y, xLabel, yLabel: t.yQber, xFormat: formatTimeTick, yFormat: formatPercentTick });
    drawAxes(bottom, {
      x: xs,
      y: yKey,
      xLabel,
      yLabel: t.ySecret,
      yTicks: 3,
      xFormat: formatTimeTick,
      yFormat: (v) => formatRateNumber(v, 3),
    });
    frame.g
      .append('clipPath')
      .attr('id', clipId)
      .append('rect')
      .attr('width', frame.innerWidth)
      .attr('height', qberInner);
    const plotArea = frame.g.append('g').attr('clip-path', `url(#${clipId})`);
    top.g
      .append('line')
      .attr('class', 'threshold')
      .attr('x1', 0)
      .attr('x2', frame.innerWidth)
      .attr('y1', y(QBER_THRESHOLD))
      .attr('y2', y(QBER_THRESHOLD));
    drawThresholdLabel(top, tf.abortThresholdAt(formatPercent(QBER_THRESHOLD)));

    if (ring.length === 0) {
      drawEmpty(top, progress.status === 'starting' ? t.plotStarting : t.plotEmpty);
    } else {
      const data = plotSeries(ring, Math.floor(frame.innerWidth / 2));
      const idx = Array.from(data.t, (_, i) => i);
      const path = (values: Float64Array) =>
        line<number>()
          .defined((i) => Number.isFinite(values[i]))
          .x((i) => x(data.t[i]))
          .y((i) => y(values[i]))(idx);
      plotArea.append('path').attr('class', 'line raw series-z').attr('d', path(data.qberZ));
      plotArea.append('path').attr('class', 'line raw series-x').attr('d', path(data.qberX));
      plotArea.append('path').attr('class', 'line series-z').attr('d', path(data.meanZ));
      plotArea.append('path').attr('class', 'line series-x').attr('d', path(data.meanX));
      const keyPoints: [number, number][] = [
        [0, 0],
        ...idx.map((i): [number, number] => [data.t[i], data.secretBits[i]]),
      ];
      // The remainder distilled after the last minute adds its key at the end.
      if (progress.secretBits > keyPoints[keyPoints.length - 1][1])
        keyPoints.push([progress.simulatedSeconds, progress.secretBits]);
      const keyLine = line<[number, number]>()
        .curve(curveStepAfter)
        .x((p) => x(p[0]))
        .y((p) => yKey(p[1]));
      bottom.g.append('path').attr('class', 'line series-secret').attr('d', keyLine(keyPoints));
    }
    drawBlocks(top, progress.blocks, x, y, y.domain()[1]);

    const qz = progress.siftedZ > 0 ? progress.errorsZ / progress.siftedZ : null;
    const qx = progress.siftedX > 0 ? progress.errorsX / progress.siftedX : null;
    summaryText.write(
      summaryRef.current,
      describeRun(
        {
          label: title,
          simulatedSeconds: progress.simulatedSeconds,
          durationS,
          points: ring.length,
          qberZ: qz,
          qberX: qx,
          highestMeanX: finiteMax(trailingMean(columnOf(ring, 'qberX'), MEAN_WINDOW_MIN)),
          blocks: tallyBlocks(progress.blocks),
          secretBits: progress.secretBits,
        },
        t,
      ),
      t,
    );
  }

  // Counts arrive with the points (which trigger the redraw); only new blocks and layout changes draw at once.
  // Only this run's buffer triggers redraws (the other run's scale is read when drawing), so one message
  // from a worker redraws one plot, not both.
  useThrottledRedraw(
    ownRings(ring),
    draw,
    [width, progress.blocks, progress.status, durationS, rings, sharedScaleKey, t],
    LONG_RUN_REDRAW_INTERVAL_MS,
  );

  return (
    <PlotFigure
      className="long-run-plot"
      title={title}
      exportName={t.plotExportName(t.variantInText[variant])}
      exportFileName={longRunText.en.plotExportName(longRunText.en.variantInText[variant])}
      label={t.plotName(t.variantInText[variant])}
      note={variant === 'on' ? t.plotNoteOn : t.plotNoteOff}
      legend={[
        { label: t.legendMean('Z', MEAN_WINDOW_MIN), swatch: 'series-z' },
        { label: t.legendMean('X', MEAN_WINDOW_MIN), swatch: 'series-x dashed' },
        { label: t.legendRaw, swatch: 'long-run-raw' },
        { label: tf.abortThreshold, swatch: 'threshold' },
        { label: t.legendKept, swatch: 'long-run-kept' },
        { label: t.legendAborted, swatch: 'long-run-aborted' },
        { label: t.legendSecret, swatch: 'series-secret' },
      ]}
      svgRef={svgRef}
      areaRef={areaRef}
      summaryRef={summaryRef}
      readout=""
    />
  );
}
