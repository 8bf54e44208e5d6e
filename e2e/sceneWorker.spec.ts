// The link scene's drawing worker failing, in both ways the page hears of it through comlink: a worker script
// that throws as it loads (the worker's error event) and a worker whose every call is answered with an error (a
// rejected call). Either way the region falls back to the static schematic and says the 3D view is unavailable.
import { expect, test, type Page } from './fixtures';

const UNAVAILABLE = 'Static diagram: this browser cannot draw the 3D view (WebGL unavailable).';

/** Serves `body` in place of the built scene worker (requests from workers go through the context). */
async function plantSceneWorker(page: Page, body: string): Promise<void> {
  await page
    .context()
    .route(/linkScene\.worker-[\w-]+\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body }),
    );
}

async function expectSchematic(page: Page): Promise<void> {
  const region = page.getByRole('region', { name: 'Link scene' });
  await expect(region.getByText(UNAVAILABLE)).toBeVisible({ timeout: 15_000 });
  await expect(region.getByRole('img', { name: 'Link schematic (static)' })).toBeVisible();
  await expect(region.locator('canvas')).toHaveCount(0);
}

test('a scene worker that throws while loading leaves the static schematic', async ({ page, guards }) => {
  guards.allow(/planted load failure/);
  const reasons: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Link scene:')) reasons.push(m.text());
  });
  await plantSceneWorker(page, "throw new Error('planted load failure');");
  await page.goto('/?seed=1');
  await expectSchematic(page);
  expect(reasons.join(' ')).toContain('planted load failure');
});

test('a scene worker whose calls are answered with an error leaves the static schematic', async ({ page }) => {
  const reasons: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Link scene:')) reasons.push(m.text());
  });
  // comlink's wire format for a thrown error: every call (init first) is answered with one.
  await plantSceneWorker(
    page,
    'onmessage = (e) => postMessage({ id: e.data.id, type: "HANDLER", name: "throw", ' +
      'value: { isError: true, value: { name: "Error", message: "planted call fault" } } });',
  );
  await page.goto('/?seed=1');
  await expectSchematic(page);
  // The first fault only: later calls (size, camera, …) add nothing to what the page says.
  expect(reasons).toHaveLength(1);
  expect(reasons[0]).toContain('planted call fault');
});
