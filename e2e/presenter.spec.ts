// Presenter view for a projector, measured: after a short run at 1920×1080 every visible piece of body text is
// at least 28 px, every plot text (SVG) and scene label at least 24 px, the 3D scene fills its card and its
// drawing buffer follows the canvas size, and axe finds nothing. On a 390×844 touch phone one step smaller and
// nothing scrolls sideways. Screenshots go to e2e-artifacts/.
import type { Page } from '@playwright/test';
import { axeViolations } from './a11yScan';
import { expect, Plots, RunBar, test } from './fixtures';

interface Sizes {
  bodySmallest: { px: number; text: string }[];
  plotSmallest: { px: number; text: string }[];
  bodyCount: number;
  plotCount: number;
}

/** Computed font sizes of visible text: body text (HTML elements with their own text) and plot/scene text. */
function fontSizes(page: Page): Promise<Sizes> {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 2 &&
        r.height > 2 &&
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
        !el.closest('[hidden], .visually-hidden, .scene-visually-hidden')
      );
    };
    const ownText = (el: Element) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const body: { px: number; text: string }[] = [];
    const plot: { px: number; text: string }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!ownText(el) || !shown(el)) continue;
      const entry = {
        px: size(el),
        text:
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ` +
          `${(el.textContent ?? '').trim().slice(0, 40)}`,
      };
      if (el.closest('svg') || el.classList.contains('scene-label')) plot.push(entry);
      else body.push(entry);
    }
    const smallest = (list: typeof body) => [...list].sort((a, b) => a.px - b.px).slice(0, 5);
    return {
      bodySmallest: smallest(body),
      plotSmallest: smallest(plot),
      bodyCount: body.length,
      plotCount: plot.length,
    };
  });
}

async function shortRun(page: Page): Promise<void> {
  const runBar = new RunBar(page);
  await runBar.start();
  await expect.poll(() => page.locator('circle.block').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await runBar.pause();
  await expect(runBar.status).toHaveText('Paused', { timeout: 20_000 });
  await new Plots(page).settled();
}

test.describe('1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('presenter view: body text ≥ 28 px, plot text ≥ 24 px, the scene fills its card, axe clean', async ({
    page,
  }) => {
    await page.goto('/?seed=1&preset=ideal-classroom');
    // Before: the normal view's small print is below 28 px (the measurement can tell the views apart).
    expect((await fontSizes(page)).bodySmallest[0].px).toBeLessThan(20);
    await page.getByRole('button', { name: 'Presenter view', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', 'on');
    await shortRun(page);
    const sizes = await fontSizes(page);
    expect(sizes.bodyCount).toBeGreaterThan(80);
    expect(sizes.plotCount).toBeGreaterThan(30);
    expect(
      sizes.bodySmallest.filter((s) => s.px < 28),
      'body text under 28 px',
    ).toEqual([]);
    expect(
      sizes.plotSmallest.filter((s) => s.px < 24),
      'plot or scene text under 24 px',
    ).toEqual([]);

    // The scene fills its card: the canvas spans the card's width and a good part of the screen's height,
    // and the drawing worker renders at the canvas's size (its buffer follows the card).
    const canvas = page.locator('.link-scene-canvas');
    await expect(canvas).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    const fit = await canvas.evaluate((c) => {
      const card = c.closest('.link-scene')!.getBoundingClientRect();
      const r = c.getBoundingClientRect();
      return { width: r.width, height: r.height, cardWidth: card.width };
    });
    expect(fit.width).toBeGreaterThan(fit.cardWidth - 4);
    expect(fit.height).toBeGreaterThanOrEqual(0.36 * 1080 - 1);
    await canvas.scrollIntoViewIfNeeded();
    await expect
      .poll(async () =>
        canvas.evaluate(async (c) => {
          const stats = await (
            c as HTMLCanvasElement & { qkdFrameStats: () => Promise<{ bufferPx?: [number, number] }> }
          ).qkdFrameStats();
          return stats.bufferPx?.join('×');
        }),
      )
      .toBe(`${Math.round(fit.width)}×${Math.round(fit.height)}`);
    await page.screenshot({ path: 'e2e-artifacts/presenter-1920x1080.png' });
    expect(await axeViolations(page, 'presenter view after a run')).toEqual([]);
  });
});

test.describe('390×844 touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test(
    'presenter view on a phone: one step smaller (20 px body, 17 px plots), nothing ' + 'scrolls sideways, axe clean',
    async ({ page }) => {
      await page.goto('/?seed=1&preset=ideal-classroom&presenter=1');
      await shortRun(page);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
      const plotPx = await page
        .locator('figure.plot svg text')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(plotPx).toBeGreaterThanOrEqual(17);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: 'e2e-artifacts/presenter-390x844.png', fullPage: true });
      expect(await axeViolations(page, 'presenter view on a phone')).toEqual([]);
    },
  );
});
