// Draws one run of the long-run comparison into an SVG with d3: QBER of both bases per minute (faint) with their
// 10-minute trailing mean, the abort threshold, the finished blocks at their phase-error bound, and the cumulative
// secret key below. Pure DOM work, no React, so a test can render it from fixed data and compare a snapshot.
import { curveStepAfter, line, scaleLinear, type ScaleLinear } from 'd3';
import { QBER_THRESHOLD } from '../../workers/common/thresholds';
import { formatPercent, formatRateNumber } from '../format/formatNumber';
import { formatTimeTick } from '../format/timeAxis';
import type { longRunText } from '../i18n/text/longrun';
import type { plotFrameText } from '../i18n/text/plots';
import { formatPercentTick } from '../plots/formatAxis';
import {
  DEFAULT_MARGINS,
  drawAxes,
  drawEmpty,
  drawThreshold,
  startFrame,
  timeUnitFor,
  type Frame,
} from '../plots/plotFrame';
import { thinMarkerIndices } from '../plots/thinMarkers';
import { columnOf, finiteMax } from './longRunSummary';
import type { LongRunBlock, RunProgress } from './longRunStore';
import { plotSeries } from './plotData';
import type { SeriesRing } from './seriesRing';

const QBER_INNER = 180;
const GAP = 74;
const KEY_INNER = 80;
const HEIGHT = QBER_INNER + GAP + KEY_INNER + DEFAULT_MARGINS.top + DEFAULT_MARGINS.bottom;

export interface LongRunDrawing {
  /** This run's per-minute points. */
  ring: SeriesRing;
  /** Every run on screen: the y scales cover all of them. */
  rings: readonly SeriesRing[];
  progress: RunProgress;
  durationS: number;
  /** Largest secret key of the runs on screen (includes the remainder distilled at the end). */
  sharedSecretMax: number;
  width: number;
  /** Id of the clip path that keeps the QBER lines inside the upper panel (unique per plot on the page). */
  clipId: string;
  text: (typeof longRunText)['en'];
  frameText: (typeof plotFrameText)['en'];
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

/** Redraws the whole plot. */
export function drawLongRun(svgEl: SVGSVGElement, d: LongRunDrawing): void {
  const { ring, rings, progress, durationS, sharedSecretMax, width, clipId, text: t, frameText: tf } = d;
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
  drawThreshold(top, y(QBER_THRESHOLD), tf.abortThresholdAt(formatPercent(QBER_THRESHOLD)));

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
}
