// Secret key per pulse against fiber length on a log axis: quantum dot, laser, decoy-state laser, the
// PLOB bound (theory worker), this link's expected finite-block rate, and the live run as a Monte-Carlo
// point with a 1σ error bar. Arrow keys walk the distances; the readout lists every curve there.
import { Fragment, useMemo, useRef, useState } from 'react';
import type { KeyRatePoint } from '../../workers/theory/keyRateCurve';
import { formatSignificant } from '../format/formatNumber';
import { TechnicalDetail } from '../app/TechnicalDetail';
import { describeNotDrawn, distancePlotText } from '../i18n/text/plots';
import { useLocale, useText } from '../i18n/useText';
import { useAppState, useAppStore } from '../store/useAppState';
import { distanceRange, type CurveId } from './distanceCurves';
import { measuredPoint, type McPoint } from './mcPoint';
import { ImportedBadge } from '../export/ImportedBadge';
import { PlotFigure } from './PlotFigure';
import { nearestIndex } from './plotCursor';
import { usePlotCursor } from './usePlotCursor';
import { CURVE_ORDER, CURVE_SWATCH, drawDistance, formatKm } from './distanceDrawing';
import { createThrottledText } from './throttledText';
import { useDistanceCurves } from './useDistanceCurves';
import { useElementWidth } from './useElementWidth';
import { useThrottledRedraw } from './useThrottledRedraw';

const fmt = (v: number) => (v > 0 ? formatSignificant(v, 3) : '0');

type DistanceText = (typeof distancePlotText)['en'];

function maxDistance(points: readonly KeyRatePoint[] | undefined): number | null {
  if (!points) return null;
  const last = [...points].reverse().find((p) => p.bitsPerPulse > 0);
  return last ? last.distanceKm : null;
}

function describePoint(mc: McPoint | null, km: number, t: DistanceText): string {
  if (!mc) return t.runNoBlockYet;
  const method = mc.method === 'block spread' ? t.methodBlockSpread : t.methodCounting;
  return t.runPoint(formatKm(km), fmt(mc.bitsPerPulse), fmt(mc.sigma), mc.blocks, method);
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
    const { fiberLengthKm } = params;
    xPixelsRef.current = drawDistance(svgEl, { curves, mc, range, fiberLengthKm, width, cursor, text: t });
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
        km: formatKm(params.fiberLengthKm),
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
          formatKm(distances[cursor]),
          CURVE_ORDER.map(
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
        ...CURVE_ORDER.map((id) => ({ label: t.curves[id], swatch: CURVE_SWATCH[id] })),
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
