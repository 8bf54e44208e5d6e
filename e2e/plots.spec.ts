// The plots as a keyboard and screen-reader user meets them: each is an image with a name and a text
// summary of its data; the time plot and the distance plot are focusable and arrow keys read values out.
// A run only milliseconds long has a time axis in ms, as the simulated-time readout says, in English and German;
// the one time bin of a single Step is drawn as a dot (a line needs two), and its hover readout still works;
// Eve placed beyond the fiber leaves the distance curves drawn, and Start says (in German too) why it cannot start.
import { expect, readout, test } from './fixtures';

test('plots have names, text summaries and keyboard readouts', async ({ page, runBar, plots }) => {
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByText(/Final key of block/)).toBeVisible({ timeout: 45_000 });
  await runBar.pause();

  const qber = plots.qberChart;
  await expect(qber).toHaveAccessibleDescription(/QBER over .* simulated time: Z basis [\d.]+ %/, { timeout: 10_000 });
  await qber.focus();
  await page.keyboard.press('End');
  // The interval is written in the time axis's unit: "4.2–4.25 s", "1.2–1.25 ms".
  await expect(page.getByText(/^[\d.]+–[\d.]+ (ns|µs|ms|s): QBER Z [\d.]+ % of/)).toBeVisible();

  const distance = plots.distanceChart;
  await expect(distance).toHaveAccessibleDescription(
    /At 5 km: quantum dot .* This run at 5 km: [\d.]+ ± [\d.]+ bits per pulse/,
    { timeout: 10_000 },
  );
  await distance.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText(/^0 km: PLOB bound/)).toBeVisible();

  await expect(plots.funnelChart).toHaveAccessibleDescription(/Funnel over \d+ distilled block/);
  await expect(page.getByRole('table')).toContainText('Eve');
});

test(
  'a run a few milliseconds long gets a time axis in ms, like the simulated-time ' + 'readout, in English and German',
  async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const lang of ['en', 'de'] as const) {
      await page.goto(`/?seed=1&preset=ideal-classroom&lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Step' : 'Schritt', exact: true }).click();
      const clock = readout(page, lang === 'en' ? 'Simulated time' : 'Simulierte Zeit');
      await expect(clock).toHaveText(/^[\d.,]+ ms$/, { timeout: 20_000 });
      const plot = page
        .locator('figure')
        .filter({ has: page.getByRole('img', { name: /QBER (of the Z and X bases|der Z- und der X-Basis)/ }) });
      const axis = plot.locator('.axis-label').first();
      await expect(axis).toHaveText(lang === 'en' ? 'Simulated time (ms)' : 'Simulierte Zeit (ms)');
      // The last tick is at most the run's length in ms; German ticks carry a decimal comma, never a point.
      const ticks = await plot.locator('.axis-x .tick text').allTextContents();
      const clockMs = Number((await clock.textContent())!.replace(' ms', '').replace(',', '.'));
      expect(ticks.length).toBeGreaterThan(1);
      expect(Number(ticks[ticks.length - 1].replace(',', '.'))).toBeLessThanOrEqual(clockMs);
      if (lang === 'de') expect(ticks.join(' ')).not.toMatch(/\d\.\d/);
      // The hover readout names its interval in the same unit.
      await plot.getByRole('img').focus();
      await page.keyboard.press('End');
      await expect(
        plot.getByText(lang === 'en' ? /^[\d.]+–[\d.]+ ms: QBER Z/ : /^[\d,]+–[\d,]+ ms: QBER Z/),
      ).toBeVisible();
      await plot.screenshot({ path: `e2e-artifacts/short-run-qber-${lang}-1920x1080.png` });
      await page.screenshot({ path: `e2e-artifacts/short-run-page-${lang}-1920x1080.png` });
    }
  },
);

test(
  'one Step draws its single time bin as dots in the QBER and key-rate plots, and ' + 'the readout still reads it',
  async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const lang of ['en', 'de'] as const) {
      await page.goto(`/?seed=1&preset=ideal-classroom&lang=${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Step' : 'Schritt', exact: true }).click();
      await expect(
        page.getByRole('status', { name: lang === 'en' ? 'Run status' : 'Laufstatus', exact: true }),
      ).toHaveText(lang === 'en' ? 'Paused' : 'Pausiert', { timeout: 20_000 });
      const qber = page
        .locator('figure')
        .filter({ has: page.getByRole('img', { name: /QBER (of the Z and X bases|der Z- und der X-Basis)/ }) });
      const keyRate = page.locator('figure').filter({
        has: page.getByRole('img', { name: /(sifted key rate per interval|gesiebte Schlüsselrate je Intervall)/ }),
      });
      // One bin: each line is a lone "M" with nothing to join, so each series shows a dot (QBER: with its whisker).
      for (const cls of ['series-z', 'series-x']) {
        await expect(qber.locator(`circle.point.${cls}`)).toHaveCount(1);
        await expect(qber.locator(`line.whisker.${cls}`)).toHaveCount(1);
        expect(await qber.locator(`path.line.${cls}`).getAttribute('d')).not.toContain('L');
      }
      await expect(keyRate.locator('circle.point.series-sifted')).toHaveCount(1);
      const dot = await qber.locator('circle.point.series-z').boundingBox();
      expect(dot && dot.width).toBeGreaterThan(6); // visible, not a zero-size marker
      // The hover readout (keyboard and pointer) reads the one bin.
      await qber.getByRole('img').focus();
      await page.keyboard.press('End');
      await expect(
        qber.getByText(
          lang === 'en' ? /^[\d.]+–[\d.]+ ms: QBER Z [\d.]+\s% of/ : /^[\d,]+–[\d,]+ ms: QBER Z [\d,]+\s% von/,
        ),
      ).toBeVisible();
      await page.keyboard.press('Escape');
      await keyRate.locator('svg').hover({ position: { x: 200, y: 100 } });
      await expect(
        keyRate.getByText(
          lang === 'en'
            ? /^[\d.]+–[\d.]+ ms: sifted key rate [\d.]+ /
            : /^[\d,]+–[\d,]+ ms: gesiebte Schlüsselrate [\d,]+ /,
        ),
      ).toBeVisible();
      await qber.screenshot({ path: `e2e-artifacts/single-step-qber-${lang}-1920x1080.png` });
      await keyRate.screenshot({ path: `e2e-artifacts/single-step-key-rate-${lang}-1920x1080.png` });
    }
  },
);

