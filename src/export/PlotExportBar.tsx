// The small toolbar under each plot: "Export <name> plot as SVG" and "… as PNG". The image carries the
// plot's title and legend with the colours of the current profile; a failure is shown beside the buttons.
import { useState, type RefObject } from 'react';
import { serializePlot, svgToPng } from './plotImage';
import { fileSlug, saveFile } from './saveFile';
import './export.css';

interface Props {
  /** Short name used in the buttons' accessible names and the file name, e.g. "QBER". */
  name: string;
  title: string;
  svgRef: RefObject<SVGSVGElement | null>;
}

export function PlotExportBar({ name, title, svgRef }: Props) {
  const [message, setMessage] = useState('');

  async function exportAs(kind: 'svg' | 'png'): Promise<void> {
    const svg = svgRef.current;
    if (!svg) return;
    try {
      const image = serializePlot(svg, title);
      const blob = kind === 'svg' ? new Blob([image.svgText], { type: 'image/svg+xml' }) : await svgToPng(image);
      saveFile(blob, `qkd-lab-${fileSlug(name)}.${kind}`);
      setMessage('');
    } catch (err) {
      setMessage(`Could not export the ${name} plot as ${kind.toUpperCase()}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  return (
    <div className="plot-export" role="group" aria-label={`Export ${name} plot`}>
      <span className="plot-export-label" aria-hidden="true">Export</span>
      <button type="button" className="button small" aria-label={`Export ${name} plot as SVG`} onClick={() => void exportAs('svg')}>SVG</button>
      <button type="button" className="button small" aria-label={`Export ${name} plot as PNG`} onClick={() => void exportAs('png')}>PNG</button>
      {message && <p className="plot-export-error" role="alert">{message}</p>}
    </div>
  );
}
