// Photon-number splitting on a laser without decoys at 100 km: Eve's knowledge of the key bits climbs
// while the QBER stays where it was without her, which is why a low QBER alone proves nothing.
import { expect, readQberZPercent, readout, test, type Page } from './fixtures';

async function readPercent(page: Page, name: string): Promise<number> {
  const m = /([\d.]+)\s*%/.exec((await readout(page, name).textContent()) ?? '');
  return m ? Number(m[1]) : Number.NaN;
}

async function siftedBits(page: Page): Promise<number> {
  const digits = ((await readout(page, 'Sifted bits').textContent()) ?? '').split('Z')[0].replace(/[^\d]/g, '');
  return digits === '' ? 0 : Number(digits);
}

test('PNS on a laser without decoys: Eve learns the key, the QBER does not move', async ({
  page,
  controls,
  runBar,
}) => {
  await page.goto('/?seed=1&preset=gys-textbook');
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue('wcp');
  await expect(page.getByRole('combobox', { name: 'Decoy states' })).toHaveValue('none');
  await page.getByRole('spinbutton', { name: 'Fiber length value' }).fill('100');
  await page.keyboard.press('Enter');
  await runBar.setSpeed('As fast as possible');

  await runBar.start();
  await expect.poll(() => siftedBits(page), { timeout: 30_000 }).toBeGreaterThan(20_000);
  await runBar.pause();
  const qberWithout = await readQberZPercent(page);
  expect(await readPercent(page, "Eve's knowledge")).toBe(0);

  await runBar.reset();
  await controls.setEavesdropper('Photon-number splitting');
  await runBar.start();
  await expect.poll(() => siftedBits(page), { timeout: 30_000 }).toBeGreaterThan(20_000);
  await runBar.pause();
  const qberWith = await readQberZPercent(page);
  const eveKnows = await readPercent(page, "Eve's knowledge");

  expect(eveKnows).toBeGreaterThan(50);
  expect(Math.abs(qberWith - qberWithout), `QBER ${qberWithout} % without Eve, ${qberWith} % with PNS`).toBeLessThan(1);
  await page.screenshot({ path: 'e2e-artifacts/pns-100km.png', fullPage: true });
});
