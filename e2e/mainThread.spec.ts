// The main thread only orchestrates: during a run as fast as the workers go on the 120 km link (with a
// 10^6-bit Cascade block), the page has no long task. The bound is 100 ms rather than the 50 ms of the
// definition because the test machines are shared; a simulation on the main thread would take seconds.
import { expect, readCount, readout, test } from './fixtures';

test('no long tasks on the main thread during a fast run', async ({ page }) => {
  await page.goto('/?seed=1&preset=qd-timebin-120km');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'As fast as possible' });
  await page.evaluate(() => {
    const w = window as unknown as { longTasksMs: number[] };
    w.longTasksMs = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasksMs.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 20_000 }).toBeGreaterThan(1_000_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const longTasksMs = await page.evaluate(() => (window as unknown as { longTasksMs: number[] }).longTasksMs);
  expect(longTasksMs.filter((ms) => ms >= 100), `long tasks (ms): ${longTasksMs.join(', ')}`).toEqual([]);
});
