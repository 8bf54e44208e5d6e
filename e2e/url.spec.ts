// A link with a malformed value: the page names the parameter and its range, keeps the default,
// and the message can be dismissed.
import { expect, test } from './fixtures';

test('an invalid URL value is reported by name and not used', async ({ page, controls }) => {
  await page.goto('/?seed=1&fiberLengthKm=abc');
  const message = page.getByRole('alert').filter({ hasText: 'Fiber length' });
  await expect(message).toBeVisible();
  await expect(message).toContainText('0 to 400 km');
  await expect(controls.fiberLength).toHaveAttribute('aria-valuetext', '120 km');
  await expect.poll(() => new URL(page.url()).searchParams.has('fiberLengthKm')).toBe(false);
  await page.getByRole('button', { name: 'Dismiss message about fiberLengthKm' }).click();
  await expect(message).toHaveCount(0);
});

test('a preset from the URL sets its values and marks their provenance', async ({ page, controls }) => {
  await page.goto('/?seed=1&preset=qd-timebin-120km');
  await expect(page.getByRole('combobox', { name: 'Preset' })).toHaveValue('qd-timebin-120km');
  await expect(page.getByText('published', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('calibrated', { exact: true }).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Classroom link' });
  await expect(controls.fiberLength).toHaveAttribute('aria-valuetext', '5 km');
  await expect.poll(() => new URL(page.url()).searchParams.get('preset')).toBe('ideal-classroom');
});
