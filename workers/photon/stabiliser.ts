// Active stabilisation of the phase (time-bin decoder) or polarisation angle: a dithered feedback loop
// that sees only what Alice and Bob disclose (sifted X-basis bits and their errors per interval), never
// the true phase, and corrects by a two-quadrature estimate of the residual angle (docs/model.md (drift section)).

export interface StabiliserSettings {
  intervalS: number;
  gain: number;
  ditherRad: number;
}

/**
 * Each interval is split into two halves measured with the correction offset by +δ and −δ (the order
 * alternates between intervals so a steady drift does not bias the difference). With the residual r,
 * e± = ½(1 − C·cos(r ± δ)) for any contrast C (visibility, dark counts), so
 *   e+ − e− = C·sin r·sin δ   and   1 − e+ − e− = C·cos r·cos δ,
 * and r̂ = atan2((e+ − e−)/sin δ, (1 − e+ − e−)/cos δ) needs neither C nor the sign of r in advance.
 * The correction then moves by −gain·r̂.
 */
export class DitherStabiliser {
  /** Correction applied to the phase, rad (wrapped to (−π, π]). */
  private correction = 0;
  private tickInInterval = 0;
  private intervalIndex = 0;
  private readonly bits = [0, 0];
  private readonly errors = [0, 0];
  private readonly firstHalfTicks: number;
  /** Intervals that ended with an estimate, and the last estimate (for plots and tests). */
  updates = 0;
  lastEstimateRad: number | null = null;

  constructor(
    private readonly settings: StabiliserSettings,
    private readonly tickS = 1,
  ) {
    const ticks = Math.round(settings.intervalS / tickS);
    if (!(ticks >= 2))
      throw new RangeError(
        `stabilisation interval must cover at least two ticks of ${tickS} s, got ${settings.intervalS} s`,
      );
    this.firstHalfTicks = Math.floor(ticks / 2);
  }

  private get ticksPerInterval(): number {
    return Math.round(this.settings.intervalS / this.tickS);
  }

  /** +1 while the +δ half is measured, −1 during the −δ half. */
  private get ditherSign(): number {
    const isFirstHalf = this.tickInInterval < this.firstHalfTicks;
    const firstSign = this.intervalIndex % 2 === 0 ? 1 : -1;
    return isFirstHalf ? firstSign : -firstSign;
  }

  /** The correction without dither, rad. */
  get correctionRad(): number {
    return this.correction;
  }

  /** What the actuator applies during the current tick: correction ± dither. */
  get appliedRad(): number {
    return this.correction + this.ditherSign * this.settings.ditherRad;
  }

  /** Count the disclosed X-basis bits of the tick just simulated, then move to the next tick. */
  observe(disclosedBits: number, disclosedErrors: number): void {
    const half = this.ditherSign > 0 ? 0 : 1;
    this.bits[half] += disclosedBits;
    this.errors[half] += disclosedErrors;
    this.tickInInterval++;
    if (this.tickInInterval >= this.ticksPerInterval) this.endInterval();
  }

  private endInterval(): void {
    if (this.bits[0] > 0 && this.bits[1] > 0) {
      const ePlus = this.errors[0] / this.bits[0],
        eMinus = this.errors[1] / this.bits[1];
      const delta = this.settings.ditherRad;
      const estimate = Math.atan2((ePlus - eMinus) / Math.sin(delta), (1 - ePlus - eMinus) / Math.cos(delta));
      this.correction = wrapAngle(this.correction - this.settings.gain * estimate);
      this.lastEstimateRad = estimate;
      this.updates++;
    }
    this.bits[0] = this.bits[1] = this.errors[0] = this.errors[1] = 0;
    this.tickInInterval = 0;
    this.intervalIndex++;
  }
}

/** Angle in (−π, π]. */
export function wrapAngle(a: number): number {
  const w = a - 2 * Math.PI * Math.floor((a + Math.PI) / (2 * Math.PI));
  return w === -Math.PI ? Math.PI : w;
}
