// Shared helpers of the accessibility specs (e2e/a11y*.spec.ts): an axe-core scan with the WCAG 2.0–2.2 A and
// AA rules that returns one readable line per violation, and a switch of the colour profile through the page's
// own "Colours" menu (no reload), so one page load serves all three profiles.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const PROFILES = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'projector', label: 'Projector' },
] as const;
export type ProfileId = (typeof PROFILES)[number]['id'];

/** How many scans and how long they took, printed at the end of a spec so the time budget stays visible. */
const scanLog: { label: string; ms: number }[] = [];

/**
 * axe on the page, or only on `include` (CSS selectors) when given. Returns one line per violation.
 * `minPasses` guards against a scan that silently checked nothing (a selector that matched no element).
 */
export async function axeViolations(
  page: Page,
  label: string,
  include: string[] = [],
  minPasses = 5,
): Promise<string[]> {
  const t0 = Date.now();
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] });
  for (const selector of include) builder = builder.include(selector);
  const { violations, passes } = await builder.analyze();
  scanLog.push({ label, ms: Date.now() - t0 });
  expect(passes.length, `axe ran its rules on ${label}`).toBeGreaterThanOrEqual(minPasses);
  return violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}`)
        .join(' | ')}`,
  );
}

/** Chooses a colour profile in the header's "Colours" menu and waits until the page applied it. */
export async function chooseProfile(page: Page, id: ProfileId): Promise<void> {
  const profile = PROFILES.find((p) => p.id === id) ?? PROFILES[0];
  await page.getByRole('combobox', { name: 'Colours' }).selectOption({ label: profile.label });
  await expect(page.locator('html')).toHaveAttribute('data-color-profile', profile.id);
}

/** The same scan in each of the three profiles, in the order light, dark, projector. */
export async function axeInEveryProfile(page: Page, label: string, include: string[] = []): Promise<string[]> {
  const found: string[] = [];
  for (const profile of PROFILES) {
    await chooseProfile(page, profile.id);
    found.push(...(await axeViolations(page, `${label}, ${profile.id}`, include)));
  }
  return found;
}

/** Prints the scans of one spec file (count, total and slowest time, then each) and starts a new log. */
export function printScans(file: string): void {
  const total = scanLog.reduce((a, s) => a + s.ms, 0);
  const slowest = [...scanLog].sort((a, b) => b.ms - a.ms)[0];
  const slowestText = slowest ? `, slowest ${(slowest.ms / 1000).toFixed(1)} s (${slowest.label})` : '';
  console.log(`${file}: ${scanLog.length} axe scans, ${(total / 1000).toFixed(1)} s in axe${slowestText}`);
  for (const s of scanLog) console.log(`  ${s.label}: ${s.ms} ms`);
  scanLog.length = 0;
}
