// Phase-covariant cloning in the browser: picked in the Eavesdropper menu with a small disturbance D it raises the
// QBER by about D and shrinks the secret key; a large D (set through the address) aborts; Be Eve offers the cloner.
import { expect, openLinkSettings, readout, readQberZPercent, test, type Page } from './fixtures';

/** The Secret key rate readout in bit/s ("27.7 kbit/s" → 27 700); NaN before the first block. */
async function readKeyRate(page: Page): Promise<number> {
  const text = ((await readout(page, 'Secret key rate').textContent()) ?? '').replace(/\s/g, ' ');
  const m = /([\d.]+)\s*([kMG]?)bit\/s/.exec(text);
  return m ? Number(m[1]) * { '': 1, k: 1e3, M: 1e6, G: 1e9 }[m[2] as '' | 'k' | 'M' | 'G'] : Number.NaN;
}

test('cloning with D = 5 % raises the QBER by about D and shrinks the key', async ({ page, controls, runBar }) => {
  test.setTimeout(120_000);
  await page.goto('/?seed=1&preset=ideal-classroom');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect.poll(() => readKeyRate(page), { timeout: 45_000 }).toBeGreaterThan(0);
  const withoutEve = await readKeyRate(page);
  const qberWithoutEve = await readQberZPercent(page);
  expect(qberWithoutEve).toBeLessThan(1.5);
  await runBar.pause();
  await runBar.reset();

  await controls.setEavesdropper('Phase-covariant cloning');
  await openLinkSettings(page);
  await controls.typeValue('Cloning disturbance', 5);
  await expect(page.getByRole('slider', { name: 'Cloning disturbance' })).toHaveAttribute('aria-valuetext', '5 %');
  await expect(controls.interceptFraction).toHaveAttribute('aria-valuetext', '100 %');
  await expect.poll(() => new URL(page.url()).searchParams.get('eve')).toBe('phase-covariant-cloning');
  await runBar.start();
  await expect.poll(() => readKeyRate(page), { timeout: 45_000 }).toBeGreaterThan(0);
  // QBER ≈ intrinsic + D(1 − 2·intrinsic): 5.4 % here; the key keeps 1 − 2h(Q) of the sifted bits, about half.
  const qber = await readQberZPercent(page);
  expect(qber - qberWithoutEve).toBeGreaterThan(4);
  expect(qber - qberWithoutEve).toBeLessThan(6);
  expect(await readKeyRate(page)).toBeLessThan(0.7 * withoutEve);
  // Eve knows no bit for sure, but her guesses are worth 1 − h(½ + √(D(1 − D))) = 14 % of a bit per key bit.
  const knowledge = ((await readout(page, "Eve's knowledge").textContent()) ?? '').replace(/\s/g, ' ');
  const eveBits = Number(/([\d.]+)\s*%/.exec(knowledge)?.[1]);
  expect(eveBits).toBeGreaterThan(11);
  expect(eveBits).toBeLessThan(17);
  await runBar.pause();
  await page.screenshot({ path: 'e2e-artifacts/cloning-5-percent.png', fullPage: true });
});

test('cloning with D = 20 % from the address aborts the block', async ({ page, controls, runBar }) => {
  await page.goto('/?seed=1&preset=ideal-classroom&eve=phase-covariant-cloning&cloningDisturbance=0.2');
  await expect(controls.eavesdropper).toHaveValue('phase-covariant-cloning');
  await openLinkSettings(page);
  await expect(page.getByRole('slider', { name: 'Cloning disturbance' })).toHaveAttribute('aria-valuetext', '20 %');
  await runBar.setSpeed('As fast as possible');
  await runBar.start();
  await expect(page.getByRole('alert').filter({ hasText: 'Block aborted' })).toBeVisible({ timeout: 45_000 });
  const qber = await readQberZPercent(page);
  expect(qber).toBeGreaterThan(17);
  expect(qber).toBeLessThan(24);
  await runBar.pause();
});

test('Be Eve: a gentle cloner stays hidden and gains nothing', async ({ page }) => {
  await page.goto('/?seed=1');
  await page
    .getByRole('combobox', { name: /Eve.s attack/ })
    .selectOption({ label: 'Cloning: copy every photon as well as physics allows' });
  const disturbance = page.getByRole('slider', { name: /Disturbance D/ });
  await disturbance.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(disturbance).toHaveAttribute('aria-valuetext', '5 %');
  await page.getByRole('button', { name: 'Steal the key', exact: true }).click();
  const result = page.locator('.be-eve-result');
  await expect(result).toBeVisible({ timeout: 45_000 });
  await expect(result).toContainText('Eve was not caught, but she gained nothing.', { timeout: 45_000 });
  await expect(result).toContainText(/her guesses matched only \d+(\.\d+)?\s%/);
  await page.locator('.be-eve').screenshot({ path: 'e2e-artifacts/be-eve-cloning.png' });
});
