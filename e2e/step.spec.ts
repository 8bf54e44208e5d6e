// Step from the keyboard: each press simulates one fixed batch and stays paused; the simulated clock and
// the bit strip show what happened; Start then runs on from there.
import { expect, readCount, readout, test } from './fixtures';

test('Step advances one batch while paused', async ({ page, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  const step = runBar.stepButton;
  await step.focus();
  await page.keyboard.press('Enter');
  await expect(runBar.status).toHaveText('Paused');
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBe(1000);
  await expect(page.getByRole('table')).toContainText('Alice');
  const clock = await readout(page, 'Simulated time').textContent();
  await page.keyboard.press('Enter');
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBe(2000);
  await expect(readout(page, 'Simulated time')).not.toHaveText(clock ?? '');
  await expect(runBar.startButton).toBeEnabled();
  await runBar.start();
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBeGreaterThan(2000);
  await expect(step).toBeDisabled();
});
