// Page object for the run's plots: each figure found by its chart's accessible name, its drawn marks, its
// keyboard readout, and a wait until every plot has redrawn the latest data (they redraw on their own throttle).
import type { Locator, Page } from '@playwright/test';
import { untilSteady } from './waits';

export class Plots {
  readonly qber: Locator;
  readonly keyRate: Locator;
  readonly distance: Locator;
  readonly funnel: Locator;
  /** The secret-rate plot's block markers (aborted ones carry the class "aborted" too). */
  readonly blockMarkers: Locator;

  constructor(private readonly page: Page) {
    this.qber = this.figure(/QBER of the Z and X bases/);
    this.keyRate = this.figure(/sifted key rate per interval/);
    this.distance = this.figure(/bits per pulse against fiber length/);
    this.funnel = this.figure(/pulses, detections, sifted bits/);
    this.blockMarkers = page.locator('circle.block');
  }

  /** A plot's figure (title, drawing, readout, summary) by its chart's accessible name. */
  figure(chart: RegExp): Locator {
    return this.page.locator('figure.plot').filter({ has: this.page.getByRole('img', { name: chart }) });
  }

  /** The drawing itself, the element with the chart's accessible name. */
  chart(figure: Locator): Locator {
    return figure.getByRole('img').first();
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
