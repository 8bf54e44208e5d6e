// Accessibility of the panels that only fill after something has happened: axe (WCAG 2.0–2.2 A and AA) finds
// nothing on the Be Eve panel with its verdict, the long-run panel with both runs' plots and block lists, the
// export/share panel with its QR code, and the whole page in presenter view — in the light, dark and projector
// profiles, switched in the page's "Colours" menu on one page load.
import { expect, test } from './fixtures';
import { PROFILES, axeInEveryProfile, axeViolations, chooseProfile, printScans } from './a11yScan';

test.afterAll(() => printScans('a11yPanels'));

test('Be Eve verdict, long-run results, export with QR code, presenter view', async ({ page, runBar }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&preset=ideal-classroom&colorProfile=light');
  const found: string[] = [];

  // Be Eve: full intercept-resend, caught; the verdict and its figures are on screen.
  await page
    .getByRole('combobox', { name: /Eve.s attack/ })
    .selectOption({ label: 'Intercept-resend: measure and resend' });
  await page.getByRole('button', { name: 'Steal the key', exact: true }).click();
  await expect(page.locator('.be-eve-result')).toBeVisible({ timeout: 45_000 });
  found.push(...(await axeInEveryProfile(page, 'Be Eve verdict', ['.be-eve'])));
  await runBar.reset();

  // Long run: one simulated hour of the 120 km link with the comparison, done; both plots and block lists drawn.
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('qd-timebin-120km');
  const longRun = page.getByRole('region', { name: 'Long run' });
  await longRun.getByRole('spinbutton', { name: 'Run duration' }).fill('1');
  await longRun.getByRole('button', { name: 'Begin long run' }).click();
  await expect(longRun.getByRole('status', { name: 'Long run state' })).toHaveText('Done', { timeout: 60_000 });
  await expect(longRun.getByRole('img', { name: /stabilisation off:/ })).toBeVisible();
  found.push(...(await axeInEveryProfile(page, 'long run done', ['section.long-run'])));

  // Export / share: the share link and its QR code are always shown in the panel.
  await expect(page.getByRole('img', { name: 'QR code of the share link' })).toBeVisible();
  found.push(...(await axeInEveryProfile(page, 'export and share with QR', ['.export-panel'])));

  // Presenter view: bigger type and no small print. The whole page in the projector profile (the one a class
  // sees on the wall); in light and dark the readouts and plots, where the presenter styles apply.
  await page.getByRole('button', { name: 'Presenter view', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
  for (const profile of PROFILES) {
    await chooseProfile(page, profile.id);
    found.push(
      ...(await axeViolations(
        page,
        `presenter view, ${profile.id}`,
        profile.id === 'projector' ? [] : ['section.stage', '.side', '.plots-grid'],
      )),
    );
  }
  expect(found).toEqual([]);
});
