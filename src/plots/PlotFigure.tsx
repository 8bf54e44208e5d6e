// The frame every plot shares: a titled figure with an HTML legend, the drawing as role="img" with an
// aria-label (focusable: arrow keys move the hover readout), the readout line, and a visually hidden
// text summary of the data that a plot updates politely through `summaryRef`.
import { useId, type KeyboardEvent, type PointerEvent, type ReactNode, type RefObject } from 'react';
import { PlotExportBar } from '../export/PlotExportBar';
import { plotFrameText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';

export interface LegendEntry {
  label: string;
  /** CSS class giving the swatch its colour and dash (see plots.css). */
  swatch: string;
}

interface Props {
  title: string;
  /** Accessible name of the drawing: what it shows, in a few words. */
  label: string;
  note?: ReactNode;
  legend: readonly LegendEntry[];
  svgRef: RefObject<SVGSVGElement | null>;
  areaRef?: RefObject<HTMLDivElement | null>;
  summaryRef: RefObject<HTMLParagraphElement | null>;
  readout: string;
  /** False while the readout only mirrors the run (no cursor): then it is not announced on every update. */
  isReadoutLive?: boolean;
  onCursorKey?: (key: string) => boolean;
  onPointer?: (xPx: number | null) => void;
  className?: string;
  /**
   * Short name for the export buttons ("Export QBER plot as SVG"), in the page's language; no export bar without it.
   */
  exportName?: string;
  /** Name for the exported file, the same in every language (the English export name). */
  exportFileName?: string;
  /** Extra content below the drawing (e.g. the funnel's list of losses). */
  children?: ReactNode;
  /** Shown under the title, e.g. the "Imported run" badge while the plot shows a file's results. */
  badge?: ReactNode;
}

export function PlotFigure({
  title,
  label,
  note,
  legend,
  svgRef,
  areaRef,
  summaryRef,
  readout,
  isReadoutLive = true,
  onCursorKey,
  onPointer,
  className,
  exportName,
  exportFileName,
  children,
  badge,
}: Props) {
  const summaryId = useId();
  const helpId = useId();
  const t = useText(plotFrameText);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    if (onCursorKey?.(e.key)) e.preventDefault();
  }
  function onPointerAt(e: PointerEvent<HTMLDivElement>): void {
    const box = e.currentTarget.getBoundingClientRect();
    onPointer?.(e.clientX - box.left);
  }
  // A finger's pointer "leaves" as soon as it lifts: the value a tap picked stays until the next tap
  // (a mouse leaving still clears it, as hover does).
  function onPointerLeave(e: PointerEvent<HTMLDivElement>): void {
    if (e.pointerType !== 'touch' && e.pointerType !== 'pen') onPointer?.(null);
  }

  return (
    <figure className={`panel plot ${className ?? ''}`}>
      <figcaption className="plot-caption">
        <h3>{title}</h3>
        {badge}
        {note && <div className="plot-note">{note}</div>}
      </figcaption>
      {legend.length > 0 && (
        <ul className="plot-legend" aria-hidden="true">
          {legend.map((l) => (
            <li key={l.label}>
              <span className={`swatch ${l.swatch}`} />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <div
        ref={areaRef}
        className="plot-area"
        role="img"
        aria-label={label}
        aria-describedby={`${summaryId} ${helpId}`}
        tabIndex={onCursorKey ? 0 : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={onPointer ? onPointerAt : undefined}
        onPointerMove={onPointer ? onPointerAt : undefined}
        onPointerUp={onPointer ? onPointerAt : undefined}
        onPointerLeave={onPointer ? onPointerLeave : undefined}
      >
        <svg ref={svgRef} aria-hidden="true" focusable="false" />
      </div>
      {readout && (
        <p className="plot-readout" aria-live={isReadoutLive ? 'polite' : 'off'}>
          {readout}
        </p>
      )}
      {children}
      {exportName && <PlotExportBar name={exportName} fileName={exportFileName} title={title} svgRef={svgRef} />}
      <p id={summaryId} ref={summaryRef} className="visually-hidden" aria-live="polite" />
      <p id={helpId} className="visually-hidden">
        {onCursorKey ? t.arrowKeysHelp : ''}
      </p>
    </figure>
  );
}
