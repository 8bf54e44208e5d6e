// Enumerates every discrete configuration of one pulse (intensity class, photon number, Alice's basis
// and bit, Eve's branch and result, Bob's basis, detector outcome, coin flips) with its exact probability,
// for a given set of live detectors, and builds the alias tables the event-skipping simulator draws from.
import {
  BASIS_X,
  BASIS_Z,
  EVE_EXACT,
  EVE_GUESS,
  EVE_NONE,
  FLAG_DARK,
  FLAG_DOUBLE,
  FLAG_EVE_RESENT,
  FLAG_SIDE_PEAK,
} from '../common/detections';
import { assertNever } from '../common/exhaustive';
import type { LinkParams } from '../common/params';
import { AliasTable } from './aliasTable';
import { cloningBranches } from './cloning';
import { detectorOutcomes, OUTCOME_SLOTS } from './detectorOutcomes';
import { encodeEntry, SHIFT_CLICK_MASK } from './entryCode';
import {
  aliceBasisProbability,
  aliceBitProbability,
  eveBasisProbability,
  SIDE_PEAK_PROBABILITY,
  type LinkModel,
} from './linkModel';
import { pnsBlocking } from './pnsStrategy';

/** Eve's bit is a fair coin (two entries of half weight each). */
const COIN = -1;

export interface OutcomeEnumeration {
  /** Packed entry codes (entryCode.ts) and their probabilities; clickMask 0 entries are no-click pulses. */
  codes: Uint32Array;
  probs: Float64Array;
}

/** Every configuration of one pulse with detectors live per `liveMask` (bit 0 det0, bit 1 det1). */
export function enumerateOutcomes(p: LinkParams, model: LinkModel, liveMask: number): OutcomeEnumeration {
  const merged = new Map<number, number>();
  const slots = new Float64Array(OUTCOME_SLOTS),
    sideSlots = new Float64Array(OUTCOME_SLOTS);
  const pDark = model.darkClickProbability;
  const etaRx = model.receiverEfficiency;
  const pns = p.eve === 'pns' ? pnsBlocking(model) : null;
  const hasSidePeaks = p.encoding === 'time-bin-3state';
  const add = (code: number, prob: number) => {
    if (prob > 0) merged.set(code, (merged.get(code) ?? 0) + prob);
  };

  for (let c = 0; c < 3; c++) {
    const pc = model.classProbability[c];
    if (pc === 0) continue;
    const pn = model.photonNumberProbs[c];
    for (let n = 0; n < pn.length; n++) {
      if (pn[n] === 0) continue;
      for (let aB = BASIS_Z; aB <= BASIS_X; aB++) {
        for (let ab = 0; ab <= 1; ab++) {
          const pAlice = aliceBasisProbability(p, aB) * aliceBitProbability(p, aB, ab);
          if (pAlice === 0) continue;
          for (let bB = BASIS_Z; bB <= BASIS_X; bB++) {
            const base = pc * pn[n] * pAlice * (bB === BASIS_Z ? p.basisBiasZ : 1 - p.basisBiasZ);
            /** Bob receives m photons in state (basis, bit), each detected with probability eff. */
            const emit = (
              weight: number,
              m: number,
              basis: number,
              bit: number,
              eff: number,
              knowledge: number,
              eveBit: number,
              extraFlags: number,
            ) => {
              if (!(weight > 0)) return;
              const matched = basis === bB;
              const err = model.intrinsicError[basis];
              const qBit = matched ? 1 - err : 0.5; // probability the photon lands on detector `bit`
              const q0 = bit === 0 ? qBit : 1 - qBit;
              // Three-state, Bob in X: each detected photon is in the central slot with probability 1/2, else in a
              // side slot on either detector. A click whose signal photons all sit in side slots is a side-peak click.
              const side = hasSidePeaks && bB === BASIS_X ? SIDE_PEAK_PROBABILITY : 0;
              const central = eff * (1 - side);
              detectorOutcomes(
                slots,
                m,
                central * q0 + (eff * side) / 2,
                central * (1 - q0) + (eff * side) / 2,
                pDark,
                liveMask,
              );
              sideSlots.fill(0);
              if (side > 0 && m > 0) {
                // No photon detected in the central slot ((1 − central)^m), and the rest conditioned on that.
                const noCentral = (1 - central) ** m,
                  aSide = (eff * side) / 2 / (1 - central);
                detectorOutcomes(sideSlots, m, aSide, aSide, pDark, liveMask);
                for (let s = 1; s < OUTCOME_SLOTS; s += 2) sideSlots[s] *= noCentral;
              }
              for (let k = 0; k < 2 * OUTCOME_SLOTS; k++) {
                const s = k % OUTCOME_SLOTS,
                  isSide = k >= OUTCOME_SLOTS;
                const hasSignal = s & 1;
                if (isSide && !hasSignal) continue;
                // Signal slots split into side-peak clicks and the rest (central clicks); no-signal slots stay whole.
                const ps = isSide ? sideSlots[s] : hasSignal ? slots[s] - sideSlots[s] : slots[s];
                if (!(ps > 0)) continue;
                const mask = s >> 1;
                const flags =
                  extraFlags |
                  (mask !== 0 && !hasSignal ? FLAG_DARK : 0) |
                  (mask === 3 ? FLAG_DOUBLE : 0) |
                  (isSide ? FLAG_SIDE_PEAK : 0);
                const bobBits = mask === 3 ? 2 : 1;
                const eveBits = eveBit === COIN ? 2 : 1;
                const w = (weight * ps) / (bobBits * eveBits);
                for (let bi = 0; bi < bobBits; bi++) {
                  const bobBit = mask === 3 ? bi : mask === 2 ? 1 : 0;
                  for (let ei = 0; ei < eveBits; ei++) {
                    add(
                      encodeEntry({
                        photons: n,
                        intensity: c,
                        aliceBasis: aB,
                        aliceBit: ab,
                        bobBasis: bB,
                        bobBit,
                        flags,
                        eveKnowledge: knowledge,
                        eveBit: eveBit === COIN ? ei : eveBit,
                        clickMask: mask,
                      }),
                      w,
                    );
                  }
                }
              }
            };
            emitEveBranches(p, model, n, aB, ab, base, etaRx, pns, emit);
          }
        }
      }
    }
  }
  const codes = new Uint32Array(merged.size),
    probs = new Float64Array(merged.size);
  let i = 0;
  for (const [code, prob] of merged) {
    codes[i] = code;
    probs[i] = prob;
    i++;
  }
  return { codes, probs };
}

