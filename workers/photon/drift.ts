// Slow drifts of a long run (docs/model.md and docs/implementation-notes.md, drift), stepped in simulated time on
// their own
// seeded stream: the interferometer phase (time-bin) or fiber polarisation angle (polarisation) as a
// random walk plus a periodic part, and log-normal wander of the source brightness and detector efficiency.
import type { LinkParams } from '../common/params';
import { Rng } from '../common/rng';

/** Salt of the drift stream, so the drift path never shares draws with the photons or the key pipeline. */
const DRIFT_SEED_SALT = 0x6a09e667;
const SECONDS_PER_HOUR = 3600;

/** One standard normal draw (Box–Muller; the second value is kept for the next call). */
export class GaussianSource {
  private spare = 0;
  private hasSpare = false;

  constructor(private readonly rng: Rng) {}

  next(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    // 1 − u ∈ (0, 1] keeps the logarithm finite.
    const u = 1 - this.rng.nextDouble(),
      v = this.rng.nextDouble();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }
}

export interface DriftSettings {
  /** σ of the phase/angle random walk, rad per √hour. */
  phaseDriftRadPerSqrtHour: number;
  driftPeriodicAmplitudeRad: number;
  driftPeriodS: number;
  /** σ of ln(brightness factor) and ln(efficiency factor), per √hour. */
  brightnessWanderPerSqrtHour: number;
  efficiencyWanderPerSqrtHour: number;
}

export function driftSettings(p: LinkParams): DriftSettings {
  return {
    phaseDriftRadPerSqrtHour: p.phaseDriftRadPerSqrtHour,
    driftPeriodicAmplitudeRad: p.driftPeriodicAmplitudeRad,
    driftPeriodS: p.driftPeriodS,
    brightnessWanderPerSqrtHour: p.brightnessWanderPerSqrtHour,
    efficiencyWanderPerSqrtHour: p.efficiencyWanderPerSqrtHour,
  };
}

/**
 * The drift state at simulated time tSeconds. Each walk is advanced by independent Gaussian steps of
 * variance σ²·dt (dt in hours), so after t hours its spread is σ·√t whatever the step length.
 */
export class DriftModel {
  private readonly gauss: GaussianSource;
  private t = 0;
  private walkRad = 0;
  private logBrightness = 0;
  private logEfficiency = 0;

  /** initialPhaseRad: a misaligned start (e.g. to watch the controller pull it in); the walk starts there. */
  constructor(
    private readonly settings: DriftSettings,
    seed: number,
    stream = 0,
    initialPhaseRad = 0,
  ) {
    this.walkRad = initialPhaseRad;
    this.gauss = new GaussianSource(Rng.fromSeed((seed ^ DRIFT_SEED_SALT) >>> 0, stream));
  }

  get tSeconds(): number {
    return this.t;
  }

  /**
   * Step every walk by dtS simulated seconds (always three draws, so the path does not depend on settings being zero).
   */
  advance(dtS: number): void {
    if (!(dtS >= 0)) throw new RangeError(`drift step must be ≥ 0 s, got ${dtS}`);
    const sqrtH = Math.sqrt(dtS / SECONDS_PER_HOUR);
    const s = this.settings;
    this.walkRad += s.phaseDriftRadPerSqrtHour * sqrtH * this.gauss.next();
    this.logBrightness += s.brightnessWanderPerSqrtHour * sqrtH * this.gauss.next();
    this.logEfficiency += s.efficiencyWanderPerSqrtHour * sqrtH * this.gauss.next();
    this.t += dtS;
  }

  /** The random-walk part of the phase alone (for the variance test). */
  get walkPhaseRad(): number {
    return this.walkRad;
  }

  /** Uncorrected phase (time-bin) or Poincaré-sphere rotation angle (polarisation): walk + periodic part. */
  get phaseRad(): number {
    const s = this.settings;
    return this.walkRad + s.driftPeriodicAmplitudeRad * Math.sin((2 * Math.PI * this.t) / s.driftPeriodS);
  }

  /** μ(t)/μ0. */
  get brightnessFactor(): number {
    return Math.exp(this.logBrightness);
  }

  /** η_det(t)/η_det0 (the caller caps η_det at 1). */
  get efficiencyFactor(): number {
    return Math.exp(this.logEfficiency);
  }
}
