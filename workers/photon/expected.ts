// The analytic expectation of the photon model for one LinkParams: gain, QBER per basis, sifted rates,
// dark/double fractions and Eve's exact-knowledge fraction, in closed form through the photon-number
// generating function G(z) = Σ p_n zⁿ (exact for the simulator's model without dead time), plus the
// textbook approximations (Ma, Qi, Zhao & Lo 2005) and a renewal approximation of the gain with dead time and
// afterpulses.
import type { LinkParams } from '../common/params';
import { assertNever } from '../common/exhaustive';
import { cloningGuessProbability, cloningInformation } from './cloning';
import { fiberTransmittance, qdPhotonNumbers, receiverTransmittance } from '../common/photonStats';
import { buildLinkModel, classProbabilities, eveTapKm, SIDE_PEAK_PROBABILITY } from './linkModel';
import { pnsBlocking } from './pnsStrategy';

export interface ExpectedStatistics {
  /** Detections per pulse (exact for the model when deadTimeS = 0 and afterpulseProbability = 0). */
  gainPerPulse: number;
  gainByIntensity: [number, number, number];
  qberZ: number;
  qberX: number;
  siftedZPerPulse: number;
  siftedXPerPulse: number;
  /** Fractions of all detections that are dark-only clicks / double clicks. */
  darkFraction: number;
  doubleFraction: number;
  /** Fraction of sifted Z bits Eve knows exactly (EVE_EXACT). */
  eveExactSiftedZFraction: number;
  /** Fraction of sifted Z bits on which Eve's bit equals Alice's (exact, guessed or a coin flip). */
  eveAgreementSiftedZ: number;
  /** Eve's mutual information with Alice's sifted Z bits, in bits per bit (1 for exact, 1 − h(P) for a guess). */
  eveInformationSiftedZ: number;
  /**
   * Gain with dead time and afterpulses, per-detector renewal approximation (exact for one detector; a few % off when
   * both are busy).
   */
  gainPerPulseWithDeadTime: number;
  /** Textbook approximations (Ma, Qi, Zhao & Lo 2005) (Y0 = 2 p_dark, no Eve, no double-click bookkeeping). */
  approx: { gainPerPulse: number; qberZ: number; qberX: number };
}

/**
 * One way photons reach Bob: weight and E[x^M; branch] for the photon count M at his input (pgf(1) = branch
 * probability).
 */
interface Delivery {
  weight: number;
  pgf: (x: number) => number;
  /** True when the photon is in Alice's state (Bob in her basis gets the intrinsic error); false: random. */
  isAliceState: boolean;
  /** Alice's state with the bit flipped in her basis (an error unless the intrinsic error flips it back). */
  isFlipped?: boolean;
  isEveExact: boolean;
  /** Probability that Eve's bit equals Alice's, and her information in bits (default: 1 and 1 if exact, else ½, 0). */
  eveRight?: number;
  eveInformation?: number;
}

const ZERO_PHOTONS = (): number => 1;

/**
 * Photon-number probabilities p_n of class c, summed here on purpose rather than taken from photonStats: it is
 * independent of the sampler's truncated table (to 1e-17), so the expectation checks that truncation.
 */
function photonNumberPmf(p: LinkParams, meanPhotons: number): number[] {
  if (p.source === 'qd') {
    const { p0, p1, p2 } = qdPhotonNumbers(meanPhotons, p.g2Zero);
    return [p0, p1, p2];
  }
  const out: number[] = [];
  let term = Math.exp(-meanPhotons),
    sum = 0;
  for (let n = 0; n < 400 && (n <= meanPhotons || 1 - sum > 1e-17); n++) {
    out.push(term);
    sum += term;
    term *= meanPhotons / (n + 1);
  }
  return out;
}

function pgfOf(pmf: number[]): (z: number) => number {
  return (z) => {
    let s = 0,
      zn = 1;
    for (const pn of pmf) {
      s += pn * zn;
      zn *= z;
    }
    return s;
  };
}

