// Accessibility of the main screen. (1) axe-core (WCAG 2.0–2.2 A and AA rules) finds nothing in the light, dark
// and projector colour profiles, at 1920×1080 and 390×844, while a run and a long run go on (whole page) and
// after they stop (the regions that change when they stop): all 12 combinations. (2) Tabbing through the page, every
// stop shows a focus outline. (3) Under prefers-reduced-motion nothing animates, and the polite summaries (scene,
// plots) change at most every few seconds during a run. Lessons, kiosk and panels: a11yLessons/a11yPanels.spec.ts.
import { expect, test } from './fixtures';
import { axeInEveryProfile, printScans } from './a11yScan';

const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
const AFTER_RUN_REGIONS = ['section.stage', '.side', '.bit-strip', 'section.distill', 'section.long-run'];

test.afterAll(() => printScans('a11y'));

test('axe finds no WCAG A/AA violation on the main screen: 3 profiles × 2 sizes × during and after a run', async ({
  runBar,
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto('/?seed=1&preset=ideal-classroom&colorProfile=dark');
  await expect(page.locator('html')).toHaveAttribute('data-color-profile', 'dark');
  const longRun = page.getByRole('region', { name: 'Long run' });
  await longRun.getByRole('spinbutton', { name: 'Run duration' }).fill('1');
  // One long run, not the comparison pair: half the worker load while axe runs (a11yPanels scans both plots).
  await longRun.getByRole('checkbox', { name: 'Compare with stabilisation off' }).uncheck();
  const speed = runBar.speed;
  await speed.selectOption({ label: 'As fast as possible' });
  await runBar.start();
  await longRun.getByRole('button', { name: 'Begin long run' }).click();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await expect(longRun.getByRole('img', { name: /stabilisation on:/ })).toBeVisible({ timeout: 20_000 });
  // Still running, at ×1 so the scans do not compete with a flood of batches for the main thread.
  await speed.selectOption('x1');
  const found: string[] = [];
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    found.push(...(await axeInEveryProfile(page, `during, ${size.width}×${size.height}`)));
  }
  await expect(runBar.status).toHaveText('Running');
  await expect(longRun.getByRole('status', { name: 'Long run state' })).toHaveText('Running');
  await longRun.getByRole('button', { name: 'Stop long run' }).click();
  await runBar.pause();
  await expect(longRun.getByRole('status', { name: 'Long run state' })).not.toHaveText('Running');
  await expect(runBar.status).not.toHaveText('Running');
  // After the stop only the run bar, readouts, bit strip, distillation and long-run panels differ from the
  // whole-page scans above (buttons enabled or not, status texts, final figures): a whole-page scan again
  // would take three times as long and check the same plots, menus and parameter panel a second time.
  for (const size of [...VIEWPORTS].reverse()) {
    await page.setViewportSize(size);
    found.push(...(await axeInEveryProfile(page, `after, ${size.width}×${size.height}`, AFTER_RUN_REGIONS)));
  }
  expect(found).toEqual([]);
});

test('every keyboard stop shows a visible focus outline', async ({ page }) => {
  await page.goto('/?seed=1&colorProfile=light');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  const seen: string[] = [];
  const unmarked: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
      const name = `${el.tagName.toLowerCase()} "${label}"`;
      const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const hasRing = style.boxShadow !== 'none';
      const rect = el.getBoundingClientRect();
      return { name, isMarked: hasOutline || hasRing, isOnScreen: rect.width > 0 && rect.height > 0 };
    });
    if (!stop) break;
    seen.push(stop.name);
    if (!stop.isMarked || !stop.isOnScreen) unmarked.push(stop.name);
  }
  expect(seen.length, 'keyboard stops reached').toBeGreaterThan(15);
  expect(unmarked, `stops without a visible focus outline, of: ${seen.join(', ')}`).toEqual([]);
});

test('reduced motion: nothing animates, and the polite summaries change at most every few seconds', async ({
  runBar,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?seed=1&preset=ideal-classroom');
  await page.evaluate(() => {
    const w = window as unknown as { politeChanges: { region: string; ms: number; text: string }[] };
    w.politeChanges = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(
          '[aria-live="polite"]',
        );
        if (region)
          w.politeChanges.push({
            region:
              `${region.closest('figure')?.querySelector('h3')?.textContent ?? ''} ` +
              `${region.id || region.getAttribute('aria-label') || region.className}`,
            ms: performance.now(),
            text: region.textContent ?? '',
          });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await runBar.start();
  // Watch until some summary has spoken three times (two gaps to measure); the scene's and the plots' do so
  // every 2 s or more, so this takes several seconds of the run.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const w = window as unknown as { politeChanges: { region: string; ms: number }[] };
          const moments = new Map<string, number[]>();
          for (const c of w.politeChanges) {
            const times = moments.get(c.region) ?? [];
            if (times.length === 0 || c.ms - times[times.length - 1] > 100) times.push(c.ms);
            moments.set(c.region, times);
          }
          return Math.max(0, ...[...moments.values()].map((t) => t.length));
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(3);
  const running = await page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => (a.effect as KeyframeEffect | null)?.target?.className ?? '?'),
  );
  expect(running, 'running CSS animations under reduced motion').toEqual([]);
  await expect(page.getByRole('region', { name: 'Link scene' }).getByRole('img', { name: /3D view/ })).toHaveCount(0);
  const changes = await page.evaluate(
    () => (window as unknown as { politeChanges: { region: string; ms: number; text: string }[] }).politeChanges,
  );
  expect(changes.length, 'the summaries spoke during the run').toBeGreaterThan(0);
  const byRegion = new Map<string, number[]>();
  for (const c of changes) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.ms]);
  for (const [region, times] of byRegion) {
    // One update can touch several text nodes in one task: count distinct moments more than 100 ms apart.
    const moments = times.filter((t, i) => i === 0 || t - times[i - 1] > 100);
    const gaps = moments.slice(1).map((t, i) => t - moments[i]);
    expect(
      Math.min(...gaps, Infinity),
      `shortest gap between updates of "${region}": ${changes
        .filter((c) => c.region === region)
        .map((c) => `${Math.round(c.ms)} ${c.text}`)
        .join(' / ')}`,
    ).toBeGreaterThanOrEqual(1900);
  }
});
