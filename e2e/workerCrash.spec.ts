// A simulation worker that dies (at load, or by throwing mid-run): the run ends with a clear message in the
// page instead of hanging, the readouts already shown stay, and Start afterwards opens a fresh session on a
// new worker; in German the message is German, with what the worker threw kept apart as a technical detail.
// Also: Pause and Reset stop the simulated clock within 100 ms of the click.
import { englishLeft } from './englishLeft';
import { expect, readCount, readQberZPercent, readout, test, type Page } from './fixtures';

test('a crashed photon worker ends the run with a message', async ({ page, guards, runBar }) => {
  guards.allow(/worker crashed on purpose/);
  let isBroken = true;
  await page.route(/photon\.worker-[\w-]+\.js$/, async (route) => {
    if (!isBroken) return route.continue();
    await route.fulfill({
      contentType: 'text/javascript',
      body: "setTimeout(() => { throw new Error('worker crashed on purpose'); }, 50);",
    });
  });
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.start();
  const error = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error).toContainText('photon simulation worker stopped');
  await expect(runBar.status).toHaveText('Stopped');

  isBroken = false;
  await runBar.start();
  await expect(runBar.status).toHaveText('Running', {
    timeout: 15_000,
  });
  await expect(error).toHaveCount(0);
});

test('in German, a crashed worker is named in German and what it threw is kept apart as a technical detail', async ({
  page,
  guards,
}) => {
  guards.allow(/worker crashed on purpose/);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.route(/photon\.worker-[\w-]+\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "setTimeout(() => { throw new Error('worker crashed on purpose'); }, 50);",
    }),
  );
  await page.goto('/?seed=1&preset=ideal-classroom&lang=de');
  await page.getByRole('button', { name: 'Starten', exact: true }).click();
  const error = page.getByRole('alert').filter({ hasText: 'Die Simulation wurde angehalten' });
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error).toContainText(
    'Die Simulation wurde angehalten: der Worker „Photonensimulation“ ist ausgefallen (Skriptfehler)',
  );
  await expect(error.locator('.technical-detail')).toContainText(/^Technische Angabe: .*worker crashed on purpose/);
  await expect(error.locator('[translate="no"]')).toContainText('worker crashed on purpose');
  await page.locator('.run-controls').screenshot({ path: 'e2e-artifacts/worker-crash-de.png' });
  expect(await englishLeft(page, '.run-controls')).toEqual([]);
});

test('a photon worker that throws mid-run ends it with a message and keeps the readouts already shown', async ({
  runBar,
  page,
  guards,
}) => {
  guards.allow(/worker crashed on purpose/);
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByText(/Final key of block/).first()).toBeVisible({ timeout: 45_000 });
  const before = { detections: await readCount(readout(page, 'Detections')), qber: await readQberZPercent(page) };
  expect(before.detections).toBeGreaterThan(0);
  expect(before.qber).toBeGreaterThanOrEqual(0);

  // Throw inside every photon worker (only the run's is busy): an uncaught error, as a bug would raise.
  const photonWorkers = page.workers().filter((w) => /photon\.worker-/.test(w.url()));
  expect(photonWorkers.length).toBeGreaterThan(0);
  for (const w of photonWorkers)
    await w.evaluate(() => {
      setTimeout(() => {
        throw new Error('worker crashed on purpose');
      }, 0);
    });

  const error = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(runBar.status).toHaveText('Stopped');
  // What was shown stays: the counts are not cleared, the QBER still reads, the distilled blocks are listed.
  expect(await readCount(readout(page, 'Detections'))).toBeGreaterThanOrEqual(before.detections);
  expect(await readQberZPercent(page)).toBeGreaterThanOrEqual(0);
  await expect(page.getByText(/Final key of block/).first()).toBeVisible();

  // The dead worker is replaced: Start opens a fresh session that runs.
  await runBar.start();
  await expect(runBar.status).toHaveText('Running', {
    timeout: 15_000,
  });
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 15_000 }).toBeGreaterThan(0);
});

/**
 * Clicks a button inside the page and watches the run bar's simulated clock on every animation frame for a
 * second: the time from the click to the readout's last change (0 when it never changes again).
 */
async function msUntilClockStops(page: Page, button: 'Pause' | 'Reset'): Promise<number> {
  return page.evaluate(async (name) => {
    const value = document.querySelector('.sim-clock-value');
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!value || !target) throw new Error('readout or button not found');
    let text = value.textContent;
    const t0 = performance.now();
    target.click();
    let lastChangeMs = 0;
    await new Promise<void>((resolve) => {
      const watch = () => {
        if (value.textContent !== text) {
          text = value.textContent;
          lastChangeMs = performance.now() - t0;
        }
        if (performance.now() - t0 < 1000) requestAnimationFrame(watch);
        else resolve();
      };
      requestAnimationFrame(watch);
    });
    return lastChangeMs;
  }, button);
}

test('Pause and Reset stop the simulated clock within 100 ms', async ({ page, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  const clock = readout(page, 'Simulated time');
  const results: Record<string, number> = {};
  for (const button of ['Pause', 'Reset'] as const) {
    await runBar.start();
    await expect(runBar.status).toHaveText('Running', {
      timeout: 15_000,
    });
    const t = await clock.textContent();
    await expect(clock).not.toHaveText(t ?? '', { timeout: 10_000 }); // the clock is moving
    results[button] = await msUntilClockStops(page, button);
  }
  console.log(`cancel latency (ms): ${JSON.stringify(results)}`);
  expect(results.Pause, 'Pause: ms until the simulated clock stopped').toBeLessThanOrEqual(100);
  expect(results.Reset, 'Reset: ms until the simulated clock stopped').toBeLessThanOrEqual(100);
});
