// Secret key per pulse against fiber length on a log axis: quantum dot, laser, decoy-state laser, the
// PLOB bound (theory worker), this link's expected finite-block rate, and the live run as a Monte-Carlo
// point with a 1σ error bar. Arrow keys walk the distances; the readout lists every curve there.
import { line, scaleLinear, scaleLog } from 'd3';
import { Fragment, useMemo, useRef, useState } from 'react';
import type { KeyRatePoint } from '../../workers/theory/keyRateCurve';
import { formatSignificant } from '../format/formatNumber';
import { TechnicalDetail } from '../app/TechnicalDetail';
import { describeNotDrawn, distancePlotText } from '../i18n/text/plots';
import { useLocale, useText } from '../i18n/useText';
import { useAppState, useAppStore } from '../store/useAppState';
import { distanceRange, type CurveId } from './distanceCurves';
import { formatPowerOfTen } from './formatAxis';
import { measuredPoint, type McPoint } from './mcPoint';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { nearestIndex } from './plotCursor';
import { usePlotCursor } from './usePlotCursor';
import { DEFAULT_MARGINS, drawAxes, drawMarkerLabels, startFrame } from './plotFrame';
import { createThrottledText } from './throttledText';
import { useDistanceCurves } from './useDistanceCurves';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';

const HEIGHT = 300;
/** A wider left margin than the other plots: the log axis's 10⁻ⁿ labels. */
const MARGINS = { ...DEFAULT_MARGINS, left: 60 };
const ORDER: readonly CurveId[] = ['plob', 'decoy', 'laser', 'qd', 'link'];
const SWATCH: Record<CurveId, string> = {
  plob: 'series-plob dashed',
  qd: 'series-qd',
  laser: 'series-laser',
  decoy: 'series-decoy',
  link: 'series-secret dotted',
};
const fmt = (v: number) => (v > 0 ? formatSignificant(v, 3) : '0');
/** Distances as the plot writes them: "120", "79.4" (decimal comma in German), never float noise. */
const fmtKm = (km: number) => formatSignificant(km, 4);

type DistanceText = (typeof distancePlotText)['en'];

function maxDistance(points: readonly KeyRatePoint[] | undefined): number | null {
  if (!points) return null;
  const last = [...points].reverse().find((p) => p.bitsPerPulse > 0);
  return last ? last.distanceKm : null;
}

function describePoint(mc: McPoint | null, km: number, t: DistanceText): string {
  if (!mc) return t.runNoBlockYet;
  const method = mc.method === 'block spread' ? t.methodBlockSpread : t.methodCounting;
  return t.runPoint(fmtKm(km), fmt(mc.bitsPerPulse), fmt(mc.sigma), mc.blocks, method);
}

