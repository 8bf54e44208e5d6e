// Intercept-resend on every pulse of the classroom link: the QBER climbs to about 25 % and the
// distillation aborts the block with a message, as BB84 promises.
import { expect, readQberZPercent, test } from './fixtures';

test('intercept-resend at fraction 1 gives a QBER near 25 % and an abort', async ({ page, controls, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await controls.setEavesdropper('Intercept-resend');
  await page.getByRole('spinbutton', { name: 'Intercept fraction value' }).fill('100');
  await page.keyboard.press('Enter');
  await expect(controls.interceptFraction).toHaveAttribute('aria-valuetext', '100 %');
  await runBar.setSpeed('As fast as possible');

  await runBar.start();
  const abort = page.getByRole('alert').filter({ hasText: 'Block aborted' });
  await expect(abort).toBeVisible({ timeout: 45_000 });
  const qberZ = await readQberZPercent(page);
  expect(qberZ).toBeGreaterThanOrEqual(20);
  expect(qberZ).toBeLessThanOrEqual(30);
  await runBar.pause();
  await page.screenshot({ path: 'e2e-artifacts/intercept-resend-abort.png', fullPage: true });
});

test('turning Eve on during a run raises the QBER of the running session', async ({ page, controls, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect.poll(() => readQberZPercent(page), { timeout: 15_000 }).toBeLessThan(2);
  await controls.setEavesdropper('Intercept-resend');
  await expect.poll(() => readQberZPercent(page), { timeout: 20_000 }).toBeGreaterThan(8);
  await expect(page.getByRole('slider', { name: 'Mean photon number' })).toBeDisabled();
  await runBar.pause();
});
