// @vitest-environment jsdom
// The snapshot serializer itself: numbers in attributes rounded to hundredths (no "-0"), text escaped, one element
// per line, and the jsdom text boxes that label placement measures.
import { beforeAll, describe, expect, it } from 'vitest';
import { installTextMetrics, newSvg, svgText } from './svgSnapshot';

beforeAll(installTextMetrics);

describe('svgText', () => {
  it('rounds attribute numbers, keeps text as written and indents children', () => {
    const svg = newSvg();
    svg.setAttribute('width', '640');
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('transform', 'translate(58.123456,-0.0001)');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', 'M0.005,1e-7L12.3456,7.891e2');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.textContent = 'QBER < 11.0 % & "more"';
    g.append(path, text);
    svg.append(g);
    expect(svgText(svg)).toBe(
      [
        '<svg width="640" xmlns="http://www.w3.org/2000/svg">',
        '  <g transform="translate(58.12,0)">',
        '    <path d="M0.01,0L12.35,789.1"/>',
        '    <text>QBER &lt; 11.0 % &amp; "more"</text>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('measures a text box from its position, anchor and length', () => {
    const svg = newSvg();
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', '100');
    text.setAttribute('y', '50');
    text.setAttribute('text-anchor', 'end');
    text.textContent = 'ten chars!';
    svg.append(text);
    const box = (text as unknown as SVGGraphicsElement).getBBox();
    expect([box.x, box.width, box.y, box.height]).toEqual([30, 70, 40, 13]);
  });
});
