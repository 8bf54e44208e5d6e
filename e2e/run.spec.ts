// A visitor starts a run with the accessible controls, watches the readouts move, pauses (simulated
// time freezes), resumes and resets (readouts clear). Fixed seed through the URL.
import { expect, readCount, readQberZPercent, readout, test } from './fixtures';

test('start, pause and reset a run', async ({ page }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '×100' });

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Running');
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 }).toBeGreaterThan(1000);
  await expect.poll(() => readQberZPercent(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(0);
  const timeEarly = await readout(page, 'Simulated time').textContent();
  const detectionsEarly = await readCount(readout(page, 'Detections'));
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 }).toBeGreaterThan(detectionsEarly);
  await expect(readout(page, 'Simulated time')).not.toHaveText(timeEarly ?? '');
  await expect(readout(page, 'Sifted key rate')).toContainText('bit/s');

  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Paused');
  await page.waitForTimeout(300); // a step already in flight may still land
  const timePaused = await readout(page, 'Simulated time').textContent();
  const detectionsPaused = await readCount(readout(page, 'Detections'));
  await page.waitForTimeout(1200);
  await expect(readout(page, 'Simulated time')).toHaveText(timePaused ?? '');
  expect(await readCount(readout(page, 'Detections'))).toBe(detectionsPaused);

  // Start resumes the same session: simulated time moves on from where it stopped.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect
    .poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 })
    .toBeGreaterThan(detectionsPaused);

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Ready');
  expect(await readCount(readout(page, 'Detections'))).toBe(0);
  await expect(readout(page, 'QBER')).toHaveText(/Z —/);
  await page.waitForTimeout(500);
  expect(await readCount(readout(page, 'Detections'))).toBe(0); // nothing stale lands after Reset
});

test('the controls work from the keyboard and the URL follows them', async ({ page }) => {
  await page.goto('/?seed=1');
  const fiber = page.getByRole('slider', { name: 'Fiber length' });
  await expect(fiber).toHaveCount(1);
  await fiber.focus();
  await page.keyboard.press('ArrowRight');
  await expect(fiber).toHaveAttribute('aria-valuetext', '121 km');
  await expect.poll(() => new URL(page.url()).searchParams.get('fiberLengthKm')).toBe('121');

  await page.getByRole('spinbutton', { name: 'Detector efficiency value' }).fill('50');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Detector efficiency' })).toHaveAttribute('aria-valuetext', '50 %');

  for (const name of ['Mean photon number', 'g2(0)', 'Dark count rate']) {
    await expect(page.getByRole('slider', { name })).toHaveCount(1);
  }
  await expect(page.getByRole('slider', { name: 'Intercept fraction' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Eavesdropper' }).selectOption({ label: 'Intercept-resend' });
  await expect(page.getByRole('slider', { name: 'Intercept fraction' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Start', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText(/Running|Starting/);
  await page.getByRole('button', { name: 'Pause', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Paused');
});
