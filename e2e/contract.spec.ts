// The accessible names listed in docs/implementation-notes.md are a contract with outside tests, which find controls by
// role and name with Playwright's default (substring) matching: each must resolve to exactly one element.
import { expect, test } from './fixtures';

const SLIDERS = ['Fiber length', 'Mean photon number', 'g2(0)', 'Detector efficiency', 'Dark count rate'];
const BUTTONS = ['Start', 'Pause', 'Reset'];
const READOUTS = ['QBER', 'Secret key rate', 'Sifted key rate'];

test('every contract name finds exactly one control', async ({ page, controls }) => {
  await page.goto('/?seed=1');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  for (const name of SLIDERS) await expect(page.getByRole('slider', { name }), `slider "${name}"`).toHaveCount(1);
  for (const name of BUTTONS) await expect(page.getByRole('button', { name }), `button "${name}"`).toHaveCount(1);
  for (const name of READOUTS) await expect(page.getByRole('status', { name }), `readout "${name}"`).toHaveCount(1);
  const eve = controls.eavesdropper;
  await expect(eve).toHaveCount(1);
  for (const option of ['None', 'Intercept-resend', 'Photon-number splitting', 'Beam splitting']) {
    await expect(eve.getByRole('option', { name: option, exact: true })).toHaveCount(1);
  }
  await eve.selectOption({ label: 'Intercept-resend' });
  await expect(controls.interceptFraction).toHaveCount(1);
});
