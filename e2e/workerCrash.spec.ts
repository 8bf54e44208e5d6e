// A simulation worker that dies mid-run: the run ends with a clear message in the page instead of
// hanging, and Start afterwards opens a fresh session on a new worker.
import { expect, test } from './fixtures';

test('a crashed photon worker ends the run with a message', async ({ page, guards }) => {
  guards.allow(/worker crashed on purpose/);
  let isBroken = true;
  await page.route(/photon\.worker-[\w-]+\.js$/, async (route) => {
    if (!isBroken) return route.continue();
    await route.fulfill({ contentType: 'text/javascript', body: "setTimeout(() => { throw new Error('worker crashed on purpose'); }, 50);" });
  });
  await page.goto('/?seed=1&preset=ideal-classroom');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const error = page.getByRole('alert').filter({ hasText: 'The simulation stopped' });
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error).toContainText('photon simulation worker stopped');
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Stopped');

  isBroken = false;
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Running', { timeout: 15_000 });
  await expect(error).toHaveCount(0);
});
