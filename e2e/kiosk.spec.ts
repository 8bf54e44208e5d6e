// The kiosk (?kiosk=1) at 1920×1080 on a touch screen: 200 seeded random touches anywhere, then idle brings
// back exactly a fresh load (link, view, language, readouts, URL); no file dialog ever opens; every target is
// at least 44 px; the default link makes its first key within 10 s; the detector-click sound is off until pressed.
// Screenshot to e2e-artifacts/first-minute/ with UPDATE_SCREENSHOTS=1 (else the test output).
import { expect, readout, RunBar, test, untilSteady, type Page } from './fixtures';

const IDLE_S = 6;
const URL_ = `/?kiosk=1&seed=1&idleSeconds=${IDLE_S}`;

/** Everything a visitor can see or change, read from the page: the state a fresh load must match. */
async function pageState(page: Page) {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((el) => {
      const label = el.id
        ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '')
        : (el.getAttribute('aria-label') ?? '');
      return `${label}=${el.value}${el.disabled ? ' (disabled)' : ''}`;
    });
    const pressed = [...document.querySelectorAll('[aria-pressed], [aria-expanded]')].map(
      (el) =>
        `${el.textContent?.trim() ?? ''}:` +
        `${el.getAttribute('aria-pressed') ?? ''}${el.getAttribute('aria-expanded') ?? ''}`,
    );
    const statuses = [...document.querySelectorAll('[role="status"]')]
      .filter((el) => !el.closest('.scene-visually-hidden'))
      .map((el) => el.textContent ?? '');
    return {
      url: location.pathname + location.search,
      lang: document.documentElement.lang,
      presenter: document.documentElement.dataset.presenter ?? 'off',
      scrollY: window.scrollY,
      controls,
      pressed,
      statuses,
      cta: document.querySelector('.kiosk-cta')?.textContent ?? '',
      dialogs: document.querySelectorAll('dialog[open]').length,
      sceneMode: document.querySelector('.link-scene')?.getAttribute('data-mode') ?? '',
      texts: [...document.querySelectorAll('.term-text:not([hidden])')].length,
    };
  });
}

/** xorshift32: the touches are random but the same every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

test('200 random touches, then idle: the kiosk is exactly a fresh load, and no file dialog opens', async ({
  page,
  controls,
  runBar,
}) => {
  test.setTimeout(180_000);
  let fileChoosers = 0;
  page.on('filechooser', () => {
    fileChoosers++;
  });
  await page.goto(URL_);
  await expect(runBar.startButton).toBeVisible();
  // The URL sync writes the link once and the scene loads after first paint: a second without change is the start.
  const fresh = await untilSteady(() => pageState(page), { quietMs: 1000 });
  expect(fresh.url).toContain('preset=');

  const next = rng(20261207);
  for (let i = 0; i < 200; i++) {
    await page.touchscreen.tap(Math.floor(next() * 1920), Math.floor(next() * 1080));
    // A touch now and then on Start and on the controls, so the run and the link really change.
    if (i % 40 === 0) await runBar.startButton.tap().catch(() => undefined);
    if (i === 100) await controls.eavesdropper.selectOption('intercept-resend');
    if (i === 120) await page.getByRole('button', { name: 'Deutsch' }).tap();
  }
  const touched = await pageState(page);
  expect(touched, 'the touches changed the page').not.toEqual(fresh);

  // Idle: back at the start (the attract loop waits for a second idle period).
  await expect
    .poll(async () => JSON.stringify(await pageState(page)), { timeout: (IDLE_S + 6) * 1000, intervals: [500] })
    .toBe(JSON.stringify(fresh));
  await expect(page.locator('.attract')).toHaveCount(0);
  await expect(readout(page, 'Secret key rate')).toHaveText('—');
  expect(fileChoosers, 'file dialogs opened').toBe(0);

  // A fresh load of the same address reads the same.
  const other = await page.context().newPage();
  await other.goto(URL_);
  await expect(new RunBar(other).startButton).toBeVisible();
  expect(await untilSteady(() => pageState(other), { quietMs: 1000 })).toEqual(fresh);
  await other.close();
});

test('the kiosk has no researcher plumbing and every target is at least 44 px', async ({ page, runBar }) => {
  await page.goto(URL_);
  await expect(runBar.startButton).toBeVisible();
  expect(await page.evaluate(() => window.matchMedia('(pointer: coarse)').matches)).toBe(true);
  for (const name of ['Seed', 'Colours', 'Preset'])
    await expect(
      page.getByRole('combobox', { name, exact: true }).or(page.getByLabel(name, { exact: true })),
    ).toHaveCount(0);
  for (const name of ['Presenter view', 'Import run', 'Copy link', 'Keyboard help'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, input, a[href], summary, [role="button"], [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.width < 44 || box.height < 44))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} ` +
          `"${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}" ` +
          `${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
  expect(small).toEqual([]);
});

test('the kiosk makes its first key within 10 s of Start; detector clicks are off until pressed', async ({
  runBar,
  page,
}, testInfo) => {
  await page.goto(URL_);
  const sound = page.getByRole('button', { name: 'Detector clicks' });
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  const start = runBar.startButton;
  const t0 = Date.now();
  await start.tap();
  await expect
    .poll(async () => /[1-9]/.test((await readout(page, 'Secret key rate').textContent()) ?? ''), {
      timeout: 10_000,
      intervals: [100],
    })
    .toBe(true);
  console.log(`kiosk: first secret key ${Date.now() - t0} ms after Start`);
  await sound.tap();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => typeof AudioContext)).toBe('function');
  await page.screenshot({
    path:
      process.env.UPDATE_SCREENSHOTS === '1'
        ? 'e2e-artifacts/first-minute/kiosk-1920x1080.png'
        : testInfo.outputPath('kiosk-1920x1080.png'),
  });
});
