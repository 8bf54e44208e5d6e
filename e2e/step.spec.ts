// Step from the keyboard: each press simulates one fixed batch and stays paused; the simulated clock and
// the bit strip show what happened; Start then runs on from there.
import { expect, readCount, readout, test } from './fixtures';

test('Step advances one batch while paused', async ({ page }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Paused');
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBe(1000);
  await expect(page.getByRole('table')).toContainText('Alice');
  const clock = await readout(page, 'Simulated time').textContent();
  await page.keyboard.press('Enter');
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBe(2000);
  await expect(readout(page, 'Simulated time')).not.toHaveText(clock ?? '');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBeGreaterThan(2000);
  await expect(step).toBeDisabled();
});