type Emit = (
  weight: number,
  m: number,
  basis: number,
  bit: number,
  eff: number,
  knowledge: number,
  eveBit: number,
  extraFlags: number,
) => void;

/** Split one pulse into Eve's branches (docs/model.md, Eve) and hand each photon delivery to `emit`. */
function emitEveBranches(
  p: LinkParams,
  model: LinkModel,
  n: number,
  aB: number,
  ab: number,
  base: number,
  etaRx: number,
  pns: { blockSingle: number; blockMulti: number } | null,
  emit: Emit,
): void {
  switch (p.eve) {
    case 'none':
      emit(base, n, aB, ab, model.totalEfficiency, EVE_NONE, COIN, 0);
      return;
    case 'intercept-resend': {
      const f = p.interceptFraction;
      emit(base * (1 - f), n, aB, ab, model.totalEfficiency, EVE_NONE, COIN, 0);
      const noneReachEve = (1 - model.fiberTransmissionToEve) ** n;
      emit(base * f * noneReachEve, 0, aB, ab, 0, EVE_NONE, COIN, 0);
      const effResent = model.fiberTransmissionFromEve * etaRx;
      for (let eB = BASIS_Z; eB <= BASIS_X; eB++) {
        const w = base * f * (1 - noneReachEve) * eveBasisProbability(p, eB);
        if (eB === aB) emit(w, 1, eB, ab, effResent, EVE_EXACT, ab, FLAG_EVE_RESENT);
        else for (let r = 0; r <= 1; r++) emit(w / 2, 1, eB, r, effResent, EVE_GUESS, r, FLAG_EVE_RESENT);
      }
      return;
    }
    case 'pns': {
      const b = pns as { blockSingle: number; blockMulti: number };
      if (n === 0) emit(base, 0, aB, ab, 0, EVE_NONE, COIN, 0);
      else if (n === 1) {
        emit(base * (1 - b.blockSingle), 1, aB, ab, etaRx, EVE_NONE, COIN, 0);
        emit(base * b.blockSingle, 0, aB, ab, 0, EVE_NONE, COIN, 0);
      } else {
        // Eve holds a photon of every multi-photon pulse, forwarded or blocked: she knows the bit.
        emit(base * (1 - b.blockMulti), n - 1, aB, ab, etaRx, EVE_EXACT, ab, 0);
        emit(base * b.blockMulti, 0, aB, ab, 0, EVE_EXACT, ab, 0);
      }
      return;
    }
    case 'beam-splitting': {
      const t = model.fiberTransmission;
      let binom = 1; // C(n, k)
      for (let k = 0; k <= n; k++) {
        const w = base * binom * t ** k * (1 - t) ** (n - k);
        if (k === n) emit(w, k, aB, ab, etaRx, EVE_NONE, COIN, 0);
        else emit(w, k, aB, ab, etaRx, EVE_EXACT, ab, 0);
        binom = (binom * (n - k)) / (k + 1);
      }
      return;
    }
    case 'phase-covariant-cloning': {
      // k ≥ 1 of the n photons reach Eve's cloner; each branch flips their state (error D in either basis) and
      // fixes whether her guess, made after the basis announcement, is right (cloning.ts).
      const f = p.interceptFraction,
        t1 = model.fiberTransmissionToEve;
      emit(base * (1 - f), n, aB, ab, model.totalEfficiency, EVE_NONE, COIN, 0);
      emit(base * f * (1 - t1) ** n, 0, aB, ab, 0, EVE_NONE, COIN, 0);
      const effOnward = model.fiberTransmissionFromEve * etaRx;
      let binom = n; // C(n, k)
      for (let k = 1; k <= n; k++) {
        const w = base * f * binom * t1 ** k * (1 - t1) ** (n - k);
        for (const b of cloningBranches(p.cloningDisturbance)) {
          emit(w * b.weight, k, aB, b.flipped ? 1 - ab : ab, effOnward, EVE_GUESS, b.right ? ab : 1 - ab, 0);
        }
        binom = (binom * (n - k)) / (k + 1);
      }
      return;
    }
    default:
      assertNever(p.eve, 'attack');
  }
}

