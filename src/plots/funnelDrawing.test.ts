// @vitest-environment jsdom
// Snapshot of the distillation funnel: the three live steps before the first block, and all six steps (bars on a
// log scale with their counts) once blocks are distilled, on a wide and a phone-width plot.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DistillSummary } from '../../workers/common/reports';
import { emptyTotals, type RunTotals } from '../engine/runTotals';
import { funnelText } from '../i18n/text/plots';
import { drawFunnel } from './funnelDrawing';
import { funnelSteps } from './funnelSteps';
import { installTextMetrics, newSvg, svgText } from './svgSnapshot';

const totals: RunTotals = {
  ...emptyTotals(),
  pulses: 40_000_000,
  detections: 81_234,
  siftedZ: 20_180,
  siftedX: 20_411,
};
const summary: DistillSummary = {
  blocks: 3,
  blocksAborted: 0,
  blocksDiscardedByVerification: 0,
  nDetected: 60_000,
  nSiftedZ: 15_020,
  nSiftedX: 14_950,
  nCorrected: 14_700,
  leakBits: 2_104,
  rounds: 4,
  finalKeyBits: 6_312,
  aliceBobKeysEqual: true,
};

beforeAll(installTextMetrics);

describe('distillation funnel (SVG snapshot)', () => {
  it('draws the live counts before the first block', async () => {
    const svg = newSvg();
    const steps = funnelSteps(totals, null, funnelText.en);
    drawFunnel(svg, { steps, width: 640, labelPx: 140, isNarrow: false });
    expect(svg.querySelectorAll('rect.bar')).toHaveLength(3);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/funnel-live.svg');
  });

  it('draws all six steps once blocks are distilled, on a phone-width plot', async () => {
    const svg = newSvg();
    const steps = funnelSteps(totals, summary, funnelText.en);
    drawFunnel(svg, { steps, width: 360, labelPx: 112, isNarrow: true });
    const widths = [...svg.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(6);
    // A funnel: every step is at most as wide as the one before.
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]);
    await expect(svgText(svg)).toMatchFileSnapshot('__snapshots__/funnel-blocks.svg');
  });
});
