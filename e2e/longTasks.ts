// Main-thread long tasks as the browser reports them (PerformanceObserver 'longtask'): start recording in the page,
// then read the durations back. Shared by the run, long-run and network budgets.
import type { Page } from '@playwright/test';

export async function installLongTaskObserver(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasksMs: number[] };
    w.longTasksMs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasksMs.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
}

/** Durations (ms) of the long tasks seen since installLongTaskObserver. */
export const longTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { longTasksMs: number[] }).longTasksMs);
