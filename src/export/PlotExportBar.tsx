// The small toolbar under each plot: "Export <name> plot as SVG" and "… as PNG". The image carries the
// plot's title and legend with the colours of the current profile; a failure is shown beside the buttons,
// worded from its code in the page's language (an unexpected error's own text as a technical detail).
import { useState, type RefObject } from 'react';
import { TechnicalDetail } from '../app/TechnicalDetail';
import { plotExportFailure, serializePlot, svgToPng, type PlotExportFailure } from './plotImage';
import { fileSlug, saveFile } from './saveFile';
import { describePlotExportFailure, exportText } from '../i18n/text/export';
import { useLocale, useText } from '../i18n/useText';
import './export.css';

interface Props {
  /** Short name used in the buttons' accessible names, in the page's language, e.g. "QBER". */
  name: string;
  /** Name for the file (stays the same in every language); defaults to `name`. */
  fileName?: string;
  title: string;
  svgRef: RefObject<SVGSVGElement | null>;
}

export function PlotExportBar({ name, fileName = name, title, svgRef }: Props) {
  const [failure, setFailure] = useState<{ kind: string; failure: PlotExportFailure } | null>(null);
  const text = useText(exportText);
  const locale = useLocale();
  const message = failure ? describePlotExportFailure(name, failure.kind, failure.failure, locale) : null;

  async function exportAs(kind: 'svg' | 'png'): Promise<void> {
    const svg = svgRef.current;
    if (!svg) return;
    try {
      const image = serializePlot(svg, title);
      const blob = kind === 'svg' ? new Blob([image.svgText], { type: 'image/svg+xml' }) : await svgToPng(image);
      saveFile(blob, `qkd-lab-${fileSlug(fileName)}.${kind}`);
      setFailure(null);
    } catch (err) {
      setFailure({ kind: kind.toUpperCase(), failure: plotExportFailure(err) });
    }
  }

  return (
    <div className="plot-export" role="group" aria-label={text.exportPlot(name)}>
      <span className="plot-export-label" aria-hidden="true">
        {text.exportWord}
      </span>
      <button
        type="button"
        className="button small"
        aria-label={text.exportPlotAs(name, 'SVG')}
        onClick={() => void exportAs('svg')}
      >
        SVG
      </button>
      <button
        type="button"
        className="button small"
        aria-label={text.exportPlotAs(name, 'PNG')}
        onClick={() => void exportAs('png')}
      >
        PNG
      </button>
      {message && (
        <p className="plot-export-error" role="alert">
          {message.text}
          <TechnicalDetail detail={message.detail} />
        </p>
      )}
    </div>
  );
}
