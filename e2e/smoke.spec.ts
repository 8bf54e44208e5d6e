// Smoke test: the built app loads in Chromium without console errors.
import { expect, test } from '@playwright/test';

test('the app loads without console errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'QKD Lab' })).toBeVisible();
  expect(errors).toEqual([]);
});
