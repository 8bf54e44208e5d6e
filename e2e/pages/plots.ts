// Page object for the run's plots: each figure found by its chart's accessible name, its drawn marks, its
// keyboard readout, and a wait until every plot has redrawn the latest data (they redraw on their own throttle).
import type { Locator, Page } from '@playwright/test';
import { untilSteady } from './waits';

export class Plots {
  /** The drawings themselves, by their charts' accessible names (focusable; arrow keys read values). */
  readonly qberChart: Locator;
  readonly keyRateChart: Locator;
  readonly distanceChart: Locator;
  readonly funnelChart: Locator;
  /** Each plot's whole figure: title, drawing, readout, summary and notes. */
  readonly qber: Locator;
  readonly keyRate: Locator;
  readonly distance: Locator;
  readonly funnel: Locator;
  /** The secret-rate plot's block markers (aborted ones carry the class "aborted" too). */
  readonly blockMarkers: Locator;

  constructor(private readonly page: Page) {
    this.qberChart = page.getByRole('img', { name: /QBER of the Z and X bases/ });
    this.keyRateChart = page.getByRole('img', { name: /sifted key rate per interval/ });
    this.distanceChart = page.getByRole('img', { name: /bits per pulse against fiber length/ });
    this.funnelChart = page.getByRole('img', { name: /pulses, detections, sifted bits/ });
    this.qber = this.figureOf(this.qberChart);
    this.keyRate = this.figureOf(this.keyRateChart);
    this.distance = this.figureOf(this.distanceChart);
    this.funnel = this.figureOf(this.funnelChart);
    this.blockMarkers = page.locator('circle.block');
  }

  /** The figure that holds a chart. */
  figureOf(chart: Locator): Locator {
    return this.page.locator('figure.plot').filter({ has: chart });
  }

  /** What the arrow keys or a tap read out under a plot. */
  readout(figure: Locator): Locator {
    return figure.locator('.plot-readout');
  }

  /** Waits until no plot's drawing changes any more: every throttled redraw of the latest data has landed. */
  async settled(): Promise<void> {
    await untilSteady(() =>
      this.page.locator('figure.plot svg').evaluateAll((svgs) => svgs.map((s) => s.innerHTML.length).join(',')),
    );
  }
}
