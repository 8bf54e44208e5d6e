// Export and re-import of recorded results. (1) A one-hour long run (stabilisation on and off) saves a CSV with a
// row per minute and run and a JSON with link, seed, series and blocks (download events); after a reload,
// "Import run" shows it again in the long-run panel: its plots, totals and block lists, marked "Imported run"
// with the file's seed and date, until a new long run. (2) The same for a normal run: its series, blocks and readouts.
import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { axeViolations } from './a11yScan';
import { expect, readCount, readout, test } from './fixtures';
import { describeOverlaps, overlaps, visibleTextBoxes } from './textBoxes';

const panel = (page: Page) => page.getByRole('region', { name: 'Long run' });

async function download(
  page: Page,
  scope: ReturnType<Page['locator']> | Page,
  buttonName: string,
): Promise<{ name: string; text: string }> {
  const [file] = (await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: buttonName, exact: true }).click(),
  ])) as [Download, void];
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString('utf8') };
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import run', exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The long-run plot's text alternative (its aria-describedby summary). */
const summaryOf = (page: Page, variant: 'on' | 'off') =>
  panel(page)
    .getByRole('img', { name: new RegExp(`stabilisation ${variant}:`) })
    .evaluate(
      (el) => document.getElementById((el.getAttribute('aria-describedby') ?? '').split(' ')[0])?.textContent ?? '',
    );

test('a long run exports CSV and JSON, and the JSON re-imports with its series and blocks, marked imported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?preset=qd-timebin-120km&seed=3');
  await panel(page).getByRole('spinbutton', { name: 'Run duration' }).fill('1');
  await panel(page).getByRole('button', { name: 'Begin long run' }).click();
  await expect(panel(page).getByRole('status', { name: 'Long run state' })).toHaveText('Done', { timeout: 60_000 });

  const csv = await download(page, panel(page), 'Export long run as CSV');
  expect(csv.name).toBe('qkd-lab-long-run-seed3.csv');
  const [header, ...rows] = csv.text.trim().split(/\r?\n/);
  expect(header).toBe('stabilisation,minute,simulatedTimeS,qberZ,qberX,cumulativeSecretBits,misalignmentRad');
  expect(rows.filter((r) => r.startsWith('on,'))).toHaveLength(60);
  expect(rows.filter((r) => r.startsWith('off,'))).toHaveLength(60);
  expect(rows[59].split(',').slice(0, 3)).toEqual(['on', '60', '3600']);

  const json = await download(page, panel(page), 'Export long run as JSON');
  const doc = JSON.parse(json.text) as {
    format: string;
    seed: number;
    durationS: number;
    params: { drift: string };
    runs: { stabilisation: string; secretBits: number; series: { tSeconds: number[] }; blocks: unknown[] }[];
  };
  expect(doc.format).toBe('qkd-lab-long-run');
  expect(doc.seed).toBe(3);
  expect(doc.durationS).toBe(3600);
  expect(doc.params.drift).toBe('on');
  expect(doc.runs.map((r) => r.stabilisation)).toEqual(['on', 'off']);
  expect(doc.runs[0].series.tSeconds).toHaveLength(60);
  const blocksOn = doc.runs[0].blocks.length;
  expect(blocksOn).toBeGreaterThan(0);
  // The plot summary speaks at most every 2 s: wait until it tells the whole hour and the partial block distilled
  // at the end (an hour at 120 km fills no whole 2·10⁶-bit block).
  await expect.poll(() => summaryOf(page, 'on'), { timeout: 10_000 }).toContain('60 one-minute points');
  await expect.poll(() => summaryOf(page, 'on'), { timeout: 10_000 }).toMatch(/remainder (kept|aborted)/);
  const summaryBefore = await summaryOf(page, 'on');

  // A fresh page knows nothing of the run; the file brings it back, marked as imported.
  await page.goto('/?preset=ideal-classroom&seed=9');
  await expect(panel(page).getByText('No long run yet', { exact: false })).toBeVisible();
  await importFile(page, 'long.json', json.text);
  await expect(
    page.getByRole('status').filter({ hasText: 'Loaded long.json: the long run with seed 3' }),
  ).toBeVisible();
  const badge = panel(page).locator('.imported-badge');
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('Imported run');
  await expect(badge).toContainText('seed 3');
  await expect(badge).toContainText(String(new Date().getUTCFullYear()));
  await expect(panel(page).getByRole('status', { name: 'Long run state' })).toHaveText('Done');
  await expect.poll(() => summaryOf(page, 'on'), { timeout: 5000 }).toBe(summaryBefore);
  await expect(panel(page).getByRole('list', { name: 'Blocks, stabilisation on' }).getByRole('listitem')).toHaveCount(
    Math.min(40, blocksOn),
  );
  await expect(panel(page).getByRole('list', { name: 'Blocks, stabilisation off' }).getByRole('listitem')).toHaveCount(
    Math.min(40, doc.runs[1].blocks.length),
  );
  expect(describeOverlaps(overlaps(await visibleTextBoxes(page)))).toEqual([]); // the long-run plots' labels too
  await panel(page)
    .locator('figure.plot')
    .first()
    .screenshot({ path: 'e2e-artifacts/long-run-imported-plot-1366x768.png' });
  await panel(page)
    .locator('.long-run-export')
    .screenshot({ path: 'e2e-artifacts/long-run-imported-badge-1366x768.png' });
  await page.screenshot({ path: 'e2e-artifacts/long-run-imported-1366x768.png', fullPage: true });
  expect(await axeViolations(page, 'imported long run')).toEqual([]);

  // A new long run ends the imported view (Reset in the run bar does too, while the page's own run is open).
  await panel(page).getByRole('button', { name: 'Begin long run' }).click();
  await expect(badge).toHaveCount(0);
  await panel(page).getByRole('button', { name: 'Stop long run' }).click();
});

