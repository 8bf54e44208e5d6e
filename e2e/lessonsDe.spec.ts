// A German learner completes lesson 2 by its German instructions (controls found by their German names), and
// no English is left in the lessons panel, the Be Eve panel or the kiosk banner under ?lang=de.
import { lessonText } from '../src/i18n/text/lessons';
import { presetText } from '../src/i18n/text/presets';
import { LESSON_IDS } from '../src/lessons/lessons';
import { ENGLISH_WORDS, englishLeft } from './englishLeft';
import { expect, test, type Page } from './fixtures';

/**
 * Names the lessons quote from other areas (a preset's title); whether those are German is checked where they are
 * shown.
 */
const QUOTED = [presetText.de['qd-timebin-120km'].title];
const ENGLISH = new RegExp(`(^|[^\\p{L}])(${ENGLISH_WORDS.join('|')})(?=$|[^\\p{L}])`, 'iu');

/** English left in one part of the page, not counting the quoted names. */
async function englishIn(page: Page, selector: string): Promise<string[]> {
  return (await englishLeft(page, selector)).filter((t) =>
    ENGLISH.test(QUOTED.reduce((s, q) => s.split(q).join(''), t)),
  );
}

const de = lessonText('catch-eve', 'de');

test(
  'lesson 2 in German: Abfangen und Neusenden treibt die QBER über 11 %, 0,75ⁿ ' + 'fällt unter eins zu einer Million',
  async ({ page }) => {
    await page.goto('/?seed=1&lang=de&lesson=catch-eve');
    await expect(page.getByRole('heading', { name: `Lektion 2: ${de.title}` })).toBeVisible();
    const progress = page.locator('.lesson-progress');
    await expect(progress).toHaveText('0 von 3 Aufgaben erledigt');
    // Aufgabe 1: „Stelle unter „Parameter der Strecke“ den Lauscher auf „Abfangen und Neusenden“ …“, „Drücke auf
    // Starten
    // …“
    expect(de.tasks[0].steps.join(' ')).toContain('den Lauscher auf „Abfangen und Neusenden“');
    await page
      .getByRole('combobox', { name: 'Lauscher', exact: true })
      .selectOption({ label: 'Abfangen und Neusenden' });
    await expect(page.getByRole('slider', { name: 'Abgefangener Anteil', exact: true })).toHaveAttribute(
      'aria-valuetext',
      /^100\s%$/,
    );
    await page.getByRole('button', { name: 'Starten', exact: true }).click();
    await expect(page.locator('.task-done').filter({ hasText: de.tasks[0].done })).toBeVisible({ timeout: 20_000 });
    await expect(progress).toHaveText('1 von 3 Aufgaben erledigt');
    await page.getByRole('button', { name: 'Pausieren', exact: true }).click();
    // Aufgabe 2: „Gib unten bei „Geprüfte Bits“ eine Zahl ein …“
    const checked = page.getByRole('spinbutton', { name: 'Geprüfte Bits', exact: true });
    await checked.fill('48');
    await expect(page.getByText(/0,75\s*48 = 1,0\d × 10/)).toBeVisible();
    await expect(progress).toHaveText('1 von 3 Aufgaben erledigt');
    await checked.fill('49');
    await expect(page.locator('.task-done').filter({ hasText: de.tasks[1].done })).toBeVisible();
    await expect(progress).toHaveText('2 von 3 Aufgaben erledigt');
    // Aufgabe 3: „Drücke auf Zurücksetzen …“, „Stelle … den Lauscher auf „Phasenkovariantes Klonen“ …“
    expect(de.tasks[2].steps.join(' ')).toContain('den Lauscher auf „Phasenkovariantes Klonen“');
    await page.getByRole('button', { name: 'Zurücksetzen', exact: true }).click();
    await page
      .getByRole('combobox', { name: 'Lauscher', exact: true })
      .selectOption({ label: 'Phasenkovariantes Klonen' });
    const settings = page.getByRole('button', { name: /Einstellungen der Strecke/ });
    if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
    await page.getByRole('spinbutton', { name: 'Störung beim Klonen, genauer Wert', exact: true }).fill('5');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('slider', { name: 'Störung beim Klonen', exact: true })).toHaveAttribute(
      'aria-valuetext',
      /^5\s%$/,
    );
    await page.getByRole('button', { name: 'Starten', exact: true }).click();
    await expect(page.locator('.task-done').filter({ hasText: de.tasks[2].done })).toBeVisible({ timeout: 40_000 });
    await expect(progress).toHaveText('3 von 3 Aufgaben erledigt');
    await expect(page.getByText('Lektion geschafft!')).toBeVisible();
    expect(await englishIn(page, '.lessons')).toEqual([]);
    await page.locator('.lessons').screenshot({ path: 'e2e-artifacts/lesson-2-done-de.png' });
  },
);

