// German throughout: with the language menu or ?lang=de no English is left in the visible page or its
// accessible labels: the main screen after a run, Be Eve and the long run with results, the distance plot's
// note on curves it cannot draw, every lesson, the kiosk.
import { LESSON_IDS } from '../src/lessons/lessons';
import { englishLeft } from './englishLeft';
import { expect, test } from './fixtures';

test('switching the language menu to Deutsch leaves no English on the main screen after a run', async ({
  page,
  runBar,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await runBar.pause();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await expect(page).toHaveURL(/[?&]lang=de(&|$)/);
  await page.screenshot({ path: 'e2e-artifacts/i18n-de-main-1920x1080.png', fullPage: true });
  expect(await englishLeft(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'e2e-artifacts/i18n-de-main-390x844.png', fullPage: true });
  expect(await englishLeft(page)).toEqual([]);
});

test('in German, a long run and a Be Eve attack report their results without English', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&lang=de&preset=ideal-classroom');
  const beEve = page.locator('.be-eve');
  await page.getByRole('button', { name: 'Schlüssel stehlen', exact: true }).click();
  await expect(beEve.getByText(/Erwischt/)).toBeVisible({ timeout: 45_000 });
  expect(await englishLeft(page, '.be-eve')).toEqual([]);
  await page.getByRole('button', { name: 'Zurücksetzen', exact: true }).click();
  const longRun = page.getByRole('region', { name: 'Langzeitlauf' });
  await longRun.getByRole('spinbutton', { name: 'Laufdauer' }).fill('1');
  await longRun.getByRole('button', { name: 'Langzeitlauf beginnen' }).click();
  await expect(longRun.getByRole('img', { name: /Stabilisierung an:/ })).toBeVisible({ timeout: 30_000 });
  await expect(longRun.getByText(/Block 1/).first()).toBeVisible({ timeout: 60_000 });
  await longRun.getByRole('button', { name: 'Langzeitlauf stoppen' }).click();
  await expect(longRun.getByRole('status', { name: 'Zustand des Langzeitlaufs' })).toHaveText(/Gestoppt|Fertig/);
  await page.screenshot({ path: 'e2e-artifacts/i18n-de-longrun-beeve-1920x1080.png', fullPage: true });
  expect(await englishLeft(page)).toEqual([]);
});

test('in German, curves the settings do not allow are named as not drawn, with the reason in German', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&lang=de');
  // A quantum dot cannot give a mean photon number of 2: its curve and this link's curve cannot be drawn.
  await page.getByRole('spinbutton', { name: 'Mittlere Photonenzahl, genauer Wert' }).fill('2');
  await page.keyboard.press('Enter');
  const distance = page.locator('figure.plot-wide');
  await expect(distance.locator('.plot-note')).toContainText(
    'Nicht gezeichnet: „Quantenpunkt“ und „Diese Strecke, endliche Blöcke“. ' +
      ('Diese Einstellungen passen nicht zusammen: Mittlere Photonenzahl ' +
        '(meanPhotonNumber) 2 ergibt mit g2(0) 0,0085 keine gültige ' +
        'Photonenzahlverteilung'),
    { timeout: 15_000 },
  );
  await distance.screenshot({ path: 'e2e-artifacts/i18n-de-not-drawn-1920x1080.png' });
  expect(await englishLeft(page, 'figure.plot-wide')).toEqual([]);
});

for (const lessonId of LESSON_IDS) {
  test(`?lang=de shows lesson ${lessonId} in German`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/?seed=1&lang=de&lesson=${lessonId}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByRole('region').first()).toBeVisible();
    expect(await englishLeft(page)).toEqual([]);
  });
}

test('?lang=de shows the kiosk and its attract loop in German', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&lang=de&kiosk=1&idleSeconds=2');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  expect(await englishLeft(page)).toEqual([]);
  // After the idle period the attract loop starts a demo run: its banner and live readouts are German too.
  await expect(page.locator('.attract-title')).toBeVisible({ timeout: 10_000 });
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Z\s*[\d,]+\s*%/ })
      .first(),
  ).toBeVisible({
    timeout: 15_000,
  });
  expect(await englishLeft(page)).toEqual([]);
});
