// Page object for the run bar: Start, Pause, Step, Reset, the speed menu and the run status, by their accessible
// names (outside tests rely on them), so a spec says `runBar.start()` instead of spelling out the locator.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { untilSteady } from './waits';

/** The speed menu's options as a visitor reads them. */
export type SpeedLabel = 'Real time (×1)' | '×100' | 'As fast as possible';

export class RunBar {
  readonly startButton: Locator;
  readonly pauseButton: Locator;
  readonly stepButton: Locator;
  readonly resetButton: Locator;
  readonly speed: Locator;
  /** "Ready", "Starting", "Running", "Paused", … */
  readonly status: Locator;

  /** `root` is the page, or a frame or region of it that holds the app. */
  constructor(root: Page | FrameLocator | Locator) {
    this.startButton = root.getByRole('button', { name: 'Start', exact: true });
    this.pauseButton = root.getByRole('button', { name: 'Pause', exact: true });
    this.stepButton = root.getByRole('button', { name: 'Step', exact: true });
    this.resetButton = root.getByRole('button', { name: 'Reset', exact: true });
    this.speed = root.getByRole('combobox', { name: 'Speed' });
    this.status = root.getByRole('status', { name: 'Run status', exact: true });
  }

  async start(): Promise<void> {
    await this.startButton.click();
  }

  async pause(): Promise<void> {
    await this.pauseButton.click();
  }

  async step(): Promise<void> {
    await this.stepButton.click();
  }

  async reset(): Promise<void> {
    await this.resetButton.click();
  }

  async setSpeed(label: SpeedLabel): Promise<void> {
    await this.speed.selectOption({ label });
  }

  /**
   * Pauses and waits until the run has come to rest: the status says Paused and a batch already in flight has
   * landed (the simulated-time readout no longer changes).
   */
  async pauseAndSettle(simulatedTime: Locator): Promise<void> {
    await this.pause();
    await expect(this.status).toHaveText('Paused', { timeout: 20_000 });
    await untilSteady(() => simulatedTime.textContent());
  }
}
