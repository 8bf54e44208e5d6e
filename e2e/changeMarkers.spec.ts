// A setting changed while the run goes on is marked in the time plots: a dashed line at the simulated time of the
// change, and a sentence under each plot naming what changed and when.
import { expect, test } from './fixtures';

test('changing Eve during a run marks both time plots', async ({ page, controls, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('×100');
  await runBar.start();
  const qber = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: 'Error rate over time' }) });
  await expect(qber.locator('path.line.series-z')).toHaveCount(1, { timeout: 15_000 });
  await expect(qber.locator('line.change-marker')).toHaveCount(0);
  await controls.setEavesdropper('Intercept-resend');
  await expect(qber.locator('line.change-marker')).toHaveCount(1, { timeout: 10_000 });
  await expect(qber.getByText(/Changed during this run \(dashed lines\): Eavesdropper at /)).toBeVisible();
  const keyRate = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: 'Key rate over time' }) });
  await expect(keyRate.locator('line.change-marker')).toHaveCount(1);
  await runBar.pause();
  // A new run starts without the old run's marks.
  await runBar.reset();
  await runBar.start();
  await expect(qber.locator('line.change-marker')).toHaveCount(0);
  await runBar.pause();
});
