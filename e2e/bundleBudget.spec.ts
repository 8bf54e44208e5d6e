// Budget: the JavaScript a visitor downloads before first paint stays ≤ 300 kB gzip (three.js may load after).
// Method: load the built app, take every script resource whose request started before first-contentful-paint,
// gzip the matching file from the served build (dist/, or E2E_DIST; level 9, as a static host would) and sum. Written
// to e2e-artifacts/initial-js.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const BUDGET_GZIP_BYTES = 300 * 1024;

test('initial JavaScript is within 300 kB gzip', async ({ page }) => {
  await page.goto('/?seed=1');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const entries = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
      .map((e) => ({
        url: new URL(e.name).pathname,
        startMs: Math.round(e.startTime),
        isBeforePaint: e.startTime < fcp,
        fcpMs: Math.round(fcp),
      }));
  });
  const files = entries
    .filter((e) => !/worker/.test(e.url))
    .map((e) => {
      const bytes = readFileSync(`${process.env.E2E_DIST ?? 'dist'}${e.url}`);
      return { ...e, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
  const initial = files.filter((f) => f.isBeforePaint);
  const initialGzipBytes = initial.reduce((a, f) => a + f.gzipBytes, 0);
  writeFileSync(
    'e2e-artifacts/initial-js.json',
    JSON.stringify(
      { initialGzipBytes, budgetGzipBytes: BUDGET_GZIP_BYTES, files, measuredAt: new Date().toISOString() },
      null,
      2,
    ),
  );
  expect(initial.length).toBeGreaterThan(0);
  expect(initialGzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  expect(
    initial.some((f) => /sceneCore|three/i.test(f.url)),
    'three.js loads after first paint',
  ).toBe(false);
});
