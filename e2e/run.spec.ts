// A visitor starts a run with the accessible controls, watches the readouts move, pauses (simulated
// time freezes), resumes and resets (readouts clear). Fixed seed through the URL.
import { expect, holdsFor, readCount, readQberZPercent, readout, test } from './fixtures';

test('start, pause and reset a run', async ({ page, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  await runBar.setSpeed('×100');

  await runBar.start();
  await expect(runBar.status).toHaveText('Running');
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 }).toBeGreaterThan(1000);
  await expect.poll(() => readQberZPercent(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(0);
  const timeEarly = await readout(page, 'Simulated time').textContent();
  const detectionsEarly = await readCount(readout(page, 'Detections'));
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 }).toBeGreaterThan(detectionsEarly);
  await expect(readout(page, 'Simulated time')).not.toHaveText(timeEarly ?? '');
  await expect(readout(page, 'Sifted key rate')).toContainText('bit/s');

  // A batch already in flight may still land; then simulated time and the counts stay put.
  await runBar.pauseAndSettle(readout(page, 'Simulated time'));
  const timePaused = await readout(page, 'Simulated time').textContent();
  const detectionsPaused = await readCount(readout(page, 'Detections'));
  await holdsFor(1200, async () => {
    expect(await readout(page, 'Simulated time').textContent()).toBe(timePaused);
    expect(await readCount(readout(page, 'Detections'))).toBe(detectionsPaused);
  });

  // Start resumes the same session: simulated time moves on from where it stopped.
  await runBar.start();
  await expect
    .poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 })
    .toBeGreaterThan(detectionsPaused);

  await runBar.reset();
  await expect(runBar.status).toHaveText('Ready');
  expect(await readCount(readout(page, 'Detections'))).toBe(0);
  await expect(readout(page, 'QBER')).toHaveText(/Z —/);
  // Nothing stale lands after Reset.
  await holdsFor(500, async () => expect(await readCount(readout(page, 'Detections'))).toBe(0));
});

test('the controls work from the keyboard and the URL follows them', async ({ page, runBar, controls }) => {
  await page.goto('/?seed=1');
  const fiber = controls.fiberLength;
  await expect(fiber).toHaveCount(1);
  await fiber.focus();
  await page.keyboard.press('ArrowRight');
  await expect(fiber).toHaveAttribute('aria-valuetext', '121 km');
  await expect.poll(() => new URL(page.url()).searchParams.get('fiberLengthKm')).toBe('121');

  await controls.valueField('Detector efficiency').fill('50');
  await page.keyboard.press('Enter');
  await expect(controls.detectorEfficiency).toHaveAttribute('aria-valuetext', '50 %');

  for (const name of ['Mean photon number', 'g2(0)', 'Dark count rate']) {
    await expect(page.getByRole('slider', { name })).toHaveCount(1);
  }
  await expect(controls.interceptFraction).toHaveCount(0);
  await controls.setEavesdropper('Intercept-resend');
  await expect(controls.interceptFraction).toHaveCount(1);

  await runBar.startButton.focus();
  await page.keyboard.press('Enter');
  await expect(runBar.status).toHaveText(/Running|Starting/);
  await runBar.pauseButton.focus();
  await page.keyboard.press('Enter');
  await expect(runBar.status).toHaveText('Paused');
});

test('as fast as possible, the clock shows the pace this computer keeps, and Pause clears it', async ({
  page,
  runBar,
}) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  const pace = page.locator('.sim-pace');
  // Measured over two seconds of the run: a figure "now ×N" with N simulated seconds per wall second.
  await expect(pace).toHaveText(/^now ×[\d\u202f.]+$/, { timeout: 10_000 });
  // The classroom link clicks about 380 000 times per simulated second: flat out, the page keeps about ×1.
  const factor = Number(((await pace.textContent()) ?? '').replace(/[^\d.]/g, ''));
  expect(factor).toBeGreaterThan(0);
  await expect(pace).toHaveAttribute('title', /as fast as the workers go/);
  await runBar.pause();
  await expect(pace).toHaveCount(0);
});
