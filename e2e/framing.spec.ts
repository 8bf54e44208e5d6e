// Clickjacking: on a plain static host that sends no headers at all, a page of another origin (localhost vs
// 127.0.0.1) frames QKD Lab: the app does not start in the frame (no controls, no workers) and offers only a
// link to open it in its own tab; framed by its own origin it runs. vite preview's headers forbid the frame outright.
import { expect, holdsFor, RunBar, test } from './fixtures';
import { startStaticHost, type StaticHost } from './staticHost';

const DIST = process.env.E2E_DIST ?? 'dist';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 12;
const APP = `http://127.0.0.1:${PORT}`;
const OTHER = `http://localhost:${PORT}`;
const framer = (src: string) =>
  `<!doctype html><title>Framer</title><iframe title="framed" src="${src}" width="900" height="600"></iframe>`;

let host: StaticHost;
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: APP });

test.beforeAll(async () => {
  host = await startStaticHost(DIST, PORT, '127.0.0.1', {
    '/framer.html': framer(`${APP}/?seed=1&preset=ideal-classroom`),
  });
});
test.afterAll(async () => {
  await host.close();
});

test('framed by another origin on a header-less host, the app does not run', async ({ page, guards }) => {
  guards.allow(/request left the origin: http:\/\/localhost/);
  guards.allow(/does not run inside a frame of another site/);
  await page.goto(`${OTHER}/framer.html`);
  const frame = page.frameLocator('iframe[title="framed"]');
  await expect(frame.getByText("QKD Lab does not run inside another site's page.")).toBeVisible({ timeout: 15_000 });
  const link = frame.getByRole('link', { name: 'Open QKD Lab in its own tab' });
  await expect(link).toHaveAttribute('target', '_blank');
  expect(new URL((await link.getAttribute('href'))!).origin).toBe(APP);
  await expect(new RunBar(frame).startButton).toHaveCount(0);
  await expect(frame.locator('#root')).toHaveCount(0);
  // Watched for 2 s: no worker starts and none is even requested.
  await holdsFor(2000, async () => {
    expect(page.workers()).toEqual([]);
    expect(host.requests.some((p) => /\.worker-/.test(p))).toBe(false);
  });
});

test('framed by its own origin, the app runs', async ({ page }) => {
  await page.goto(`${APP}/framer.html`);
  const frame = page.frameLocator('iframe[title="framed"]');
  await expect(new RunBar(frame).startButton).toBeVisible({ timeout: 15_000 });
});

test('vite preview forbids framing by another origin with its headers', async ({ page, guards }) => {
  guards.allow(/request left the origin|Refused to (display|frame)|frame-ancestors|X-Frame-Options/);
  const preview = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
  const response = await page.request.get(`${preview}/`);
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
});
