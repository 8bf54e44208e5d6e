// The link scene as a visitor meets it: a region with a text alternative, a 3D canvas once three.js has
// loaded (after first paint, WebGL through SwiftShader), the text following a run, the static schematic
// under reduced motion, and (measured, not asserted) the frame time plus screenshots in e2e-artifacts/.
// Frame time is measured in the drawing worker (three.js on an OffscreenCanvas) on SwiftShader.
import { writeFileSync } from 'node:fs';
import { expect, holdsFor, test, untilSteady } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const sceneState = (page: Page) => page.getByRole('status', { name: 'Link scene state' });

/** Frames the 3D view has rendered so far (its worker counts them). */
const rendersOf = (canvas: Locator) =>
  canvas.evaluate(
    async (c) =>
      (await (c as HTMLCanvasElement & { qkdFrameStats: () => Promise<{ renders: number }> }).qkdFrameStats()).renders,
  );

/** Waits until the 3D view has rendered `frames` more frames: the run's photons have moved on screen. */
async function rendersMore(canvas: Locator, frames: number): Promise<void> {
  const from = await rendersOf(canvas);
  await expect.poll(() => rendersOf(canvas), { timeout: 20_000 }).toBeGreaterThanOrEqual(from + frames);
}

test('the scene region has a text alternative and a 3D canvas that loads after first paint', async ({
  page,
  runBar,
}) => {
  await page.goto('/?seed=1');
  const region = page.getByRole('region', { name: 'Link scene' });
  await expect(region).toBeVisible();
  await expect(sceneState(page)).toContainText(
    "Alice's quantum dot is set to send 76 million pulses per second over 120 km of fiber",
  );
  await expect(sceneState(page)).toContainText('expected: 1 in 380 photons reaches Bob');
  const canvas = region.getByRole('img', { name: /3D view of the link/ });
  await expect(canvas).toBeVisible({ timeout: 15_000 });
  await canvas.scrollIntoViewIfNeeded(); // off screen it does not draw at all
  await expect
    .poll(() =>
      canvas.evaluate(
        async (c) =>
          (await (c as HTMLCanvasElement & { qkdFrameStats?: () => Promise<{ renders: number }> }).qkdFrameStats?.())
            ?.renders ?? 0,
      ),
    )
    .toBeGreaterThan(0);
  // three.js draws in a worker on an OffscreenCanvas: the page's main thread never waits for the GPU
  expect(await canvas.evaluate((c) => (c as HTMLCanvasElement & { qkdSceneHost?: string }).qkdSceneHost)).toBe(
    'worker',
  );
  await expect(region.getByText('120 km of fiber', { exact: true })).toBeVisible();
  await expect(region.getByText('Alice: quantum dot, cooled to −269 °C', { exact: true })).toBeVisible();

  // three.js came after the first paint, in its own chunk
  const timing = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const chunk = performance.getEntriesByType('resource').find((e) => /\/LinkScene-[\w-]+\.js$/.test(e.name));
    return { fcp, chunkStart: chunk?.startTime ?? Number.NaN };
  });
  expect(timing.chunkStart).toBeGreaterThan(timing.fcp);

  // off screen it stops drawing, even during a run
  const renders = () =>
    canvas.evaluate(
      async (c) =>
        (await (c as HTMLCanvasElement & { qkdFrameStats: () => Promise<{ renders: number }> }).qkdFrameStats())
          .renders,
    );
  await runBar.start();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Once scrolled away the render count comes to rest and stays there (one frame in flight may still land).
  const offScreen = await untilSteady(renders);
  await holdsFor(1500, async () => expect(await renders()).toBeLessThanOrEqual(offScreen + 1));
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(renders).toBeGreaterThan(offScreen + 5);

  // keyboard orbit and reset
  await canvas.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await region.getByRole('button', { name: 'Default view' }).click();
});

test('starting a run updates the text alternative from the real detections; Eve shows up in it', async ({
  page,
  controls,
  runBar,
}) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await expect(sceneState(page)).toContainText('press Start to send photons');
  await controls.setEavesdropper('Intercept-resend');
  await runBar.start();
  await expect(sceneState(page)).toContainText(/last detection: [ZX] basis, bit [01]/, { timeout: 15_000 });
  await expect(sceneState(page)).toContainText('Eve is intercepting all pulses');
  await expect(sceneState(page)).not.toContainText('expected:');
});

test('reduced motion shows the static schematic instead of the 3D view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?seed=1');
  const region = page.getByRole('region', { name: 'Link scene' });
  await expect(region.getByRole('img', { name: 'Link schematic (static)' })).toBeVisible();
  await expect(region.getByText('Static diagram: your system asks for reduced motion.')).toBeVisible();
  // The 3D view never loads under reduced motion: no canvas appears while the page settles.
  await holdsFor(1500, async () => expect(await region.locator('canvas').count()).toBe(0));
  await expect(sceneState(page)).toContainText('pulses per second');
  await region.screenshot({ path: 'e2e-artifacts/scene-reduced-motion.png' });
});