test('Eve beyond the end of the fiber: the distance curves still draw, and Start says why it cannot start', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?seed=1&lang=de&eve=intercept-resend&interceptFraction=0.5&evePositionKm=40&fiberLengthKm=50');
  const eve = page.getByRole('spinbutton', { name: 'Eves Position, genauer Wert' });
  await eve.fill('80');
  await eve.press('Enter');
  await expect(page.getByRole('slider', { name: 'Eves Position' })).toHaveAttribute('aria-valuetext', /^80 km/);
  const distance = page
    .locator('figure')
    .filter({ has: page.getByRole('img', { name: /Schlüsselbits pro Puls über der Faserlänge/ }) });
  await expect(distance.locator('path.line')).toHaveCount(5, { timeout: 15_000 });
  await expect(distance).not.toContainText('Nicht gezeichnet');
  await page.getByRole('button', { name: 'Starten', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Start nicht möglich' })).toHaveText(
    'Start nicht möglich: Eves Position (evePositionKm) 80 km liegt hinter dem Ende ' +
      'der 50 km langen Faser; erwartet wird eine Zahl von 0 bis 50 km',
  );
  // Shortening the fiber past Eve brings her to its end: the link is whole again and a run starts.
  const fiber = page.getByRole('spinbutton', { name: 'Faserlänge, genauer Wert' });
  await eve.fill('45');
  await eve.press('Enter');
  await fiber.fill('30');
  await fiber.press('Enter');
  await expect(page.getByRole('slider', { name: 'Eves Position' })).toHaveAttribute('aria-valuetext', /^30 km/);
  await page.getByRole('button', { name: 'Zurücksetzen', exact: true }).click();
  await page.getByRole('button', { name: 'Schritt', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Laufstatus', exact: true })).toHaveText('Pausiert', {
    timeout: 20_000,
  });
  // Moving Eve past the end during a session: the panel says so, and that the session keeps the last valid link.
  await eve.fill('60');
  await eve.press('Enter');
  const clash = page.getByRole('region', { name: 'Deine Strecke' }).getByRole('alert');
  await expect(clash).toContainText('Eves Position (evePositionKm) 60 km liegt hinter dem Ende der 30 km langen Faser');
  await expect(clash).toContainText('Die laufende Simulation behält die letzten zueinander passenden Einstellungen');
  await eve.fill('20');
  await eve.press('Enter');
  await expect(clash).toHaveCount(0);
});