/** The tables for one detector-liveness state: click probability and alias tables for click / no-click pulses. */
export class OutcomeTable {
  readonly liveMask: number;
  /** P(at least one live detector clicks) per pulse. */
  readonly clickProbability: number;
  /** −ln(1 − clickProbability): the rate of the exponential whose floor is the geometric gap. */
  readonly gapRate: number;
  readonly clickAlias: AliasTable | null;
  readonly noClickAlias: AliasTable | null;
  /** The click entries and their probabilities conditioned on a click (for the joint gap tables). */
  readonly clickCodes: Uint32Array;
  readonly clickWeights: Float64Array;
  /** P(intensity class c | no click) for the multinomial split of skipped pulses. */
  readonly noClickIntensity: Float64Array;

  constructor(p: LinkParams, model: LinkModel, liveMask: number) {
    this.liveMask = liveMask;
    const { codes, probs } = enumerateOutcomes(p, model, liveMask);
    const clickCodes: number[] = [],
      clickProbs: number[] = [],
      quietCodes: number[] = [],
      quietProbs: number[] = [];
    const quietByIntensity = new Float64Array(3);
    let pClick = 0,
      pQuiet = 0;
    for (let i = 0; i < codes.length; i++) {
      if ((codes[i] >>> SHIFT_CLICK_MASK) & 3) {
        clickCodes.push(codes[i]);
        clickProbs.push(probs[i]);
        pClick += probs[i];
      } else {
        quietCodes.push(codes[i]);
        quietProbs.push(probs[i]);
        pQuiet += probs[i];
        quietByIntensity[(codes[i] >>> 8) & 3] += probs[i];
      }
    }
    // pClick is summed from small terms; normalise against the total to keep P(click) + P(quiet) = 1.
    const total = pClick + pQuiet;
    this.clickProbability = Math.min(1, pClick / total);
    this.gapRate = -Math.log1p(-this.clickProbability);
    this.clickAlias = pClick > 0 ? new AliasTable(clickCodes, clickProbs) : null;
    this.clickCodes = Uint32Array.from(clickCodes);
    this.clickWeights = Float64Array.from(clickProbs, (x) => x / pClick);
    this.noClickAlias = pQuiet > 0 ? new AliasTable(quietCodes, quietProbs) : null;
    this.noClickIntensity = new Float64Array(3);
    if (pQuiet > 0) for (let c = 0; c < 3; c++) this.noClickIntensity[c] = quietByIntensity[c] / pQuiet;
  }
}
