// PhET's conventions on the main page: "Restore all" (Reset All) puts every parameter of the preset and the view
// back; the preset menu says "(modified)" while a value differs; Space starts and pauses; "?" and the header's
// button open the keyboard help, which Escape closes.
import { expect, holdsFor, openLinkSettings, test, type Page } from './fixtures';

/** Every link control's name and value, in page order (quick controls and the drawer). */
function controlValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '#link-parameters input, #link-parameters select, .quick-controls input, .quick-controls select',
      ),
    ].map((e) => {
      const label = document.querySelector(`label[for="${e.id}"]`)?.textContent ?? e.getAttribute('aria-label');
      return `${label ?? ''}=${e.value}`;
    }),
  );
}

const PRESET_URL = '/?seed=1&preset=ideal-classroom';

test('Restore all restores every value of the preset, and "(modified)" comes and goes', async ({
  page,
  controls,
  runBar,
}) => {
  await page.goto(PRESET_URL);
  await expect.poll(() => new URL(page.url()).search).toBe('?preset=ideal-classroom&seed=1');
  const preset = page.getByRole('combobox', { name: 'Preset' });
  const selected = preset.locator('option:checked');
  await expect(selected).toHaveText('Classroom link');
  const fresh = await controlValues(page);

  await page.getByRole('spinbutton', { name: 'Fiber length value' }).fill('42');
  await page.getByRole('spinbutton', { name: 'Fiber length value' }).press('Enter');
  await expect(selected).toHaveText('Classroom link (modified)');
  await controls.eavesdropper.selectOption('intercept-resend');
  await controls.interceptFraction.fill('0.4');
  await openLinkSettings(page);
  await page.getByRole('spinbutton', { name: 'Dark count rate value' }).fill('500');
  await page.getByRole('spinbutton', { name: 'Dark count rate value' }).press('Enter');
  await page.getByRole('combobox', { name: 'Source' }).selectOption('wcp');
  await runBar.speed.selectOption('x1');
  await expect.poll(() => new URL(page.url()).searchParams.get('darkCountRateHz')).toBe('500');
  // Putting one value back by hand is not enough while others differ.
  await page.getByRole('spinbutton', { name: 'Fiber length value' }).fill('5');
  await page.getByRole('spinbutton', { name: 'Fiber length value' }).press('Enter');
  await expect(selected).toHaveText('Classroom link (modified)');

  await page.getByRole('button', { name: 'Restore all' }).click();
  await expect(selected).toHaveText('Classroom link');
  await expect(runBar.speed).toHaveValue('x100');
  await expect.poll(() => new URL(page.url()).search).toBe('?preset=ideal-classroom&seed=1');
  // The view as on a fresh page: at this width the drawer opens beside the first screen, as it loaded.
  await expect(
    page.getByRole('region', { name: 'Link parameters' }).getByRole('button', { name: /link settings$/ }),
  ).toHaveAttribute('aria-expanded', 'true');
  const restored = await controlValues(page);
  expect(restored).toEqual(fresh);
});

test('Restore all also ends a run and clears its results', async ({ page, runBar }) => {
  await page.goto(PRESET_URL);
  await runBar.start();
  await expect(runBar.status).toHaveText('Running');
  await expect(page.getByRole('status', { name: 'QBER', exact: true })).toHaveText(/^Z \d/);
  await page.getByRole('button', { name: 'Restore all' }).click();
  await expect(runBar.status).toHaveText('Ready');
  await expect(page.getByRole('status', { name: 'QBER', exact: true })).toHaveText(/^Z —\s*X —$/);
});

test('Space starts and pauses the run; on a button it keeps pressing that button', async ({ page, runBar }) => {
  await page.goto(PRESET_URL);
  const status = runBar.status;
  await page.getByRole('heading', { name: 'QKD Lab' }).click(); // focus on the page, not on a control
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Running');
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Paused');
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Running');
  // With the focus on Pause, Space presses Pause (once), and does not start again at once.
  await runBar.pauseButton.focus();
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Paused');
  await holdsFor(300, async () => expect(await status.textContent()).toBe('Paused'));
});

test('"?" and the header button open the keyboard help; Escape closes it', async ({ page }) => {
  await page.goto(PRESET_URL);
  const dialog = page.getByRole('dialog', { name: 'Keyboard help' });
  await expect(dialog).toHaveCount(0);
  await page.getByRole('heading', { name: 'QKD Lab' }).click();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('rowheader', { name: 'Space' })).toBeVisible();
  await expect(dialog.getByText('Quantum bit error rate', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard help' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard help' })).toBeFocused();
});

test('"What is …?" explains a term without renaming its control', async ({ page }) => {
  await page.goto(PRESET_URL);
  await openLinkSettings(page);
  const what = page.getByRole('button', { name: 'What is g2(0)?' });
  await expect(page.getByRole('slider', { name: 'g2(0)', exact: true })).toHaveCount(1);
  const explained = page.locator(`[id="${await what.getAttribute('aria-controls')}"]`);
  await expect(explained).toBeHidden();
  await what.click();
  await expect(what).toHaveAttribute('aria-expanded', 'true');
  await expect(explained).toBeVisible();
  await expect(explained).toContainText('How often the source sends two photons at once');
  await what.press('Escape');
  await expect(explained).toBeHidden();
  const qber = page.getByRole('button', { name: 'What is QBER?' });
  await qber.click();
  await expect(page.locator(`[id="${await qber.getAttribute('aria-controls')}"]`)).toContainText(
    /^Quantum bit error rate:/,
  );
});
