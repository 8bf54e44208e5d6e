// A redeploy under open pages: build B (new worker file names) replaces build A on a plain static host while a
// kiosk runs A. With the service worker the kiosk keeps getting A's files (a worker killed in between restarts
// from A's cache) and reloads into B at its next idle period; without one, a worker answered with the index
// page is seen as "build changed" and the kiosk reloads at once instead of failing every 20 s. An attended
// page shows "A new version … Reload". Builds: E2E_REDEPLOY_A (default E2E_DIST or dist) and E2E_REDEPLOY_B
// (built from scripts/viteRedeployB.config.ts when missing or older than A).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { expect, holdsFor, test, type Page } from './fixtures';
import { startStaticHost, type StaticHost } from './staticHost';

const DIST_A = process.env.E2E_REDEPLOY_A ?? process.env.E2E_DIST ?? 'dist';
const DIST_B = process.env.E2E_REDEPLOY_B ?? `${DIST_A}-redeploy-b`;
const PORT = Number(process.env.E2E_PORT ?? 4173) + 11;
const ORIGIN = `http://127.0.0.1:${PORT}`;

let host: StaticHost;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const stamp = (dir: string) => statSync(`${dir}/index.html`).mtimeMs;
  if (!existsSync(`${DIST_B}/index.html`) || stamp(DIST_B) < stamp(DIST_A)) {
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'scripts/viteRedeployB.config.ts', '--outDir', DIST_B, '--logLevel', 'error'],
      { stdio: 'inherit' },
    );
  }
  host = await startStaticHost(DIST_A, PORT);
});

test.afterAll(async () => {
  await host.close();
});
test.beforeEach(() => {
  host.setRoot(DIST_A);
});

/** The main chunk the page runs: it names the worker files, so it differs between the builds. */
const mainScript = (page: Page) =>
  page.evaluate(() => new URL(document.querySelector<HTMLScriptElement>('script[type="module"]')!.src).pathname);
const builtMain = (dir: string) =>
  /src="([^"]+index-[^"]+\.js)"/.exec(execFileSync('cat', [`${dir}/index.html`]).toString())![1];

/** An open page has loaded its lazy chunks (the 3D scene) before the host changes under it. */
async function loadedInFull(
  page: Page,
  names = ['LinkScene-', 'photon.worker-', 'distill.worker-', 'theory.worker-'],
): Promise<void> {
  await expect
    .poll(() => names.every((name) => host.requests.some((p) => p.includes(name))), { timeout: 20_000 })
    .toBe(true);
  await page.waitForLoadState('networkidle');
}

async function killPhotonWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.workers().filter((w) => /photon\.worker-/.test(w.url())).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  for (const w of page.workers().filter((x) => /photon\.worker-/.test(x.url()))) {
    await w
      .evaluate(() => {
        setTimeout(() => {
          throw new Error('worker killed on purpose');
        }, 0);
      })
      .catch(() => undefined);
  }
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an idle kiosk runs the new build within one idle cycle, a worker killed in between', async ({
    page,
    guards,
  }) => {
    test.setTimeout(120_000);
    guards.allow(/worker killed on purpose/);
    expect(builtMain(DIST_A)).not.toBe(builtMain(DIST_B));
    await page.goto('/?kiosk=1&idleSeconds=4&preset=ideal-classroom&seed=1');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    expect(await mainScript(page)).toBe(builtMain(DIST_A));

    host.setRoot(DIST_B);
    const deployedAt = Date.now();
    await killPhotonWorker(page);
    // No visitor: the kiosk idles; at its next idle reset it checks for a new build, and while idle reloads into it.
    await expect.poll(() => mainScript(page).catch(() => ''), { timeout: 45_000 }).toBe(builtMain(DIST_B));
    const seconds = (Date.now() - deployedAt) / 1000;
    test.info().annotations.push({ type: 'deploy to kiosk on B', description: `${seconds.toFixed(1)} s` });
    expect(seconds).toBeLessThan(45);
    // The kiosk is still a kiosk, on B, and its runs work: the attract loop starts B's photon worker.
    expect(new URL(page.url()).searchParams.get('kiosk')).toBe('1');
    await expect
      .poll(
        () =>
          page
            .workers()
            .map((w) => new URL(w.url()).pathname)
            .filter((p) => p.includes('photon.worker-')),
        { timeout: 30_000 },
      )
      .toContainEqual(expect.stringMatching(/photon\.worker-/));
    const bWorker = /photon\.worker-[\w-]+\.js/.exec(execFileSync('ls', [`${DIST_B}/assets`]).toString())![0];
    expect(page.workers().some((w) => w.url().endsWith(bWorker))).toBe(true);
    await expect(page.getByText(/The simulation stopped/)).toHaveCount(0);
  });

  test('an attended page offers the new version and reloads into it on request', async ({ page }) => {
    await page.goto('/?preset=ideal-classroom&seed=2');
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
      .toBe(true);
    host.setRoot(DIST_B);
    // A navigation makes the browser look for a new service worker; B installs and waits for this page.
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of QKD Lab is ready.' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    expect(await mainScript(page)).toBe(builtMain(DIST_A));
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => mainScript(page).catch(() => ''), { timeout: 20_000 }).toBe(builtMain(DIST_B));
    await expect(page.getByText('A new version of QKD Lab is ready.')).toHaveCount(0);
  });
});

test.describe('without a service worker', () => {
  test('a worker answered with the index page means "build changed": the kiosk reloads, no retry loop', async ({
    page,
    guards,
  }) => {
    test.setTimeout(90_000);
    guards.allow(/worker killed on purpose|MIME type|Failed to load module script|Failed to fetch|404/);
    await page.goto('/?kiosk=1&idleSeconds=2&preset=ideal-classroom&seed=1');
    await loadedInFull(page, ['photon.worker-', 'distill.worker-']);
    expect(await mainScript(page)).toBe(builtMain(DIST_A));
    await killPhotonWorker(page);
    host.setRoot(DIST_B);
    const before = host.requests.length;
    const oldWorker = /photon\.worker-[\w-]+\.js/.exec(execFileSync('ls', [`${DIST_A}/assets`]).toString())![0];
    const triesAfterDeploy = () => host.requests.slice(before).filter((p) => p.endsWith(oldWorker)).length;
    // The attract loop starts a run on a fresh photon worker: A's file is gone, the host answers index.html.
    await expect.poll(() => mainScript(page).catch(() => ''), { timeout: 45_000 }).toBe(builtMain(DIST_B));
    const tries = triesAfterDeploy();
    test.info().annotations.push({ type: 'old worker requests after the deploy', description: String(tries) });
    // Not asked for again and again, watched for 10 s (a retry loop asks within a second or two): the page now runs
    // B, whose workers load.
    await holdsFor(10_000, async () => expect(triesAfterDeploy()).toBe(tries));
    expect(tries).toBeLessThanOrEqual(2);
    await expect(page.getByText(/The simulation stopped/)).toHaveCount(0);
  });

  test('an attended page says the build changed instead of failing silently', async ({ page, guards, runBar }) => {
    guards.allow(/worker killed on purpose|MIME type|Failed to load module script/);
    await page.goto('/?preset=ideal-classroom&seed=3');
    await loadedInFull(page);
    await killPhotonWorker(page);
    host.setRoot(DIST_B);
    // Start needs a fresh photon worker: A's file is gone and the host answers with B's index page.
    await runBar.start();
    const prompt = page.getByRole('status').filter({ hasText: 'QKD Lab was updated on the server' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => mainScript(page).catch(() => ''), { timeout: 20_000 }).toBe(builtMain(DIST_B));
  });
});
