// A phone with touch (390×844): a tap on a plot reads the value there (and it stays after the finger lifts),
// the bit table says it scrolls sideways, and every control of the plots, scene, long run and export panel
// is at least 44 px tall and wide (pointer: coarse); axe finds nothing.
import { axeViolations } from './a11yScan';
import { expect, holdsFor, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('a tap reads a plot, the bit table shows it scrolls, touch targets are 44 px', async ({ page, runBar, plots }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.start();
  await expect.poll(() => plots.blockMarkers.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await runBar.pause();
  await expect(runBar.status).toHaveText('Paused', { timeout: 20_000 });

  const qber = plots.qber;
  const area = plots.qberChart;
  await area.scrollIntoViewIfNeeded();
  await expect(plots.readout(qber)).toContainText('Point at or tap the plot');
  const box = (await area.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(plots.readout(qber)).toHaveText(/^[\d.]+–[\d.]+ m?s: QBER Z /);
  await expect(qber.locator('line.cursor')).toHaveCount(1);
  const first = await plots.readout(qber).textContent();
  // The finger has lifted: the value stays.
  await holdsFor(300, async () => expect(await plots.readout(qber).textContent()).toBe(first));
  await page.touchscreen.tap(box.x + box.width * 0.25, box.y + box.height * 0.5);
  await expect(plots.readout(qber)).not.toHaveText(first ?? '');

  // The bit table is wider than the phone: a visible hint and a faded right edge say so.
  const strip = page.locator('figure.bit-strip');
  await strip.scrollIntoViewIfNeeded();
  await expect(strip.getByText('Scroll sideways for more detections')).toBeVisible();
  await expect(strip.locator('.bit-strip-scroll')).toHaveAttribute('data-more-right', '');
  await strip.locator('.bit-strip-scroll').evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  await expect(strip.locator('.bit-strip-scroll')).not.toHaveAttribute('data-more-right', '');

  // Touch targets in the plots, the scene, the long run and the export panel.
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        // A checkbox's target is its whole label.
        'figure.plot button, .link-scene button, .long-run button, .long-run ' +
          'input:not([type=checkbox]), .long-run label:has(input[type=checkbox]), ' +
          '.export-panel button, .export-panel input:not([type=file])',
      ),
    ]
      .filter((el) => el.checkVisibility())
      .flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.height < 44 || r.width < 44
          ? [
              `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent}" ` +
                `${Math.round(r.width)}×${Math.round(r.height)}`,
            ]
          : [];
      }),
  );
  expect(small).toEqual([]);
  await page.screenshot({ path: 'e2e-artifacts/touch-390x844.png', fullPage: true });
  expect(await axeViolations(page, 'phone after a tap on a plot')).toEqual([]);
});
