// Intercept-resend on every pulse of the classroom link: the QBER climbs to about 25 % and the
// distillation aborts the block with a message, as BB84 promises.
import { expect, readQberZPercent, test } from './fixtures';

test('intercept-resend at fraction 1 gives a QBER near 25 % and an abort', async ({ page }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await page.getByRole('combobox', { name: 'Eavesdropper' }).selectOption({ label: 'Intercept-resend' });
  await page.getByRole('spinbutton', { name: 'Intercept fraction value' }).fill('100');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Intercept fraction' })).toHaveAttribute('aria-valuetext', '100 %');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'As fast as possible' });

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const abort = page.getByRole('alert').filter({ hasText: 'Block aborted' });
  await expect(abort).toBeVisible({ timeout: 45_000 });
  const qberZ = await readQberZPercent(page);
  expect(qberZ).toBeGreaterThanOrEqual(20);
  expect(qberZ).toBeLessThanOrEqual(30);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.screenshot({ path: 'e2e-artifacts/intercept-resend-abort.png', fullPage: true });
});

test('turning Eve on during a run raises the QBER of the running session', async ({ page }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'As fast as possible' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(() => readQberZPercent(page), { timeout: 15_000 }).toBeLessThan(2);
  await page.getByRole('combobox', { name: 'Eavesdropper' }).selectOption({ label: 'Intercept-resend' });
  await expect.poll(() => readQberZPercent(page), { timeout: 20_000 }).toBeGreaterThan(8);
  await expect(page.getByRole('slider', { name: 'Mean photon number' })).toBeDisabled();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
});
