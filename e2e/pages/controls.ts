// Page object for the link controls: the sliders, their number fields and the menus by their accessible names
// ("Fiber length", "Eavesdropper", …, which outside tests rely on), and the drawer that holds the rarer ones.
import { expect, type Locator, type Page } from '@playwright/test';

/** The eavesdropper menu's options as a visitor reads them. */
export type EveLabel =
  'None' | 'Intercept-resend' | 'Photon-number splitting' | 'Beam splitting' | 'Phase-covariant cloning';

export class Controls {
  readonly fiberLength: Locator;
  readonly meanPhotonNumber: Locator;
  readonly g2Zero: Locator;
  readonly detectorEfficiency: Locator;
  readonly darkCountRate: Locator;
  readonly interceptFraction: Locator;
  readonly eavesdropper: Locator;
  readonly preset: Locator;
  readonly source: Locator;

  constructor(private readonly page: Page) {
    this.fiberLength = page.getByRole('slider', { name: 'Fiber length' });
    this.meanPhotonNumber = page.getByRole('slider', { name: 'Mean photon number' });
    this.g2Zero = page.getByRole('slider', { name: 'g2(0)', exact: true });
    this.detectorEfficiency = page.getByRole('slider', { name: 'Detector efficiency' });
    this.darkCountRate = page.getByRole('slider', { name: 'Dark count rate' });
    this.interceptFraction = page.getByRole('slider', { name: 'Intercept fraction' });
    this.eavesdropper = page.getByRole('combobox', { name: 'Eavesdropper' });
    this.preset = page.getByRole('combobox', { name: 'Preset' });
    this.source = page.getByRole('combobox', { name: 'Source' });
  }

  /** The number field beside a slider ("Fiber length value"). */
  valueField(name: string): Locator {
    return this.page.getByRole('spinbutton', { name: `${name} value` });
  }

  /** Types a value into a slider's number field and commits it with Enter, as a keyboard user does. */
  async typeValue(name: string, value: number): Promise<void> {
    const field = this.valueField(name);
    await field.fill(String(value));
    await field.press('Enter');
  }

  async setFiberLength(km: number): Promise<void> {
    await this.typeValue('Fiber length', km);
    await expect(this.fiberLength).toHaveAttribute('aria-valuetext', `${km} km`);
  }

  /** Moves the fiber slider by one step with the keyboard; returns its new text ("121 km"). */
  async nudgeFiberLength(key: 'ArrowRight' | 'ArrowLeft' = 'ArrowRight'): Promise<string> {
    const before = await this.fiberLength.getAttribute('aria-valuetext');
    await this.fiberLength.focus();
    await this.page.keyboard.press(key);
    await expect(this.fiberLength).not.toHaveAttribute('aria-valuetext', before ?? '');
    return (await this.fiberLength.getAttribute('aria-valuetext')) ?? '';
  }

  async setEavesdropper(label: EveLabel): Promise<void> {
    await this.eavesdropper.selectOption({ label });
  }

  /**
   * Opens the drawer with every link parameter (beside the first screen on wide screens, under it on phones) if
   * it is shut, so a test can reach a control that is not among the first screen's quick controls.
   */
  async openLinkSettings(): Promise<void> {
    const toggle = this.page
      .getByRole('region', { name: 'Link parameters' })
      .getByRole('button', { name: /link settings$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
}
