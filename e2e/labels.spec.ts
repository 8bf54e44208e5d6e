// No two text labels overprint: after a short run (so the plots have data), the bounding boxes of every
// visible <text> in each plot SVG and of the 3D scene's labels are pairwise disjoint, and no scene label is
// cut at the canvas edge — at 1920×1080 in presenter view, at 1366×768 and on a 390×844 touch phone, in
// English, German and Chinese. The helper is e2e/textBoxes.ts. Screenshots go to e2e-artifacts/.
import type { Page } from '@playwright/test';
import { expect, Plots, test } from './fixtures';
import { describeOverlaps, overlaps, sceneLabelsOutside, visibleTextBoxes } from './textBoxes';

const WORDS = {
  en: { start: 'Start', pause: 'Pause', status: 'Run status', paused: 'Paused' },
  de: { start: 'Starten', pause: 'Pausieren', status: 'Laufstatus', paused: 'Pausiert' },
  zh: { start: '开始', pause: '暂停', status: '运行状态', paused: '已暂停' },
} as const;

/** Opens the page, runs a few seconds of the classroom link, pauses, and waits for the scene's labels. */
async function shortRun(page: Page, lang: keyof typeof WORDS, presenter: boolean, extra = ''): Promise<void> {
  const w = WORDS[lang];
  await page.goto(`/?seed=1&preset=ideal-classroom&lang=${lang}${presenter ? '&presenter=1' : ''}${extra}`);
  await page.getByRole('button', { name: w.start, exact: true }).click();
  // Enough for several time bins and a distilled block (the classroom link fills a block in ~1 s).
  await expect.poll(() => page.locator('circle.block').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: w.pause, exact: true }).click();
  await expect(page.getByRole('status', { name: w.status, exact: true })).toHaveText(w.paused, { timeout: 20_000 });
  await expect(page.locator('.link-scene-canvas[data-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('.scene-label').first()).toBeAttached();
  await new Plots(page).settled(); // the plots redraw at most every 150 ms
  for (const name of ['QBER', 'Key rate']) {
    // The plots have data: the QBER and key-rate lines are drawn, not the empty message.
    expect(await page.locator('figure.plot path.line').count(), name).toBeGreaterThan(1);
  }
}

const SIZES = [
  { name: 'presenter-1920x1080', viewport: { width: 1920, height: 1080 }, presenter: true, touch: false },
  { name: '1366x768', viewport: { width: 1366, height: 768 }, presenter: false, touch: false },
  { name: 'phone-390x844', viewport: { width: 390, height: 844 }, presenter: false, touch: true },
] as const;

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });
    for (const lang of ['en', 'de', 'zh'] as const) {
      test(`no overlapping labels in the plots or over the scene (${lang})`, async ({ page }) => {
        await shortRun(page, lang, size.presenter);
        const groups = await visibleTextBoxes(page);
        const plots = Object.keys(groups).filter((k) => k !== 'scene labels');
        expect(plots.length, 'plot SVGs found').toBeGreaterThanOrEqual(4);
        expect(groups['scene labels']?.length ?? 0, 'scene labels shown').toBeGreaterThanOrEqual(4);
        const texts = plots.reduce((n, k) => n + groups[k].length, 0);
        expect(texts, 'plot texts measured').toBeGreaterThan(30);
        expect(describeOverlaps(overlaps(groups))).toEqual([]);
        expect(await sceneLabelsOutside(page)).toEqual([]);
        await page.screenshot({ path: `e2e-artifacts/labels-${size.name}-${lang}.png`, fullPage: true });
      });
    }
  });
}

test.describe('projector colours at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });
  test("the projector profile's larger plot text keeps its labels apart too", async ({ page }) => {
    await shortRun(page, 'en', false, '&colorProfile=projector');
    const groups = await visibleTextBoxes(page);
    expect(Object.keys(groups).length).toBeGreaterThanOrEqual(5);
    expect(describeOverlaps(overlaps(groups))).toEqual([]);
    expect(await sceneLabelsOutside(page)).toEqual([]);
  });
});