test('a normal run re-imports with its series and blocks, marked imported until Start', async ({
  page,
  runBar,
  plots,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?seed=5&preset=ideal-classroom');
  await runBar.start();
  await expect.poll(() => plots.blockMarkers.count(), { timeout: 30_000 }).toBeGreaterThan(1);
  await runBar.pauseAndSettle(readout(page, 'Simulated time'));
  const detections = await readCount(readout(page, 'Detections'));

  const csv = await download(page, page, 'Export run as CSV');
  expect(csv.text.trim().split(/\r?\n/).length).toBeGreaterThan(2);
  const json = await download(page, page, 'Export run as JSON');
  const doc = JSON.parse(json.text) as {
    totals: { detections: number };
    blockReports: unknown[];
    series: { tEnd: number[] };
  };
  expect(doc.totals.detections).toBe(detections);
  expect(doc.series.tEnd.length).toBeGreaterThan(2);
  const blocks = doc.blockReports.length;
  expect(blocks).toBeGreaterThan(1);

  await page.goto('/?seed=11&preset=ideal-classroom');
  await expect(page.locator('figure.plot .imported-badge')).toHaveCount(0);
  await importFile(page, 'run.json', json.text);
  await expect(page.getByRole('status').filter({ hasText: 'Its recorded results are shown' })).toBeVisible();
  const { qber, keyRate } = plots;
  await expect(qber.locator('.imported-badge')).toContainText('Imported run');
  await expect(qber.locator('.imported-badge')).toContainText('seed 5');
  await expect.poll(() => qber.locator('path.line.series-z').getAttribute('d')).toContain('L');
  await expect(keyRate.locator('circle.block')).toHaveCount(blocks);
  await expect.poll(() => readCount(readout(page, 'Detections'))).toBe(detections);
  await qber.screenshot({ path: 'e2e-artifacts/run-imported-qber-1366x768.png' });
  await page.screenshot({ path: 'e2e-artifacts/run-imported-1366x768.png', fullPage: true });
  expect(await axeViolations(page, 'imported run')).toEqual([]);

  // Start begins a new run: the imported results and their mark go.
  await runBar.start();
  await expect(page.locator('figure.plot .imported-badge')).toHaveCount(0);
  await runBar.pause();
});