export function expectedStatistics(params: LinkParams): ExpectedStatistics {
  const p = params;
  const model = buildLinkModel(p);
  // The model's noise-click probability: dark counts, plus Raman photons when classical data shares the fiber.
  const pd = model.darkClickProbability;
  const etaFiber = fiberTransmittance(p, p.fiberLengthKm);
  const etaRx = receiverTransmittance(p);
  const eveKm = eveTapKm(p);
  const eta1 = fiberTransmittance(p, eveKm),
    eta2 = fiberTransmittance(p, p.fiberLengthKm - eveKm);
  const err = [p.intrinsicErrorZ, (1 - p.interferometerVisibility) / 2];
  const classes = classProbabilities(p);
  const means = [p.meanPhotonNumber, p.decoyMeanPhotonNumber, 0];
  const pns = p.eve === 'pns' ? pnsBlocking(model) : null;
  const f = p.interceptFraction;
  const pEve = [p.eveBasisChoice === 'fixed-x' ? 0 : p.eveBasisChoice === 'fixed-z' ? 1 : 0.5, 0];
  pEve[1] = 1 - pEve[0];

  /** Deliveries of one pulse of class c when Alice used `basis`. */
  const deliveries = (c: number, basis: number): Delivery[] => {
    const pmf = c === 2 ? [1] : photonNumberPmf(p, means[c]);
    const G = pgfOf(pmf);
    const fiber = (x: number) => G(1 - etaFiber + etaFiber * x);
    switch (p.eve) {
      case 'intercept-resend': {
        const reach = 1 - G(1 - eta1);
        const one = (x: number) => 1 - eta2 + eta2 * x;
        return [
          { weight: 1 - f, pgf: fiber, isAliceState: true, isEveExact: false },
          { weight: f * (1 - reach), pgf: ZERO_PHOTONS, isAliceState: true, isEveExact: false },
          { weight: f * reach * pEve[basis], pgf: one, isAliceState: true, isEveExact: true },
          { weight: f * reach * (1 - pEve[basis]), pgf: one, isAliceState: false, isEveExact: false },
        ];
      }
      case 'pns': {
        const b = pns as { blockSingle: number; blockMulti: number };
        const out: Delivery[] = [{ weight: pmf[0], pgf: ZERO_PHOTONS, isAliceState: true, isEveExact: false }];
        if (pmf.length > 1) {
          out.push({ weight: pmf[1] * (1 - b.blockSingle), pgf: (x) => x, isAliceState: true, isEveExact: false });
          out.push({ weight: pmf[1] * b.blockSingle, pgf: ZERO_PHOTONS, isAliceState: true, isEveExact: false });
        }
        for (let n = 2; n < pmf.length; n++) {
          out.push({
            weight: pmf[n] * (1 - b.blockMulti),
            pgf: (x) => x ** (n - 1),
            isAliceState: true,
            isEveExact: true,
          });
          out.push({ weight: pmf[n] * b.blockMulti, pgf: ZERO_PHOTONS, isAliceState: true, isEveExact: true });
        }
        return out;
      }
      case 'beam-splitting':
        // Bob sees exactly the lossy fiber; Eve holds a photon unless all n reached Bob (prob η_f^n).
        return [
          { weight: 1, pgf: fiber, isAliceState: true, isEveExact: true },
          { weight: -1, pgf: (x) => G(etaFiber * x), isAliceState: true, isEveExact: true },
          { weight: 1, pgf: (x) => G(etaFiber * x), isAliceState: true, isEveExact: false },
        ];
      case 'phase-covariant-cloning': {
        // Photons that reach Eve (at least one) pass her cloner: flipped with probability D, her guess right with P.
        const none = G(1 - eta1);
        const reached = (x: number) => fiber(x) - none;
        const [right, info] = [cloningGuessProbability(p.cloningDisturbance), cloningInformation(p.cloningDisturbance)];
        const d = Math.min(0.5, Math.max(0, p.cloningDisturbance));
        const cloned = { pgf: reached, isAliceState: true, isEveExact: false, eveRight: right, eveInformation: info };
        return [
          { weight: 1 - f, pgf: fiber, isAliceState: true, isEveExact: false },
          { weight: f, pgf: () => none, isAliceState: true, isEveExact: false },
          { ...cloned, weight: f * (1 - d) },
          { ...cloned, weight: f * d, isFlipped: true },
        ];
      }
      case 'none':
        return [{ weight: 1, pgf: fiber, isAliceState: true, isEveExact: false }];
      default:
        return assertNever(p.eve, 'attack');
    }
  };

  const gainByIntensity: [number, number, number] = [0, 0, 0];
  const sifted = [0, 0],
    errors = [0, 0];
  let dark = 0,
    double = 0,
    eveExactZ = 0,
    eveAgreeZ = 0,
    eveInfoZ = 0;
  const q = 1 - pd;
  for (let c = 0; c < 3; c++) {
    if (classes[c] === 0) continue;
    for (let aB = 0; aB < 2; aB++) {
      const pA = aB === 0 ? p.basisBiasZ : 1 - p.basisBiasZ;
      for (const d of deliveries(c, aB)) {
        // A delivery may be a sub-event (e.g. "all photons reached Bob"): its mass is E[1^M] = pgf(1).
        const mass = d.pgf(1);
        const silentBoth = q * q * d.pgf(1 - etaRx);
        const click = mass - silentBoth;
        for (let bB = 0; bB < 2; bB++) {
          const w = classes[c] * pA * (bB === 0 ? p.basisBiasZ : 1 - p.basisBiasZ) * d.weight;
          gainByIntensity[c] += pA * (bB === 0 ? p.basisBiasZ : 1 - p.basisBiasZ) * d.weight * click;
          // Any photon state: dark-only = no photon detected and ≥ 1 dark click.
          dark += w * d.pgf(1 - etaRx) * (1 - q * q);
          const qMatched = d.isFlipped ? err[aB] : 1 - err[aB];
          const qCorrect = bB === aB && d.isAliceState ? qMatched : 0.5;
          // Side peaks (three-state, Bob in X): a photon is in the central slot with probability 1 − s, else on either
          // detector in a side slot; per-detector detection probabilities cen·q + sb and cen·(1 − q) + sb.
          const s = bB === 1 && p.encoding === 'time-bin-3state' ? SIDE_PEAK_PROBABILITY : 0;
          const cen = etaRx * (1 - s),
            sb = (etaRx * s) / 2;
          const silentCorrect = q * d.pgf(1 - cen * qCorrect - sb);
          const silentWrong = q * d.pgf(1 - cen * (1 - qCorrect) - sb);
          const both = mass - silentCorrect - silentWrong + silentBoth;
          double += w * both;
          if (bB !== aB) continue;
          // Side-peak clicks (a side photon, no central one) are no test bits: take them out (all 0 when s = 0).
          const none = d.pgf(1 - etaRx),
            noCentral = d.pgf(1 - cen);
          const sideClick = noCentral - none;
          const sideWrongOnly = q * (d.pgf(1 - cen - sb) - none);
          const sideBoth = noCentral - 2 * q * d.pgf(1 - cen - sb) + q * q * none - none * (1 - q) ** 2;
          sifted[aB] += w * (s > 0 ? click - sideClick : click);
          errors[aB] +=
            w *
            (s > 0
              ? silentCorrect - silentBoth - sideWrongOnly + (both - sideBoth) / 2
              : silentCorrect - silentBoth + both / 2);
          if (aB === 0) {
            // Z has no side peaks: every click with Bob in Z is a sifted key bit.
            if (d.isEveExact) eveExactZ += w * click;
            eveAgreeZ += w * click * (d.eveRight ?? (d.isEveExact ? 1 : 0.5));
            eveInfoZ += w * click * (d.eveInformation ?? (d.isEveExact ? 1 : 0));
          }
        }
      }
    }
  }
  const gainPerPulse =
    classes[0] * gainByIntensity[0] + classes[1] * gainByIntensity[1] + classes[2] * gainByIntensity[2];
  // Dead time and afterpulses: each detector as an independent renewal process. After a click it is dead
  // for D pulses, then fires an afterpulse at once with probability p_ap, else waits Geometric(r) pulses,
  // where r = its click probability while both detectors are live = (gain + double clicks) / 2 by symmetry.
  const deadPulses = model.deadPulses,
    pAp = p.afterpulseProbability;
  const doubles = double;
  const r = (gainPerPulse + doubles) / 2;
  const clickRate = r > 0 ? 1 / (deadPulses + pAp + (1 - pAp) / r) : 0;
  const liveFraction = r > 0 ? clickRate / r : 1;
  const gainWithDeadTime = 2 * clickRate - doubles * Math.min(1, liveFraction) ** 2;
  return {
    gainPerPulse,
    gainByIntensity,
    qberZ: errors[0] / sifted[0],
    qberX: errors[1] / sifted[1],
    siftedZPerPulse: sifted[0],
    siftedXPerPulse: sifted[1],
    darkFraction: dark / gainPerPulse,
    doubleFraction: double / gainPerPulse,
    eveExactSiftedZFraction: eveExactZ / sifted[0],
    eveAgreementSiftedZ: eveAgreeZ / sifted[0],
    eveInformationSiftedZ: eveInfoZ / sifted[0],
    gainPerPulseWithDeadTime: gainWithDeadTime,
    approx: section2Approximation(p, etaFiber * etaRx, pd, classes, means, err),
  };
}

/**
 * Ma, Qi, Zhao & Lo, PRA 72, 012326 (2005): Y_n = 1 − (1 − Y0)(1 − η)^n, Q = Σ p_n Y_n, E·Q = Σ p_n [Y0/2 + e_det (Y_n
 * − Y0)].
 */
function section2Approximation(
  p: LinkParams,
  eta: number,
  pd: number,
  classes: number[],
  means: number[],
  err: number[],
) {
  const y0 = 2 * pd;
  let gain = 0;
  const eq = [0, 0];
  for (let c = 0; c < 3; c++) {
    if (classes[c] === 0) continue;
    const pmf = c === 2 ? [1] : photonNumberPmf(p, means[c]);
    pmf.forEach((pn, n) => {
      const yn = 1 - (1 - y0) * (1 - eta) ** n;
      gain += classes[c] * pn * yn;
      for (let b = 0; b < 2; b++) eq[b] += classes[c] * pn * (y0 / 2 + err[b] * (yn - y0));
    });
  }
  return { gainPerPulse: gain, qberZ: eq[0] / gain, qberX: eq[1] / gain };
}
