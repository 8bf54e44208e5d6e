// @vitest-environment jsdom
// Snapshot of the network's day of key buffers (key held in all link buffers, key delivered to the chosen pair, the
// hour marker), rendered from a fixed day with the app's store in English.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BufferDay } from '../../workers/network/bufferDay';
import { svgText } from '../plots/svgSnapshot';
import { createAppStore } from '../store/appState';
import { AppStoreContext } from '../store/useAppState';
import { BufferPlot } from './BufferPlot';

/** A day in 25 hourly samples over two links: buffers fill while a pair draws a steady 2 kbit per hour. */
function fixtureDay(): BufferDay {
  const samples = 25;
  const timesH = Float64Array.from({ length: samples }, (_, i) => i);
  const linkBits = new Float64Array(samples * 2);
  const demandBits = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    linkBits[2 * i] = 5_000 * i;
    linkBits[2 * i + 1] = 20_000 * Math.sqrt(i);
    demandBits[i] = 2_000 * i;
  }
  return {
    timesH,
    linkBits,
    linkCount: 2,
    demandBits,
    finalLinkBits: linkBits.slice(-2),
    deliveredBits: demandBits.slice(-1),
    spentBits: 96_000,
  };
}

describe('network buffer plot (SVG snapshot)', () => {
  it('draws the held and delivered key on a log axis with the hour marker', async () => {
    const html = renderToStaticMarkup(
      createElement(
        AppStoreContext.Provider,
        { value: createAppStore() },
        createElement(BufferPlot, { day: fixtureDay(), hour: 9 }),
      ),
    );
    const svg = new DOMParser().parseFromString(html, 'text/html').querySelector('svg')!;
    expect(svg.querySelectorAll('path.held, path.delivered')).toHaveLength(2);
    expect(svg.querySelector('line.marker')?.getAttribute('x1')).not.toBeNull();
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/bufferPlot-day.svg');
  });
});
