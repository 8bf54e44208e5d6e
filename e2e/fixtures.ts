// Shared e2e fixtures: every test fails on a console error, a page error, a CSP violation or a request (page or
// worker) that leaves the page's origin; page objects for the run bar, the controls and the plots (e2e/pages/);
// helpers read the live readouts by role and accessible name.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { Controls } from './pages/controls';
import { Plots } from './pages/plots';
import { RunBar } from './pages/runBar';

interface Guards {
  problems: string[];
  /** Lets a test that provokes a failure on purpose accept the messages it expects. */
  allow: (pattern: RegExp) => void;
}

interface PageObjects {
  runBar: RunBar;
  controls: Controls;
  plots: Plots;
}

export const test = base.extend<{ guards: Guards } & PageObjects>({
  runBar: async ({ page }, use) => use(new RunBar(page)),
  controls: async ({ page }, use) => use(new Controls(page)),
  plots: async ({ page }, use) => use(new Plots(page)),
  guards: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
      // CSP violations: Chromium logs most as console errors; this catches every one, in any test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ` +
              `(${e.sourceFile}:${e.lineNumber})`,
          ),
        );
      });
      // On the context, so requests from workers and service workers are checked too.
      page.context().on('request', (r) => {
        const url = r.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
          problems.push(`request left the origin: ${url}`);
      });
      await use({ problems, allow: (pattern) => allowed.push(pattern) });
      expect(
        problems.filter((p) => !allowed.some((a) => a.test(p))),
        'console errors, page errors or foreign requests',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };
export { RunBar, Controls, Plots };
export { holdsFor, nextFrames, untilSteady } from './pages/waits';

export function readout(page: Page, name: string): Locator {
  return page.getByRole('status', { name, exact: true });
}

/** The whole number a count readout shows ("1 234 567" → 1234567). */
export async function readCount(locator: Locator): Promise<number> {
  const text = (await locator.textContent()) ?? '';
  const digits = text.replace(/[^\d]/g, '');
  return digits === '' ? Number.NaN : Number(digits);
}

/** The Z-basis QBER in percent shown by the "QBER" readout, or NaN before any sifted bit. */
export async function readQberZPercent(page: Page): Promise<number> {
  const text = (await readout(page, 'QBER').textContent()) ?? '';
  const m = /Z\s*([\d.]+)\s*%/.exec(text);
  return m ? Number(m[1]) : Number.NaN;
}

/** Opens the drawer with every link parameter if it is shut (see Controls.openLinkSettings). */
export async function openLinkSettings(page: Page): Promise<void> {
  await new Controls(page).openLinkSettings();
}
