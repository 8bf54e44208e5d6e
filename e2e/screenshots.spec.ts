// Screenshots of the page with a distilled key at desktop (1920×1080) and phone (390×844) sizes, kept
// under e2e-artifacts/ for a person to look at; also checks that nothing overflows sideways on the phone.
import { expect, readCount, readout, test } from './fixtures';

const sizes = [
  { name: 'desktop-1920x1080', width: 1920, height: 1080 },
  { name: 'phone-390x844', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`screenshot at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/?seed=1&preset=ideal-classroom');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'As fast as possible' });
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await readCount(readout(page, 'Detections'))).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e-artifacts/${size.name}.png` });
    await page.screenshot({ path: `e2e-artifacts/${size.name}-full.png`, fullPage: true });
  });
}
