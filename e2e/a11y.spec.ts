// Accessibility of the main screen. (1) axe-core (WCAG 2.0–2.2 A and AA rules) finds nothing in the light, dark
// and projector colour profiles while a run and a long run go on (at 1920×1080) and after they stop (at 390×844),
// with the plots and the long-run panel drawn. (2) Tabbing through the page, every stop shows a focus outline.
// (3) Under prefers-reduced-motion nothing animates, and the polite summaries (scene, plots) change at most
// every few seconds during a run. (4) A lesson and the kiosk attract loop pass axe too.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PROFILES = [{ id: 'light', label: 'Light' }, { id: 'dark', label: 'Dark' }, { id: 'projector', label: 'Projector' }] as const;
const VIEWPORTS = [{ width: 1920, height: 1080 }, { width: 390, height: 844 }];

async function axeViolations(page: Page, label: string): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
  expect(passes.length, 'axe ran its rules').toBeGreaterThan(10);
  return violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`).join(' | ')}`);
}

/** axe in every colour profile (chosen in the page's menu) at one viewport size. */
async function axeInEveryProfile(page: Page, phase: string, size: { width: number; height: number }): Promise<string[]> {
  const found: string[] = [];
  await page.setViewportSize(size);
  for (const profile of PROFILES) {
    await page.getByRole('combobox', { name: 'Colours' }).selectOption({ label: profile.label });
    await expect(page.locator('html')).toHaveAttribute('data-color-profile', profile.id);
    found.push(...await axeViolations(page, `${phase}, ${profile.id}, ${size.width}×${size.height}`));
  }
  return found;
}

test('axe finds no WCAG A/AA violation in the light, dark and projector profiles, during and after a run', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto('/?seed=1&preset=ideal-classroom&colorProfile=dark');
  await expect(page.locator('html')).toHaveAttribute('data-color-profile', 'dark');
  const longRun = page.getByRole('region', { name: 'Long run' });
  await longRun.getByRole('spinbutton', { name: 'Run duration' }).fill('1');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'As fast as possible' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await longRun.getByRole('button', { name: 'Begin long run' }).click();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await expect(longRun.getByRole('img', { name: /stabilisation on:/ })).toBeVisible({ timeout: 20_000 });
  // Each profile at both sizes and in both phases, in 6 scans instead of 12 (the suite's time budget):
  // during the run at 1920×1080, after it at 390×844.
  const found = await axeInEveryProfile(page, 'during', VIEWPORTS[0]);
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).toHaveText('Running');
  await longRun.getByRole('button', { name: 'Stop long run' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(longRun.getByRole('status', { name: 'Long run state' })).not.toHaveText('Running');
  await expect(page.getByRole('status', { name: 'Run status', exact: true })).not.toHaveText('Running');
  found.push(...await axeInEveryProfile(page, 'after', VIEWPORTS[1]));
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
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
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

test('reduced motion: nothing animates, and the polite summaries change at most every few seconds', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?seed=1&preset=ideal-classroom');
  await page.evaluate(() => {
    const w = window as unknown as { politeChanges: { region: string; ms: number; text: string }[] };
    w.politeChanges = [];
    new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live="polite"]');
        if (region) w.politeChanges.push({ region: `${region.closest('figure')?.querySelector('h3')?.textContent ?? ''} ${region.id || region.getAttribute('aria-label') || region.className}`, ms: performance.now(), text: region.textContent ?? '' });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForTimeout(6000);
  const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => (a.effect as KeyframeEffect | null)?.target?.className ?? '?'));
  expect(running, 'running CSS animations under reduced motion').toEqual([]);
  await expect(page.getByRole('region', { name: 'Link scene' }).getByRole('img', { name: /3D view/ })).toHaveCount(0);
  const changes = await page.evaluate(() => (window as unknown as { politeChanges: { region: string; ms: number; text: string }[] }).politeChanges);
  expect(changes.length, 'the summaries spoke during the run').toBeGreaterThan(0);
  const byRegion = new Map<string, number[]>();
  for (const c of changes) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.ms]);
  for (const [region, times] of byRegion) {
    // One update can touch several text nodes in one task: count distinct moments more than 100 ms apart.
    const moments = times.filter((t, i) => i === 0 || t - times[i - 1] > 100);
    const gaps = moments.slice(1).map((t, i) => t - moments[i]);
    expect(Math.min(...gaps, Infinity), `shortest gap between updates of "${region}": ${changes.filter((c) => c.region === region).map((c) => `${Math.round(c.ms)} ${c.text}`).join(' / ')}`).toBeGreaterThanOrEqual(1900);
  }
});

test('axe finds no WCAG A/AA violation on a lesson and in the kiosk attract loop', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(VIEWPORTS[0]);
  const found: string[] = [];
  await page.setViewportSize(VIEWPORTS[1]);
  await page.goto('/?seed=1&lesson=catch-eve&colorProfile=light');
  await expect(page.getByRole('heading', { name: 'QKD Lab' }).first()).toBeVisible();
  found.push(...await axeViolations(page, 'lesson catch-eve, light, 390×844'));
  await page.setViewportSize(VIEWPORTS[0]);
  await page.goto('/?seed=1&kiosk=1&idleSeconds=2&colorProfile=projector');
  await expect(page.locator('.attract')).toBeVisible({ timeout: 15_000 });
  found.push(...await axeViolations(page, 'kiosk attract, projector, 1920×1080'));
  expect(found).toEqual([]);
});
