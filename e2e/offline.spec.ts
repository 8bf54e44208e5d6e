// Offline classroom: after one visit the service worker controls the page and has precached the app and
// its worker chunks, so with the network gone a reload still renders and a run produces detections.
import { expect, readCount, readout, test } from './fixtures';

// Every other spec blocks service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('works offline after the first visit', async ({ page, context, runBar }) => {
  await page.goto('/?seed=3&preset=ideal-classroom');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  // clientsClaim: the first load becomes controlled once the worker has installed (precached) and activated.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
    .toBe(true);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href;
    return href ? ((await fetch(href)).json() as Promise<{ display: string; icons: { sizes: string }[] }>) : null;
  });
  expect(manifest?.display).toBe('standalone');
  expect(manifest?.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  await runBar.setSpeed('×100');
  await runBar.start();
  await expect.poll(() => readCount(readout(page, 'Detections')), { timeout: 20_000 }).toBeGreaterThan(100);
  // The analytic curves come from the theory worker, also served from the cache.
  await expect(page.getByText('Computing curves…')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText(/Not drawn:/)).toHaveCount(0);
  await expect(page.getByRole('img', { name: /bits per pulse against fiber length/ })).toBeVisible();
  await runBar.pause();
  await context.setOffline(false);
});
