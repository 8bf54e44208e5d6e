// The plots as a keyboard and screen-reader user meets them: each is an image with a name and a text
// summary of its data; the time plot and the distance plot are focusable and arrow keys read values out.
import { expect, test } from './fixtures';

test('plots have names, text summaries and keyboard readouts', async ({ page }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'As fast as possible' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  const qber = page.getByRole('img', { name: /QBER of the Z and X bases/ });
  await expect(qber).toHaveAccessibleDescription(/QBER over .* simulated time: Z basis [\d.]+ %/, { timeout: 10_000 });
  await qber.focus();
  await page.keyboard.press('End');
  await expect(page.getByText(/^[\d.]+ \S*s–[\d.]+ \S*s: QBER Z [\d.]+ % of/)).toBeVisible();

  const distance = page.getByRole('img', { name: /bits per pulse against fiber length/ });
  await expect(distance).toHaveAccessibleDescription(/At 5 km: quantum dot .* This run at 5 km: [\d.]+ ± [\d.]+ bits per pulse/, { timeout: 10_000 });
  await distance.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText(/^0 km: PLOB bound/)).toBeVisible();

  await expect(page.getByRole('img', { name: /pulses, detections, sifted bits/ })).toHaveAccessibleDescription(/Funnel over \d+ distilled block/);
  await expect(page.getByRole('table')).toContainText('Eve');
});
