// Screenshots of the "Export / share" panel and the presenter view at desktop (1920×1080) and phone
// (390×844) sizes, kept under e2e-artifacts/ for a person to look at, plus an exported QBER PNG. Checks
// that ?presenter=1 and the toggle switch the view, the URL keeps the flag, and nothing overflows sideways.
import { writeFile } from 'node:fs/promises';
import { expect, readCount, readout, test } from './fixtures';

const sizes = [
  { name: 'desktop-1920x1080', width: 1920, height: 1080 },
  { name: 'phone-390x844', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`export panel and presenter view at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/?seed=2&preset=ideal-classroom&presenter=1&colorProfile=projector');
    const toggle = page.getByRole('button', { name: 'Presenter view', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '×100' });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 20_000 }).toBeGreaterThan(20_000);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.waitForTimeout(500); // plots redraw at their own pace
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
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export QBER plot as PNG', exact: true }).click()]);
      await download.saveAs('e2e-artifacts/exported-qber-plot.png');
      const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export distance plot as SVG', exact: true }).click()]);
      await svg.saveAs('e2e-artifacts/exported-distance-plot.svg');
      await writeFile('e2e-artifacts/.keep', '');
    }
  });
}
