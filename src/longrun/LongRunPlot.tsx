// One run of the long-run comparison: its plot (drawn by longRunDrawing.ts: QBER per minute with its 10-minute
// trailing mean, the 11 % threshold, the blocks at their phase-error bound, the cumulative secret key) and its
// spoken summary. The two runs share scales, so the plots side by side compare honestly. Redrawn from the ring
// buffers on animation frames.
import { useId, useRef, useState } from 'react';
import { plotFrameText } from '../i18n/text/plots';
import { longRunText } from '../i18n/text/longrun';
import { useText } from '../i18n/useText';
import { PlotFigure } from '../plots/PlotFigure';
import { createThrottledText } from '../plots/throttledText';
import { useElementWidth } from '../plots/useElementWidth';
import { drawLongRun } from './longRunDrawing';
import { columnOf, describeRun, finiteMax, MEAN_WINDOW_MIN, tallyBlocks, trailingMean } from './longRunSummary';
import type { RunProgress, Variant } from './longRunStore';
import type { SeriesRing } from './seriesRing';
import { useThrottledRedraw } from '../plots/useThrottledRedraw';

const LONG_RUN_REDRAW_INTERVAL_MS = 300;

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

const ownRingLists = new WeakMap<SeriesRing, readonly SeriesRing[]>();
/** A stable one-element list per ring, so the redraw hook does not resubscribe on every render. */
function ownRings(ring: SeriesRing): readonly SeriesRing[] {
  let list = ownRingLists.get(ring);
  if (!list) ownRingLists.set(ring, (list = [ring]));
  return list;
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
    drawLongRun(svgEl, {
      ring,
      rings,
      progress,
      durationS,
      sharedSecretMax,
      width,
      clipId,
      text: t,
      frameText: tf,
    });

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
      progress.status === 'done' || progress.status === 'error',
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
