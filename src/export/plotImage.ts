// Turns a live D3 plot into a standalone image: the SVG is cloned with its computed styles inlined (the
// CSS custom properties of the colour profile resolve to plain colours), the figure's title and legend are
// drawn above it, and PNG comes from drawing that SVG on an OffscreenCanvas. All local; no network.

/** Presentation properties the plots' CSS sets; copied as computed values onto each cloned element. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'display',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Why a plot could not become an image, free of language (src/i18n/text/export.ts words it). */
export type PlotExportFailure =
  | { code: 'no-canvas' }
  | { code: 'not-decoded' }
  /** Nobody foresaw it: the exception's own (English) text is kept as a technical detail. */
  | { code: 'unexpected'; text: string };

/** A known failure of svgToPng, carrying its code. */
export class PlotImageError extends Error {
  constructor(
    readonly failure: Exclude<PlotExportFailure, { code: 'unexpected' }>,
    message: string,
  ) {
    super(message);
    this.name = 'PlotImageError';
  }
}

/** The failure behind whatever an export threw. */
export function plotExportFailure(err: unknown): PlotExportFailure {
  if (err instanceof PlotImageError) return err.failure;
  return { code: 'unexpected', text: err instanceof Error ? err.message : String(err) };
}
const HEADER_PAD = 12;

export interface PlotImage {
  svgText: string;
  width: number;
  height: number;
}

function inlineStyles(live: Element, clone: Element): void {
  const computed = getComputedStyle(live);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  clone.setAttribute('style', style);
  clone.removeAttribute('class');
  for (let i = 0; i < live.children.length && i < clone.children.length; i++)
    inlineStyles(live.children[i], clone.children[i]);
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Legend entries read from the figure's HTML legend: label, colour and dash of each swatch. */
function readLegend(figure: Element): { label: string; color: string; dash: string; isDot: boolean }[] {
  return [...figure.querySelectorAll('.plot-legend li')].map((li) => {
    const swatch = li.querySelector('.swatch');
    const cs = swatch ? getComputedStyle(swatch) : null;
    const borderStyle = cs?.borderTopStyle ?? 'solid';
    // Line swatches are a top border on a zero-height box; the Monte-Carlo marker is a bordered circle.
    const isDot = !!cs && parseFloat(cs.height) > 6;
    return {
      label: li.textContent?.trim() ?? '',
      color: isDot ? cs!.borderTopColor : (cs?.borderTopColor ?? 'currentColor'),
      dash: borderStyle === 'dashed' ? '7 4' : borderStyle === 'dotted' ? '2 4' : '',
      isDot,
    };
  });
}

/** The plot as a standalone SVG document with title, legend and resolved colours. */
export function serializePlot(svg: SVGSVGElement, title: string): PlotImage {
  const figure = svg.closest('figure') ?? svg.parentElement!;
  const figureStyle = getComputedStyle(figure);
  const textColor = figureStyle.color;
  const background =
    figureStyle.backgroundColor && figureStyle.backgroundColor !== 'rgba(0, 0, 0, 0)'
      ? figureStyle.backgroundColor
      : '#ffffff';
  const fontFamily = figureStyle.fontFamily;
  const box = svg.getBoundingClientRect();
  const plotWidth = Math.max(1, Math.round(Number(svg.getAttribute('width')) || box.width));
  const plotHeight = Math.max(1, Math.round(Number(svg.getAttribute('height')) || box.height));
  const fontPx = parseFloat(getComputedStyle(svg.querySelector('text') ?? figure).fontSize) || 13;

  // Title, then legend entries flowing left to right and wrapping at the plot's width.
  const titleSize = Math.round(fontPx * 1.3);
  let y = HEADER_PAD + titleSize;
  const header: SVGElement[] = [
    el(
      'text',
      { x: HEADER_PAD, y, 'font-size': titleSize, 'font-weight': 700, fill: textColor, 'font-family': fontFamily },
      title,
    ),
  ];
  const rowHeight = Math.round(fontPx * 1.6);
  let x = HEADER_PAD;
  const legend = readLegend(figure);
  if (legend.length > 0) y += rowHeight;
  for (const entry of legend) {
    const width = 34 + entry.label.length * fontPx * 0.56 + 18;
    if (x > HEADER_PAD && x + width > plotWidth) {
      x = HEADER_PAD;
      y += rowHeight;
    }
    const mid = y - fontPx * 0.35;
    header.push(
      entry.isDot
        ? el('circle', { cx: x + 12, cy: mid, r: 6, fill: background, stroke: entry.color, 'stroke-width': 2 })
        : el('line', {
            x1: x,
            x2: x + 26,
            y1: mid,
            y2: mid,
            stroke: entry.color,
            'stroke-width': 3,
            ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
          }),
    );
    header.push(
      el('text', { x: x + 34, y, 'font-size': fontPx, fill: textColor, 'font-family': fontFamily }, entry.label),
    );
    x += width;
  }
  const headerHeight = Math.ceil(y + HEADER_PAD);

  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.removeAttribute('aria-hidden');
  clone.removeAttribute('focusable');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(headerHeight));
  clone.setAttribute('width', String(plotWidth));
  clone.setAttribute('height', String(plotHeight));
  clone.setAttribute('overflow', 'visible');

  const width = plotWidth;
  const height = headerHeight + plotHeight + HEADER_PAD;
  const root = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.append(el('title', {}, title), el('rect', { x: 0, y: 0, width, height, fill: background }), ...header, clone);
  const svgText = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { svgText, width, height };
}

/** Rasterises an SVG document at `scale` × its size (2 = crisp on slides and high-density screens). */
export async function svgToPng(image: PlotImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image(image.width, image.height);
    img.src = url;
    try {
      await img.decode();
    } catch (err) {
      throw new PlotImageError(
        { code: 'not-decoded' },
        `the SVG could not be decoded (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    if (typeof OffscreenCanvas === 'undefined')
      throw new PlotImageError({ code: 'no-canvas' }, 'no OffscreenCanvas in this browser');
    const canvas = new OffscreenCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PlotImageError({ code: 'no-canvas' }, 'no 2D canvas in this browser');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, image.width, image.height);
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