test('without WebGL the static schematic stays and says why', async ({ page, guards }) => {
  guards.allow(/WebGL/);
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
  });
  await page.goto('/?seed=1');
  const region = page.getByRole('region', { name: 'Link scene' });
  await expect(
    region.getByText('Static diagram: this browser cannot draw the 3D view (WebGL unavailable).'),
  ).toBeVisible({ timeout: 10_000 });
  await expect(region.getByRole('img', { name: 'Link schematic (static)' })).toBeVisible();
  await expect(region.locator('canvas')).toHaveCount(0);
});

test('a laser with polarisation optics and photon-number splitting has its own stations', async ({ page, runBar }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&source=wcp&meanPhotonNumber=0.5&encoding=polarisation&eve=pns&fiberLengthKm=50');
  const region = page.getByRole('region', { name: 'Link scene' });
  const canvas = region.getByRole('img', { name: /3D view of the link/ });
  await expect(canvas).toBeVisible({ timeout: 15_000 });
  await region.scrollIntoViewIfNeeded();
  await expect(sceneState(page)).toContainText("Alice's attenuated laser is set to send");
  await expect(sceneState(page)).toContainText('photon-number splitting');
  await runBar.start();
  await expect(sceneState(page)).toContainText('last detection', { timeout: 15_000 });
  await rendersMore(canvas, 60); // photons in flight and the stations lit
  await region.screenshot({ path: 'e2e-artifacts/scene-laser-polarisation-pns.png' });
});

const sizes = [
  { name: 'desktop-1920x1080', width: 1920, height: 1080 },
  { name: 'phone-390x844', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`scene screenshot and frame time at ${size.name}`, async ({ page, runBar }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/?seed=1&eve=intercept-resend&interceptFraction=0.5&evePositionKm=40');
    await runBar.setSpeed('Real time (×1)');
    await runBar.start();
    const region = page.getByRole('region', { name: 'Link scene' });
    const canvas = region.getByRole('img', { name: /3D view of the link/ });
    await expect(canvas).toBeVisible({ timeout: 15_000 });
    await region.scrollIntoViewIfNeeded();
    await expect(sceneState(page)).toContainText('last detection', { timeout: 15_000 });
    await rendersMore(canvas, 60); // photons in flight and a detector flash or two
    await region.screenshot({ path: `e2e-artifacts/scene-${size.name}.png` });
    await page.screenshot({ path: `e2e-artifacts/scene-page-${size.name}.png` });
    // Frame time: the live loop's rAF intervals and renderer.render CPU time, then 120 frames rendered back
    // to back, each waited for on the GPU (readPixels), on SwiftShader (software WebGL, 2 shared cores).
    const live = await canvas.evaluate((c) =>
      (c as HTMLCanvasElement & { qkdFrameStats: () => Promise<unknown> }).qkdFrameStats(),
    );
    const forced = await canvas.evaluate(async (el) => {
      const c = el as HTMLCanvasElement & { qkdMeasureFrames: (n: number) => Promise<number[]> };
      const ms = (await c.qkdMeasureFrames(120)).sort((a, b) => a - b);
      return {
        frames: ms.length,
        msP50: ms[59],
        msP95: ms[113],
        cssPx: [c.clientWidth, c.clientHeight],
        devicePixelRatio,
      };
    });
    writeFileSync(`e2e-artifacts/scene-frame-time-${size.name}.json`, JSON.stringify({ live, forced }, null, 2));
    console.log(`link scene ${size.name}: live ${JSON.stringify(live)}; forced ${JSON.stringify(forced)}`);
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('a one-finger drag turns the view and "Default view" brings it back', async ({ page }) => {
    await page.goto('/?seed=1');
    const region = page.getByRole('region', { name: 'Link scene' });
    const canvas = region.getByRole('img', { name: /3D view of the link/ });
    await expect(canvas).toBeVisible({ timeout: 15_000 });
    await canvas.scrollIntoViewIfNeeded();
    const cameraX = () =>
      canvas.evaluate(
        async (c) =>
          (
            await (
              c as HTMLCanvasElement & { qkdFrameStats: () => Promise<{ cameraPosition: number[] }> }
            ).qkdFrameStats()
          ).cameraPosition[0],
      );
    await expect.poll(cameraX).toBeCloseTo(0, 3);
    const box = (await canvas.boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y }] });
    for (let k = 1; k <= 8; k++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: box.x + box.width / 2 - 12 * k, y }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => Math.abs(await cameraX())).toBeGreaterThan(1);
    await region.getByRole('button', { name: 'Default view' }).click();
    await expect.poll(cameraX).toBeCloseTo(0, 3);
  });
});
