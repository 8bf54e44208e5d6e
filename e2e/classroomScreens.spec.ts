// Screenshots kept under e2e-artifacts/ for a person to look at: every lesson and the kiosk's attract loop in
// English and German at 1920×1080 and tablet size (820×1180), the "Export / share" panel and the presenter view
// at desktop and phone size, and an exported QBER PNG. Checks that nothing overflows sideways, that no word
// sticks out of the lessons panel or the attract banner, and that ?presenter=1 and its toggle switch the view.
import { writeFile } from 'node:fs/promises';
import { LESSON_IDS } from '../src/lessons/lessons';
import { expect, readCount, readout, test, type Page } from './fixtures';

const screens = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: 'tablet-820x1180', width: 820, height: 1180 },
];

/** Elements inside `selector` whose text is wider than their box (a long German word that does not wrap). */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} *`)]
        .filter(
          (el) =>
            el instanceof HTMLElement &&
            el.offsetParent !== null &&
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX === 'visible' &&
            el.clientWidth > 0,
        )
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}: ${(el.textContent ?? '').slice(0, 60)}`,
        ),
    selector,
  );
}

for (const lang of ['en', 'de'] as const) {
  test(`lessons and the kiosk in ${lang} at desktop and tablet size`, async ({ page }) => {
    for (const size of screens) {
      await page.setViewportSize({ width: size.width, height: size.height });
      for (const [i, id] of LESSON_IDS.entries()) {
        await page.goto(`/?seed=1&lang=${lang}&lesson=${id}`);
        const panel = page.locator('.lessons');
        await expect(panel.getByRole('heading', { level: 2 })).toContainText(
          `${lang === 'de' ? 'Lektion' : 'Lesson'} ${i + 1}:`,
        );
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `e2e-artifacts/lesson-${i + 1}-${lang}-${size.name}.png` });
        await panel.screenshot({ path: `e2e-artifacts/lesson-${i + 1}-panel-${lang}-${size.name}.png` });
        expect(await overflowing(page, '.lessons'), `${id} ${lang} ${size.name}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      }
      await page.goto(`/?seed=1&lang=${lang}&kiosk=1&idleSeconds=2`);
      await expect(page.locator('.attract-title')).toBeVisible({ timeout: 10_000 });
      // The scene and the readouts fill in behind the banner: the demo run has sifted bits.
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: /Z\s*[\d.,]+\s*%/ })
          .first(),
      ).toBeVisible({
        timeout: 15_000,
      });
      await page.screenshot({ path: `e2e-artifacts/kiosk-attract-${lang}-${size.name}.png` });
      expect(await overflowing(page, '.attract'), `kiosk ${lang} ${size.name}`).toEqual([]);
      await page.mouse.click(10, 10);
      await expect(page.locator('.attract')).toHaveCount(0);
      await page.screenshot({ path: `e2e-artifacts/kiosk-start-${lang}-${size.name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    }
  });
}

const sizes = [
  { name: 'desktop-1920x1080', width: 1920, height: 1080 },
  { name: 'phone-390x844', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`export panel and presenter view at ${size.name}`, async ({ page, runBar, plots }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/?seed=2&preset=ideal-classroom&presenter=1&colorProfile=projector');
    const toggle = page.getByRole('button', { name: 'Presenter view', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await runBar.setSpeed('×100');
    await runBar.start();
    await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 20_000 }).toBeGreaterThan(20_000);
    await runBar.pause();
    await plots.settled(); // plots redraw at their own pace
    expect(new URL(page.url()).searchParams.get('presenter')).toBe('1'); // the URL sync keeps the flag
    await page.screenshot({ path: `e2e-artifacts/presenter-${size.name}.png` });
    await page.getByRole('heading', { name: 'Error rate over time' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e-artifacts/presenter-plots-${size.name}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => new URL(page.url()).searchParams.has('presenter')).toBe(false);
    const panel = page.getByRole('region', { name: 'Export / share' });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `e2e-artifacts/export-panel-${size.name}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

    if (size.width > 1000) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export QBER plot as PNG', exact: true }).click(),
      ]);
      await download.saveAs('e2e-artifacts/exported-qber-plot.png');
      const [svg] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export distance plot as SVG', exact: true }).click(),
      ]);
      await svg.saveAs('e2e-artifacts/exported-distance-plot.svg');
      await writeFile('e2e-artifacts/.keep', '');
    }
  });
}
