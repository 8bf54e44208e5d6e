// Screenshots of the page with a distilled key at desktop (1920×1080) and phone (390×844) sizes in the
// light, dark and projector colour profiles, kept under e2e-artifacts/ for a person to look at. Also
// checks that nothing overflows sideways and that the colour menu writes colorProfile into the URL.
import { expect, readCount, readout, test } from './fixtures';

const sizes = [
  { name: 'desktop-1920x1080', width: 1920, height: 1080 },
  { name: 'phone-390x844', width: 390, height: 844 },
];
const profiles = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'projector', label: 'Projector' },
];

for (const size of sizes) {
  test(`screenshots at ${size.name} in every colour profile`, async ({ page, runBar, plots }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/?seed=1&preset=ideal-classroom&colorProfile=light');
    await runBar.setSpeed('As fast as possible');
    await runBar.start();
    await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
    await runBar.pause();
    expect(await readCount(readout(page, 'Detections'))).toBeGreaterThan(0);
    await expect(page.getByRole('img', { name: /QBER of the Z and X bases/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /bits per pulse against fiber length/ })).toBeVisible();
    for (const profile of profiles) {
      await page.getByRole('combobox', { name: 'Colours' }).selectOption({ label: profile.label });
      await expect.poll(() => new URL(page.url()).searchParams.get('colorProfile')).toBe(profile.id);
      await plots.settled(); // plots redraw at their own pace
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `e2e-artifacts/${size.name}-${profile.id}.png` });
      await page.screenshot({ path: `e2e-artifacts/${size.name}-${profile.id}-full.png`, fullPage: true });
    }
    // Each plot on its own (last profile: projector), small enough to read in an image viewer.
    const figures = page.locator('figure');
    for (let i = 0; i < (await figures.count()); i++)
      await figures.nth(i).screenshot({ path: `e2e-artifacts/${size.name}-figure-${i + 1}.png` });
  });
}
