// Synthetic detection batches for the distillation tests and benchmarks: independent of the photon
// simulator, with chosen error rates per basis and an optional intercept-resend Eve, so the pipeline
// can be checked against known inputs. Everything is drawn from a seeded Rng.
import {
  allocateBatch,
  BASIS_X,
  BASIS_Z,
  EVE_EXACT,
  EVE_GUESS,
  EVE_NONE,
  type DetectionBatch,
} from '../common/detections';
import { Rng } from '../common/rng';

export interface SyntheticLink {
  /** Probability that Alice and Bob pick Z. */
  pZ: number;
  /** Channel error rates (without Eve) in Z and X. */
  qberZ: number;
  qberX: number;
  /** Share of clicks whose pulse Eve intercepted and resent (random basis). */
  interceptFraction: number;
  /** Share of clicks from two-photon pulses whose second photon Eve kept and measured after the basis
   *  announcement (photon-number splitting): she knows the bit exactly and causes no error. */
  splitFraction?: number;
  /** Pulses per click (spacing of pulse indices). */
  pulsesPerClick: number;
  /** Decoy-state laser: the share of pulses and the gain (clicks per pulse) of each intensity class
   *  (signal, decoy, vacuum). Clicks are drawn per class in proportion; vacuum clicks are coin flips. */
  classes?: { pulseShare: [number, number, number]; gain: [number, number, number] };
}

/** A generator of consecutive batches for one synthetic run. */
export class SyntheticDetections {
  private readonly rng: Rng;
  private nextPulse = 0;

  constructor(
    private readonly link: SyntheticLink,
    seed: number,
  ) {
    this.rng = Rng.fromSeed(seed);
  }

  /** Intensity class of a click: P(class c) ∝ pulse share × gain. */
  private drawClass(): number {
    const cl = this.link.classes;
    if (!cl) return 0;
    const w = [0, 1, 2].map((c) => cl.pulseShare[c] * cl.gain[c]);
    let u = this.rng.nextFloat() * (w[0] + w[1] + w[2]);
    for (let c = 0; c < 2; c++) {
      if (u < w[c]) return c;
      u -= w[c];
    }
    return 2;
  }

  batch(clicks: number): DetectionBatch {
    const b = allocateBatch(clicks);
    const { rng, link } = this;
    b.firstPulse = this.nextPulse;
    for (let i = 0; i < clicks; i++) {
      const pulse = this.nextPulse + Math.floor(rng.nextFloat() * link.pulsesPerClick);
      this.nextPulse += link.pulsesPerClick;
      b.pulseIndex[i] = pulse;
      b.photonNumber[i] = 1;
      b.intensity[i] = this.drawClass();
      const aBasis = rng.nextFloat() < link.pZ ? BASIS_Z : BASIS_X;
      const bBasis = rng.nextFloat() < link.pZ ? BASIS_Z : BASIS_X;
      const aBit = rng.nextBit();
      let bBit = aBit;
      let eveKnows = EVE_NONE,
        eveBit = rng.nextBit();
      if (rng.nextFloat() < (link.splitFraction ?? 0)) {
        b.photonNumber[i] = 2;
        eveKnows = EVE_EXACT;
        eveBit = aBit;
      } else if (rng.nextFloat() < link.interceptFraction) {
        const eBasis = rng.nextBit();
        if (eBasis === aBasis) {
          eveKnows = EVE_EXACT;
          eveBit = aBit;
        } else {
          eveKnows = EVE_GUESS;
          eveBit = rng.nextBit();
          if (bBasis !== eBasis) bBit = rng.nextBit();
          else bBit = eveBit;
        }
      }
      if (rng.nextFloat() < (aBasis === BASIS_Z ? link.qberZ : link.qberX)) bBit ^= 1;
      if (b.intensity[i] === 2) {
        b.photonNumber[i] = 0;
        bBit = rng.nextBit();
      }
      b.aliceBasis[i] = aBasis;
      b.bobBasis[i] = bBasis;
      b.aliceBit[i] = aBit;
      b.bobBit[i] = bBit;
      b.eveKnowledge[i] = eveKnows;
      b.eveBit[i] = eveBit;
    }
    b.count = clicks;
    b.endPulse = this.nextPulse;
    const span = b.endPulse - b.firstPulse;
    const share = link.classes?.pulseShare ?? [1, 0, 0];
    for (let c = 0; c < 3; c++) b.pulsesByIntensity[c] = span * share[c];
    b.simulatedSecondsEnd = b.endPulse / 1e9;
    return b;
  }
}
