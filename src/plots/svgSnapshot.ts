// Test support for the plots' SVG snapshots: a fresh <svg> in the test's DOM (jsdom), text boxes measured by a fixed
// rule where jsdom has no layout, and a serializer that writes a drawing as indented, stable SVG text to compare.

/** Width of one character (px) in the estimated text boxes: about the plots' 12.8 px sans-serif. */
const CHAR_PX = 7;
const LINE_PX = 13;

/**
 * jsdom does no layout, so SVG elements have no getBBox; label placement (drawMarkerLabels) needs one. This gives a
 * text the box its x, y and length would have at CHAR_PX per character: fixed, so the snapshots do not depend on
 * fonts, yet long and short labels still collide and move as in a browser.
 */
export function installTextMetrics(): void {
  const proto = window.SVGElement.prototype as SVGElement & { getBBox?: () => DOMRect };
  if (typeof proto.getBBox === 'function') return;
  Object.defineProperty(proto, 'getBBox', {
    configurable: true,
    value(this: SVGElement) {
      const width = (this.textContent ?? '').length * CHAR_PX;
      const anchor = this.getAttribute('text-anchor');
      const x0 = Number(this.getAttribute('x') ?? 0);
      const x = anchor === 'end' ? x0 - width : anchor === 'middle' ? x0 - width / 2 : x0;
      const y = Number(this.getAttribute('y') ?? 0) - LINE_PX + 3;
      return { x, y, width, height: LINE_PX, top: y, left: x, right: x + width, bottom: y + LINE_PX };
    },
  });
}

/** A new, empty <svg> attached to the document (d3 draws into it as into the app's). */
export function newSvg(): SVGSVGElement {
  document.body.replaceChildren();
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  return svg;
}

/**
 * Numbers in attributes rounded to 2 decimals (a hundredth of a pixel is invisible, and float noise from a
 * reordered sum must not fail a snapshot); "-0" written as "0".
 */
function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/gi, (m) => {
    const rounded = Number(Number(m).toFixed(2));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function serialize(el: Element, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Array.from(el.attributes)
    .map((a) => ` ${a.name}="${escapeAttr(roundNumbers(a.value))}"`)
    .join('');
  const children = Array.from(el.children);
  const text = children.length === 0 ? (el.textContent ?? '') : '';
  if (children.length === 0 && text === '') out.push(`${pad}<${el.tagName}${attrs}/>`);
  else if (children.length === 0) out.push(`${pad}<${el.tagName}${attrs}>${escapeText(text)}</${el.tagName}>`);
  else {
    out.push(`${pad}<${el.tagName}${attrs}>`);
    for (const child of children) serialize(child, depth + 1, out);
    out.push(`${pad}</${el.tagName}>`);
  }
}

/** The drawing as SVG text, one element per line, indented; opens in any browser or image viewer. */
export function svgText(svg: SVGSVGElement): string {
  const out: string[] = [];
  const root = svg.cloneNode(true) as SVGSVGElement;
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  serialize(root, 0, out);
  return `${out.join('\n')}\n`;
}
