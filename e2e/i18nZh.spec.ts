// Simplified Chinese throughout: with the language menu or ?lang=zh no untranslated text is left (every Latin word
// must be a name, unit or symbol: e2e/latinLeft.ts) on the main screen after a run, in Be Eve and the long run,
// the lessons, the kiosk and the network view; the glyphs are drawn by a real CJK font, and no plot or scene label
// overprints another at 1366×768 or on a 390×844 phone. Screenshots go to e2e-artifacts/.
import type { Page } from '@playwright/test';
import { beEveText } from '../src/i18n/text/beeve';
import { controlsText } from '../src/i18n/text/controls';
import { headerText } from '../src/i18n/text/header';
import { kioskText } from '../src/i18n/text/kiosk';
import { lessonPanelText, multiPhotonText, plobText } from '../src/i18n/text/lessonWidgets';
import { lessonText } from '../src/i18n/text/lessons';
import { longRunText } from '../src/i18n/text/longrun';
import { networkText } from '../src/i18n/text/network';
import { optionText, paramText } from '../src/i18n/text/params';
import { runText } from '../src/i18n/text/run';
import { LESSON_IDS } from '../src/lessons/lessons';
import { axeViolations } from './a11yScan';
import { latinLeft } from './latinLeft';
import { expect, Plots, test } from './fixtures';
import { describeOverlaps, overlaps, visibleTextBoxes } from './textBoxes';

const run = runText.zh;

/** No plot text or scene label overprints another (the check e2e/labels.spec.ts makes in English and German). */
async function expectNoOverlaps(page: Page): Promise<void> {
  await new Plots(page).settled();
  const groups = await visibleTextBoxes(page);
  expect(Object.keys(groups).length, 'plot SVGs found').toBeGreaterThanOrEqual(4);
  expect(describeOverlaps(overlaps(groups))).toEqual([]);
}

