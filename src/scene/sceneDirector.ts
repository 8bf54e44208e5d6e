// Decides, frame by frame, which photons fly: the feed's sampled real detections (spaced out so each
// can be followed), dark counts as bare detector flashes, and lost photons as faded dots at the rate
// planLostDots() sets from the measured loss. Three-free: it fills a PhotonPool and reports flashes.
import type { LinkParams } from '../../workers/common/params';
import { eveTapKm } from '../../workers/photon/linkModel';
import { DISPLAY_DETECTIONS_PER_S, outcomeOf, type LinkFeed, type SampledDetection } from './linkFeed';

/** What the director needs from the feed (the worker side has a small proxy with the same methods). */
export type FeedLike = Pick<LinkFeed, 'take' | 'random' | 'detectedFraction'>;
import { planLostDots, sampleLossPlace, type LostDotPlan } from './lostPhotons';
import { NO_EVE, PATH_LENGTH, PhotonPool, pathAtKm, pathInReceiver } from './photonPool';

export const OUTCOME_CORRECT = 0;
export const OUTCOME_ERROR = 1;
export const OUTCOME_DISCARDED = 2;
/** Tag bit: the click was a dark count (no photon flew). */
export const TAG_DARK = 4;

export type FlashHandler = (detector: number, tag: number) => void;

const MIN_LAUNCH_GAP_S = 0.8 / DISPLAY_DETECTIONS_PER_S;

export function outcomeCode(d: SampledDetection): number {
  const o = outcomeOf(d);
  return o === 'correct' ? OUTCOME_CORRECT : o === 'error' ? OUTCOME_ERROR : OUTCOME_DISCARDED;
}

/** Where Eve acts on the path: her tap for intercept-resend and cloning, Alice's output for PNS and beam splitting. */
export function eveKm(p: LinkParams): number {
  return eveTapKm(p);
}

export class SceneDirector {
  readonly pool: PhotonPool;
  private sinceLaunchS = Infinity;
  private lostCredit = 0;
  private wasRunning = false;
  plan: LostDotPlan = { photonsPerDot: 1, dotsPerS: 0 };

  constructor(
    private readonly feed: FeedLike,
    capacity = 1024,
  ) {
    this.pool = new PhotonPool(capacity);
  }

  reset(): void {
    this.pool.clear();
    this.lostCredit = 0;
    this.sinceLaunchS = Infinity;
    this.wasRunning = false;
  }

  /** One frame: launch what is due while the run goes on, then move everything by dtS. */
  update(dtS: number, params: LinkParams, isRunning: boolean, onFlash: FlashHandler): void {
    this.plan = planLostDots(this.feed.detectedFraction(params).fraction, DISPLAY_DETECTIONS_PER_S);
    this.sinceLaunchS += dtS;
    // The press of Start shows at once: the first frame of a run launches a dot even before the first sampled
    // detection arrives (on a busy machine the frames come slowly and the credit would take a second to fill).
    if (isRunning && !this.wasRunning) this.lostCredit = Math.max(this.lostCredit, 1);
    this.wasRunning = isRunning;
    if (isRunning) {
      if (this.sinceLaunchS >= MIN_LAUNCH_GAP_S) {
        const d = this.feed.take();
        if (d) {
          this.sinceLaunchS = 0;
          this.launchDetection(d, params, onFlash);
        }
      }
      this.lostCredit += this.plan.dotsPerS * dtS;
      while (this.lostCredit >= 1) {
        this.lostCredit -= 1;
        this.launchLost(params);
      }
    }
    this.pool.step(dtS, onFlash);
  }

  private lane(): number {
    return (this.feed.random() - 0.5) * 0.3;
  }

  launchDetection(d: SampledDetection, p: LinkParams, onFlash: FlashHandler): void {
    const tag = outcomeCode(d);
    if (d.isDark) {
      // no photon travelled: the detector clicked on its own
      onFlash(d.bobBit, tag | TAG_DARK);
      return;
    }
    let eveBasis = NO_EVE;
    // Eve resent it in her basis; or she kept a copy (PNS, beam splitting) or cloned it (her share of the photons).
    if (d.isEveResent) eveBasis = d.isEveExact ? d.aliceBasis : 1 - d.aliceBasis;
    else if (d.isEveExact && (p.eve === 'pns' || p.eve === 'beam-splitting')) eveBasis = d.aliceBasis;
    else if (p.eve === 'phase-covariant-cloning' && this.feed.random() < p.interceptFraction) eveBasis = d.aliceBasis;
    this.pool.launch({
      isLost: false,
      basis: d.aliceBasis,
      eveBasis,
      eveS: pathAtKm(eveKm(p), p.fiberLengthKm),
      endS: PATH_LENGTH,
      detector: d.bobBit,
      tag,
      lane: this.lane(),
    });
  }

  launchLost(p: LinkParams): void {
    const basis = this.feed.random() < p.basisBiasZ ? 0 : 1;
    const place = sampleLossPlace(p, this.feed.random(), this.feed.random());
    const endS = place.where === 'fiber' ? pathAtKm(place.km, p.fiberLengthKm) : pathInReceiver(this.feed.random());
    let eveBasis = NO_EVE;
    const km = eveKm(p);
    const isPastEve = place.where === 'receiver' || place.km > km;
    if (p.eve === 'intercept-resend' && isPastEve && this.feed.random() < p.interceptFraction) {
      eveBasis =
        p.eveBasisChoice === 'fixed-z' ? 0 : p.eveBasisChoice === 'fixed-x' ? 1 : this.feed.random() < 0.5 ? 0 : 1;
    } else if (p.eve === 'phase-covariant-cloning' && isPastEve && this.feed.random() < p.interceptFraction) {
      eveBasis = basis; // her cloner copies the photon without measuring it
    }
    this.pool.launch({
      isLost: true,
      basis,
      eveBasis,
      eveS: pathAtKm(km, p.fiberLengthKm),
      endS,
      detector: 0,
      tag: 0,
      lane: this.lane(),
    });
  }
}