export function DistancePlot() {
  const params = useAppState((s) => s.params);
  const series = useAppState((s) => s.series);
  const blocks = useAppState((s) => s.blockRecords);
  const store = useAppStore();
  const { curves, errors, isLoading } = useDistanceCurves(params);
  const svgRef = useRef<SVGSVGElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [summaryText] = useState(() => createThrottledText());
  const { cursor, xPixelsRef, onCursorKey, onPointer } = usePlotCursor(() => distances.length);
  const width = useElementWidth(areaRef);
  const t = useText(distancePlotText);
  const locale = useLocale();
  // Recomputed when a block arrives, not on every readout publish (the run's detections per pulse are stable).
  const mc = useMemo(() => {
    const { totals } = store.getState();
    return measuredPoint(blocks, totals.pulses > 0 ? totals.detections / totals.pulses : 0);
  }, [blocks, store]);
  const range = distanceRange(params);
  const distances = (curves.plob ?? []).map((p) => p.distanceKm);

  function draw(): void {
    const svgEl = svgRef.current;
    if (!svgEl) return;
    const frame = startFrame(svgEl, width, HEIGHT, MARGINS);
    const positives = ORDER.flatMap((id) => (curves[id] ?? []).map((p) => p.bitsPerPulse)).filter((v) => v > 0);
    if (mc && mc.bitsPerPulse > 0) positives.push(mc.bitsPerPulse);
    const top = Math.max(1e-3, ...positives);
    const nonPlob = ORDER.filter((id) => id !== 'plob')
      .flatMap((id) => (curves[id] ?? []).map((p) => p.bitsPerPulse))
      .filter((v) => v > 0);
    const bottom = Math.max(1e-12, Math.min(top / 1e3, ...(nonPlob.length ? nonPlob : [top / 1e6])) / 3);
    const x = scaleLinear([range.fromKm, range.toKm], [0, frame.innerWidth]);
    const y = scaleLog(
      [10 ** Math.floor(Math.log10(bottom)), 10 ** Math.ceil(Math.log10(top))],
      [frame.innerHeight, 0],
    ).clamp(true);
    drawAxes(frame, { x, y, xLabel: t.xAxis, yLabel: t.yAxis, yFormat: formatPowerOfTen, yTicks: 8 });
    const g = frame.g;
    xPixelsRef.current = distances.map((d) => frame.margins.left + x(d));
    const lx = x(Math.min(range.toKm, params.fiberLengthKm));
    g.append('line').attr('class', 'marker').attr('x1', lx).attr('x2', lx).attr('y1', 0).attr('y2', frame.innerHeight);

    for (const id of ORDER) {
      const pts = id === 'plob' ? curves.plob : curves[id];
      if (!pts) continue;
      const path = line<KeyRatePoint>()
        .defined((p) => p.bitsPerPulse > 0)
        .x((p) => x(p.distanceKm))
        .y((p) => y(p.bitsPerPulse));
      g.append('path').attr('class', `line ${SWATCH[id]}`).attr('d', path(pts));
    }
    if (mc) {
      const px = x(Math.min(range.toKm, params.fiberLengthKm));
      if (mc.bitsPerPulse > 0) {
        const [lo, hi] = [Math.max(y.domain()[0], mc.bitsPerPulse - mc.sigma), mc.bitsPerPulse + mc.sigma];
        g.append('line').attr('class', 'errorbar').attr('x1', px).attr('x2', px).attr('y1', y(lo)).attr('y2', y(hi));
        for (const v of [lo, hi])
          g.append('line')
            .attr('class', 'errorbar')
            .attr('x1', px - 6)
            .attr('x2', px + 6)
            .attr('y1', y(v))
            .attr('y2', y(v));
        g.append('circle').attr('class', 'mc-point').attr('cx', px).attr('cy', y(mc.bitsPerPulse)).attr('r', 6);
      } else {
        g.append('path')
          .attr('class', 'mc-point aborted')
          .attr('d', `M${px - 7},${frame.innerHeight - 14} h14 l-7,12 z`);
      }
    }
    // The marker's name and, for a run without key, that news: beside the line, clear of each other and the edge.
    drawMarkerLabels(frame, lx, [
      { text: t.marker(fmtKm(params.fiberLengthKm)), cls: 'marker-label', y: frame.innerHeight - 6 },
      ...(mc && !(mc.bitsPerPulse > 0) ? [{ text: t.runNoKey, cls: 'marker-label', y: frame.innerHeight - 6 }] : []),
    ]);
    if (cursor !== null && distances[cursor] !== undefined) {
      const cx = x(distances[cursor]);
      g.append('line')
        .attr('class', 'cursor')
        .attr('x1', cx)
        .attr('x2', cx)
        .attr('y1', 0)
        .attr('y2', frame.innerHeight);
    }
    const here = (id: CurveId) => {
      const pts = curves[id];
      if (!pts || pts.length === 0) return t.notAvailable;
      const i =
        nearestIndex(
          pts.map((p) => p.distanceKm),
          params.fiberLengthKm,
        ) ?? 0;
      return fmt(pts[i].bitsPerPulse);
    };
    const reach = (id: CurveId) => {
      const d = maxDistance(curves[id]);
      return d === null ? t.noKeyAtAnyDistance : t.keyUpTo(Math.round(d));
    };
    summaryText.write(
      summaryRef.current,
      t.summary({
        km: fmtKm(params.fiberLengthKm),
        qd: here('qd'),
        laser: here('laser'),
        decoy: here('decoy'),
        plob: here('plob'),
        reachQd: reach('qd'),
        reachLaser: reach('laser'),
        reachDecoy: reach('decoy'),
        run: describePoint(mc, params.fiberLengthKm, t),
      }),
      t,
    );
  }

  useThrottledRedraw(series, draw, [width, cursor, curves, mc?.bitsPerPulse, mc?.sigma, params.fiberLengthKm, t]);

  const readout =
    cursor !== null && distances[cursor] !== undefined
      ? t.readout(
          fmtKm(distances[cursor]),
          ORDER.map(
            (id) =>
              `${t.curvesShort[id]} ${curves[id]?.[cursor] ? fmt(curves[id]![cursor].bitsPerPulse) : t.notAvailable}`,
          ).join(' · '),
        )
      : describePoint(mc, params.fiberLengthKm, t);

  return (
    <PlotFigure
      badge={<ImportedBadge />}
      className="plot-wide"
      title={t.title}
      exportName={t.exportName}
      exportFileName={distancePlotText.en.exportName}
      label={t.label}
      note={
        <>
          {t.note}
          {curves.link && maxDistance(curves.link) === null ? t.noteLinkZero : ''}
          {isLoading ? t.noteComputing : ''}
          {describeNotDrawn(errors, locale).map((f, i) => (
            <Fragment key={i}>
              {f.text}
              <TechnicalDetail detail={f.detail} />
            </Fragment>
          ))}
        </>
      }
      legend={[
        ...ORDER.map((id) => ({ label: t.curves[id], swatch: SWATCH[id] })),
        { label: t.runLegend, swatch: 'mc-swatch' },
      ]}
      svgRef={svgRef}
      areaRef={areaRef}
      summaryRef={summaryRef}
      readout={readout}
      isReadoutLive={cursor !== null}
      onCursorKey={onCursorKey}
      onPointer={onPointer}
    />
  );
}