test('switching the language menu to 简体中文 after a run leaves no untranslated text, at 1366×768 and on a phone', async ({
  page,
  runBar,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await runBar.pause();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('combobox', { name: headerText.zh.language })).toHaveValue('zh');
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  await expect(page.getByRole('button', { name: run.start, exact: true })).toBeVisible();
  await expect(page.getByText(/数据块 \d+ 的最终密钥/)).toBeVisible();
  expect(await latinLeft(page)).toEqual([]);
  await expectNoOverlaps(page);
  await page.screenshot({ path: 'e2e-artifacts/i18n-zh-main-1366x768.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  // Chinese lines break anywhere, but a long unbreakable run (a number with its unit) must not widen the phone page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await latinLeft(page)).toEqual([]);
  await expectNoOverlaps(page);
  await page.screenshot({ path: 'e2e-artifacts/i18n-zh-main-390x844.png', fullPage: true });
});

test('Chinese glyphs are drawn by a real font, not as empty boxes', async ({ page }) => {
  await page.goto('/?seed=1&lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Two different characters in the page's font: without a CJK font both come out as the same .notdef box.
  const glyphs = await page.evaluate(() => {
    const family = getComputedStyle(document.body).fontFamily;
    const draw = (ch: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 48;
      const g = canvas.getContext('2d')!;
      g.font = `32px ${family}`;
      g.fillText(ch, 4, 38);
      return Array.from(g.getImageData(0, 0, 48, 48).data).join(',');
    };
    const [a, b, box] = [draw('量'), draw('子'), draw('\uE000')];
    return { inked: /[1-9]/.test(a), distinct: a !== b, notBox: a !== box && b !== box };
  });
  expect(glyphs).toEqual({ inked: true, distinct: true, notBox: true });
});

test('in Chinese, a Be Eve attack and a long run report their results without untranslated text', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&lang=zh&preset=ideal-classroom');
  const beEve = page.locator('.be-eve');
  await page.getByRole('button', { name: beEveText.zh.steal, exact: true }).click();
  await expect(beEve.getByText(beEveText.zh.caught, { exact: true })).toBeVisible({ timeout: 45_000 });
  await expect(beEve.getByText(/^是（/)).toBeVisible({ timeout: 45_000 });
  expect(await latinLeft(page, '.be-eve')).toEqual([]);
  await page.getByRole('button', { name: run.reset, exact: true }).click();
  const lr = longRunText.zh;
  const longRun = page.getByRole('region', { name: lr.regionName });
  await longRun.getByRole('spinbutton', { name: lr.duration }).fill('1');
  await longRun.getByRole('button', { name: lr.begin }).click();
  await expect(longRun.getByRole('img', { name: new RegExp(`${lr.variantInText.on}：`) })).toBeVisible({
    timeout: 30_000,
  });
  await expect(longRun.getByText(lr.blockName(1)).first()).toBeVisible({ timeout: 60_000 });
  await longRun.getByRole('button', { name: lr.stop }).click();
  await expect(longRun.getByRole('status', { name: lr.stateName })).toHaveText(
    new RegExp(`${lr.status.stopped}|${lr.status.done}`),
  );
  await page.screenshot({ path: 'e2e-artifacts/i18n-zh-longrun-beeve-1920x1080.png', fullPage: true });
  expect(await latinLeft(page)).toEqual([]);
});

for (const lessonId of LESSON_IDS) {
  test(`?lang=zh shows lesson ${lessonId} in Chinese`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?seed=1&lang=zh&lesson=${lessonId}`);
    const n = LESSON_IDS.indexOf(lessonId) + 1;
    await expect(
      page.getByRole('heading', { name: lessonPanelText.zh.heading(n, lessonText(lessonId, 'zh').title) }),
    ).toBeVisible();
    expect(await latinLeft(page)).toEqual([]);
  });
}

test('in Chinese, the lesson exercises speak Chinese once they have data (sifting, decoys, PLOB, Cascade)', async ({
  page,
}) => {
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  await page.goto('/?seed=1&lang=zh&lesson=bb84-photons');
  await button(run.step).click();
  await expect(page.getByRole('group', { name: /^探测 \d+$/ })).toHaveCount(8);
  await button('保留探测 1').click();
  await button('丢弃探测 2').click();
  expect(await latinLeft(page, '.lessons')).toEqual([]);

  await page.goto('/?seed=1&lang=zh&lesson=single-photons');
  await page
    .getByRole('combobox', { name: paramText.zh.decoy.label, exact: true })
    .selectOption({ label: optionText.zh.decoy['vacuum-weak'] });
  await button(run.start).click();
  await expect(
    page.locator('.task-done').filter({ hasText: lessonText('single-photons', 'zh').tasks[1].done }),
  ).toBeVisible({ timeout: 30_000 });
  await button(run.pause).click();
  await expect(page.locator('.lesson-figures')).toContainText(multiPhotonText.zh.aborted);
  expect(await latinLeft(page, '.lessons')).toEqual([]);

  await page.goto('/?seed=1&lang=zh&lesson=how-far');
  await button(run.start).click();
  await expect(page.locator('.lesson-figures')).toContainText(plobText.zh.compared, { timeout: 20_000 });
  await button(run.pause).click();
  expect(await latinLeft(page, '.lessons')).toEqual([]);

  await page.goto('/?seed=1&lang=zh&lesson=raw-to-secret');
  await button(run.start).click();
  await expect(
    page.locator('.task-done').filter({ hasText: lessonText('raw-to-secret', 'zh').tasks[0].done }),
  ).toBeVisible({ timeout: 20_000 });
  await button(run.pause).click();
  const next = button('下一个问题');
  for (let i = 0; i < 20 && (await next.isEnabled()); i++) await next.click();
  await expect(page.getByText(/找到了：Bob 翻转这个比特/)).toBeVisible();
  expect(await latinLeft(page, '.lessons')).toEqual([]);
  await page.locator('.lessons').screenshot({ path: 'e2e-artifacts/i18n-zh-lesson-5-cascade.png' });
});

test('?lang=zh shows the kiosk and its attract loop in Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&lang=zh&kiosk=1&idleSeconds=2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await latinLeft(page)).toEqual([]);
  await expect(page.getByText(/^演示 1\/3：/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText(kioskText.zh.touchToStart)).toBeVisible();
  expect(await latinLeft(page)).toEqual([]);
  await page.screenshot({ path: 'e2e-artifacts/i18n-zh-kiosk-1920x1080.png' });
});

test('in Chinese, the network view (opened from the address) has no untranslated text', async ({ page }) => {
  await page.goto('/?seed=1&preset=qd-timebin-120km&lang=zh#net=chain-cities');
  const net = page.locator('#network');
  await expect(page.getByRole('status', { name: networkText.zh.endToEndRate })).toHaveText(/bit\/s/, {
    timeout: 30_000,
  });
  await net.getByRole('button', { name: networkText.zh.relayButton }).click();
  // Node names ("City A", "node-1") are the network's data (ids a teacher types and the address keeps), and the
  // relayed sample key is hexadecimal: neither is text of the page.
  expect(await latinLeft(page, '#network', /^(City|node|[0-9a-f]{8})$/)).toEqual([]);
});

test('in Chinese, curves the settings do not allow are named as not drawn, with the reason in Chinese', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?seed=1&lang=zh');
  await page
    .getByRole('spinbutton', { name: controlsText.zh.exactValueName(paramText.zh.meanPhotonNumber.label) })
    .fill('2');
  await page.keyboard.press('Enter');
  const distance = page.locator('figure.plot-wide');
  await expect(distance.locator('.plot-note')).toContainText(
    '未绘制：“量子点”和“本链路，有限数据块”。这些设置互不相容：平均光子数（meanPhotonNumber）2 与 g2(0) 0.0085',
    { timeout: 15_000 },
  );
  expect(await latinLeft(page, 'figure.plot-wide')).toEqual([]);
});

test('the Chinese page, with a lesson open, passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?seed=1&lang=zh&lesson=catch-eve');
  await expect(
    page.getByRole('heading', { name: lessonPanelText.zh.heading(2, lessonText('catch-eve', 'zh').title) }),
  ).toBeVisible();
  expect(await axeViolations(page, 'zh, lesson 2')).toEqual([]);
});