test('no English in the lessons panel of any lesson, the lesson list or Be Eve under ?lang=de', async ({ page }) => {
  await page.goto('/?seed=1&lang=de');
  await expect(page.getByRole('heading', { name: 'Lektionen', exact: true })).toBeVisible();
  expect(await englishIn(page, '.lessons')).toEqual([]);
  expect(await englishIn(page, '.be-eve')).toEqual([]);
  for (const id of LESSON_IDS) {
    await page.goto(`/?seed=1&lang=de&lesson=${id}`);
    await expect(
      page.getByRole('heading', { name: new RegExp(`^Lektion \\d: ${lessonText(id, 'de').title}`) }),
    ).toBeVisible();
    expect(await englishIn(page, '.lessons'), id).toEqual([]);
  }
});

test('Be Eve in German: the verdict and score are German', async ({ page }) => {
  await page.goto('/?seed=1&lang=de');
  await page
    .getByRole('combobox', { name: 'Eves Angriff' })
    .selectOption({ label: 'Abfangen und Neusenden: messen und neu schicken' });
  await page.getByRole('button', { name: 'Schlüssel stehlen', exact: true }).click();
  await expect(page.getByText('Eve wurde erwischt: Alice und Bob haben den Schlüssel weggeworfen.')).toBeVisible({
    timeout: 30_000,
  });
  expect(await englishIn(page, '.be-eve')).toEqual([]);
  await page.locator('.be-eve').screenshot({ path: 'e2e-artifacts/be-eve-caught-de.png' });
});

test('kiosk in German: the attract banner is German', async ({ page }) => {
  await page.goto('/?seed=1&lang=de&kiosk=1&idleSeconds=2');
  await expect(page.getByText(/^Demo 1 von 3:/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('Tippe irgendwo hin und probier es selbst aus')).toBeVisible();
  expect(await englishIn(page, '.attract')).toEqual([]);
});

test(
  'the lesson exercises speak German once they have data: sifting cards, decoy ' +
    'figures, PLOB figures, Cascade walk',
  async ({ page }) => {
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    await page.goto('/?seed=1&lang=de&lesson=bb84-photons');
    await button('Schritt').click();
    await expect(page.getByRole('group', { name: /^Detektion \d+$/ })).toHaveCount(8);
    await button('Detektion 1 behalten').click();
    await button('Detektion 2 verwerfen').click();
    expect(await englishIn(page, '.lessons')).toEqual([]);

    await page.goto('/?seed=1&lang=de&lesson=single-photons');
    await page
      .getByRole('combobox', { name: 'Decoy-Zustände', exact: true })
      .selectOption({ label: 'Vakuum + schwacher Decoy' });
    await button('Starten').click();
    await expect(
      page.locator('.task-done').filter({ hasText: lessonText('single-photons', 'de').tasks[1].done }),
    ).toBeVisible({ timeout: 30_000 });
    await button('Pausieren').click();
    await expect(page.locator('.lesson-figures')).toContainText('Block abgebrochen');
    expect(await englishIn(page, '.lessons')).toEqual([]);

    await page.goto('/?seed=1&lang=de&lesson=how-far');
    await button('Starten').click();
    await expect(page.locator('.lesson-figures')).toContainText('Im Vergleich zur PLOB-Schranke', { timeout: 20_000 });
    await button('Pausieren').click();
    expect(await englishIn(page, '.lessons')).toEqual([]);

    await page.goto('/?seed=1&lang=de&lesson=raw-to-secret');
    await button('Starten').click();
    await expect(
      page.locator('.task-done').filter({ hasText: lessonText('raw-to-secret', 'de').tasks[0].done }),
    ).toBeVisible({ timeout: 20_000 });
    await button('Pausieren').click();
    const next = button('Nächste Frage');
    for (let i = 0; i < 20 && (await next.isEnabled()); i++) await next.click();
    await expect(page.getByText(/Gefunden: Bob dreht dieses Bit um/)).toBeVisible();
    expect(await englishIn(page, '.lessons')).toEqual([]);
    await page.locator('.lessons').screenshot({ path: 'e2e-artifacts/lesson-5-cascade-de.png' });
  },
);
