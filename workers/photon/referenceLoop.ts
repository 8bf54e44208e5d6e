// The reference simulator: a plain pulse-by-pulse loop that follows every photon physically (source,
// Eve, fiber, receiver, detectors with dark counts and Raman noise, dead time and afterpulses). Independent of the
// outcome tables; used by tests to check the event-skipping simulator and by the naive benchmark.
// Independent on purpose: it writes out its own photon-number distributions (p2 = g2·μ²/2, Poisson) and noise
// clicks instead of importing them from workers/common/photonStats.ts, so a slip in that one source shows up as a
// disagreement here. Only the dB-to-transmittance conversion is shared.
import {
  BASIS_X,
  BASIS_Z,
  EVE_EXACT,
  EVE_GUESS,
  EVE_NONE,
  FLAG_AFTERPULSE,
  FLAG_DARK,
  FLAG_DOUBLE,
  FLAG_EVE_RESENT,
  FLAG_SIDE_PEAK,
  type DetectionBatch,
} from '../common/detections';
import { assertNever } from '../common/exhaustive';
import { assertValidParams, type LinkParams } from '../common/params';
import { Rng } from '../common/rng';
import { DetectionBuffer } from './detectionBuffer';
import { dbToTransmittance } from '../common/photonStats';
import { classProbabilities, eveTapKm, SIDE_PEAK_PROBABILITY } from './linkModel';
import { pnsBlocking, type PnsBlocking } from './pnsStrategy';
import { buildLinkModel } from './linkModel';
import { ramanNoise } from './raman';

const TWO_POW_32 = 4294967296;

/** A probability split into a 32-bit integer part and the next 32 bits, for exact 64-bit comparisons. */
interface SplitThreshold {
  hi: number;
  lo: number;
}
const splitThreshold = (p: number): SplitThreshold => {
  const x = p * TWO_POW_32,
    hi = Math.floor(x);
  return { hi, lo: Math.floor((x - hi) * TWO_POW_32) };
};

/** Per-link constants the loop needs, computed here from the parameters (not from the tables). */
interface ReferenceLink {
  p: LinkParams;
  classProb: [number, number, number];
  means: [number, number, number];
  pDark: number;
  etaFiber: number;
  eta1: number;
  eta2: number;
  etaRxLoss: number;
  detEff: number;
  errorByBasis: [number, number];
  deadPulses: number;
  pns: PnsBlocking | null;
  /** P(class c and n = 0 and no dark click in either detector): nothing at all happens. */
  quietByClass: [number, number, number];
}

function referenceLink(p: LinkParams): ReferenceLink {
  const classProb = classProbabilities(p);
  const means: [number, number, number] = [p.meanPhotonNumber, p.decoyMeanPhotonNumber, 0];
  const pDark = noiseClickProbability(p);
  const zeroPhotons = (c: number) =>
    c === 2
      ? 1
      : p.source === 'qd'
        ? 1 - (p.meanPhotonNumber - p.g2Zero * p.meanPhotonNumber ** 2) - (p.g2Zero * p.meanPhotonNumber ** 2) / 2
        : Math.exp(-means[c]);
  const eveKm = eveTapKm(p);
  return {
    p,
    classProb,
    means,
    pDark,
    etaFiber: dbToTransmittance(p.fiberLossDbPerKm * p.fiberLengthKm),
    eta1: dbToTransmittance(p.fiberLossDbPerKm * eveKm),
    eta2: dbToTransmittance(p.fiberLossDbPerKm * (p.fiberLengthKm - eveKm)),
    etaRxLoss: dbToTransmittance(p.receiverLossDb),
    detEff: p.detectorEfficiency,
    errorByBasis: [p.intrinsicErrorZ, (1 - p.interferometerVisibility) / 2],
    deadPulses: p.deadTimeS > 0 ? Math.ceil(p.deadTimeS * p.repetitionRateHz - 1e-9) : 0,
    pns: p.eve === 'pns' ? pnsBlocking(buildLinkModel(p)) : null,
    quietByClass: [0, 1, 2].map((c) => classProb[c] * zeroPhotons(c) * (1 - pDark) ** 2) as [number, number, number],
  };
}

/**
 * A detector's click probability without a signal photon: its dark count, or (classical data in the fiber) one of
 * the Raman and leaked photons at Bob's input that survives his receiver loss and efficiency and lands on it. The
 * noise photons are Poissonian, thinned here by the loop's own receiver factors and split evenly over the two
 * detectors, so a detector sees none with probability e^(−n·η_rx·η_det/2) (raman.ts says the same in one line).
 */
function noiseClickProbability(p: LinkParams): number {
  const dark = p.darkCountRateHz * p.detectionWindowS;
  if (p.classicalChannel === 'off') return dark;
  const n = ramanNoise(p);
  const atBob = n.ramanPhotonsPerWindow + n.leakPhotonsPerWindow;
  const perDetector = (atBob * dbToTransmittance(p.receiverLossDb) * p.detectorEfficiency) / 2;
  return 1 - (1 - dark) * Math.exp(-perDetector);
}

/** n ≥ 1 photons from class c (zero-truncated distribution) by sequential inversion. */
function drawPositivePhotonNumber(rng: Rng, L: ReferenceLink, c: number): number {
  const p = L.p;
  if (p.source === 'qd') {
    const p2 = (p.g2Zero * p.meanPhotonNumber ** 2) / 2,
      p1 = p.meanPhotonNumber - 2 * p2;
    return rng.nextDouble() * (p1 + p2) < p1 ? 1 : 2;
  }
  const mu = L.means[c];
  const p0 = Math.exp(-mu);
  let u = rng.nextDouble() * (1 - p0),
    term = p0 * mu,
    n = 1;
  while (u >= term && n < 255) {
    u -= term;
    n++;
    term *= mu / n;
  }
  return n;
}

/** Simulate `pulses` pulses one by one from pulse 0; returns every detection in one batch. */
export function simulateReference(params: LinkParams, seed: number, pulses: number): DetectionBatch {
  const L = referenceLink(assertValidParams(params));
  const rng = Rng.fromSeed(seed);
  const buf = new DetectionBuffer(1024);
  const pulsesByIntensity = new Float64Array(3);
  const cum = [
    L.quietByClass[0],
    L.quietByClass[0] + L.quietByClass[1],
    L.quietByClass[0] + L.quietByClass[1] + L.quietByClass[2],
  ];
  const thresholds = cum.map(splitThreshold);
  const quietHi = thresholds[2].hi;
  const hasDecoy = L.classProb[1] + L.classProb[2] > 0;
  const state = { count: 0, deadEnd: [-1, -1], afterpulseAt: [-1, -1] };
  /** u (with a lazily drawn low word) below threshold k, exact to 64 bits. */
  const below = (u: number, k: number): boolean =>
    u < thresholds[k].hi || (u === thresholds[k].hi && rng.nextUint32() < thresholds[k].lo);

  let i = 0;
  const scan = { u: 0 };
  while (i < pulses) {
    const ap = state.afterpulseAt;
    const special = Math.min(pulses, ap[0] >= i ? ap[0] : pulses, ap[1] >= i ? ap[1] : pulses);
    // The plain loop: one uint32 per pulse decides "nothing at all happens" (n = 0 and no dark click).
    while (i < special) {
      i = hasDecoy ? i : skipQuietPulses(rng, i, special, quietHi, scan);
      if (i === special) break;
      const u = hasDecoy ? rng.nextUint32() : scan.u;
      const isQuiet = u < quietHi || (u === quietHi && rng.nextUint32() < thresholds[2].lo);
      if (isQuiet) {
        if (hasDecoy) pulsesByIntensity[below(u, 0) ? 0 : below(u, 1) ? 1 : 2]++;
        i++;
        continue;
      }
      const clicksBefore = state.count;
      simulatePulse(rng, L, i, true, state, buf, pulsesByIntensity, cum[2]);
      i++;
      // A click may have scheduled an afterpulse: recompute the next special pulse.
      if (state.count !== clicksBefore) break;
    }
    if (i < special) continue;
    if (i < pulses) {
      simulatePulse(rng, L, i, false, state, buf, pulsesByIntensity, cum[2]);
      i++;
    }
  }
  if (!hasDecoy) pulsesByIntensity[0] = pulses;
  const batch = buf.toBatch(state.count);
  batch.firstPulse = 0;
  batch.endPulse = pulses;
  batch.pulsesByIntensity = pulsesByIntensity;
  batch.simulatedSecondsEnd = pulses / L.p.repetitionRateHz;
  return batch;
}

/**
 * Advance over pulses whose uint32 is below `quietHi` (certainly quiet); return the index of the first pulse
 * whose word is not (its word in scan.u, already drawn), or `end`. xoshiro128** inlined on local state.
 */
function skipQuietPulses(rng: Rng, from: number, end: number, quietHi: number, scan: { u: number }): number {
  let s0 = rng.s0,
    s1 = rng.s1,
    s2 = rng.s2,
    s3 = rng.s3,
    m: number,
    t: number;
  let i = from;
  for (; i < end; i++) {
    m = Math.imul(s1, 5);
    const u = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    if (u >= quietHi) {
      scan.u = u;
      break;
    }
  }
  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
  return i;
}

interface LoopState {
  count: number;
  deadEnd: number[];
  afterpulseAt: number[];
}

/**
 * One pulse in full. If `isConditioned`, the pulse is known not to be quiet (n ≥ 1 or a dark click) and
 * the class, photon number and dark clicks are drawn conditioned on that; otherwise unconditionally.
 */
function simulatePulse(
  rng: Rng,
  L: ReferenceLink,
  pulse: number,
  isConditioned: boolean,
  st: LoopState,
  buf: DetectionBuffer,
  pulsesByIntensity: Float64Array,
  quietTotal: number,
): void {
  const p = L.p,
    pd = L.pDark;
  let c: number,
    n = 0,
    dark0: boolean,
    dark1: boolean;
  if (isConditioned) {
    // P(c | not quiet) ∝ π_c − quiet_c.
    let u = rng.nextDouble() * (1 - quietTotal);
    for (c = 0; c < 2; c++) {
      const w = L.classProb[c] - L.quietByClass[c];
      if (u < w) break;
      u -= w;
    }
    const notQuiet = L.classProb[c] - L.quietByClass[c];
    const pPhotons = L.classProb[c] * (1 - (c === 2 ? 1 : zeroPhotonProb(L, c)));
    if (rng.nextDouble() * notQuiet < pPhotons) {
      n = drawPositivePhotonNumber(rng, L, c);
      dark0 = rng.nextDouble() < pd;
      dark1 = rng.nextDouble() < pd;
    } else {
      dark0 = rng.nextDouble() * (1 - (1 - pd) ** 2) < pd;
      dark1 = dark0 ? rng.nextDouble() < pd : true;
    }
  } else {
    let u = rng.nextDouble();
    for (c = 0; c < 2; c++) {
      if (u < L.classProb[c]) break;
      u -= L.classProb[c];
    }
    n = c === 2 || rng.nextDouble() < zeroPhotonProb(L, c) ? 0 : drawPositivePhotonNumber(rng, L, c);
    dark0 = rng.nextDouble() < pd;
    dark1 = rng.nextDouble() < pd;
  }
  pulsesByIntensity[c]++;

  // Alice's state and Bob's passive basis choice.
  const aliceBasis = rng.nextDouble() < p.basisBiasZ ? BASIS_Z : BASIS_X;
  const aliceBit = p.encoding === 'time-bin-3state' && aliceBasis === BASIS_X ? 0 : rng.nextBit();
  const bobBasis = rng.nextDouble() < p.basisBiasZ ? BASIS_Z : BASIS_X;

  // Photons travel: hits[j] counts photons detected by detector j (before dead time), centralHits[j] those of them in
  // the central time slot (three-state, Bob in X: the others left his unbalanced interferometer in a side slot).
  const hits = [0, 0],
    centralHits = [0, 0];
  const hasSidePeaks = p.encoding === 'time-bin-3state' && bobBasis === BASIS_X;
  let knowledge = EVE_NONE,
    eveBit = -1,
    flags = 0;
  const toBob = (count: number, basis: number, bit: number, channel: number) => {
    for (let k = 0; k < count; k++) {
      if (rng.nextDouble() >= channel) continue; // lost in the channel
      if (rng.nextDouble() >= L.etaRxLoss) continue; // receiver insertion loss
      if (rng.nextDouble() >= L.detEff) continue; // not absorbed by the detector
      if (hasSidePeaks && rng.nextDouble() < SIDE_PEAK_PROBABILITY) {
        hits[rng.nextBit()]++;
        continue;
      }
      const isCorrect = basis === bobBasis ? rng.nextDouble() >= L.errorByBasis[basis] : rng.nextBit() === 1;
      const j = isCorrect ? bit : 1 - bit;
      hits[j]++;
      centralHits[j]++;
    }
  };
  switch (p.eve) {
    case 'none':
      toBob(n, aliceBasis, aliceBit, L.etaFiber);
      break;
    case 'intercept-resend':
      if (rng.nextDouble() < p.interceptFraction) {
        let reached = 0;
        for (let k = 0; k < n; k++) if (rng.nextDouble() < L.eta1) reached++;
        if (reached > 0) {
          const eveBasis =
            p.eveBasisChoice === 'fixed-z' ? BASIS_Z : p.eveBasisChoice === 'fixed-x' ? BASIS_X : rng.nextBit();
          const result = eveBasis === aliceBasis ? aliceBit : rng.nextBit();
          knowledge = eveBasis === aliceBasis ? EVE_EXACT : EVE_GUESS;
          eveBit = result;
          flags |= FLAG_EVE_RESENT;
          toBob(1, eveBasis, result, L.eta2);
        }
      } else toBob(n, aliceBasis, aliceBit, L.etaFiber);
      break;
    case 'pns': {
      const b = L.pns as PnsBlocking;
      if (n >= 2) {
        knowledge = EVE_EXACT;
        eveBit = aliceBit;
        if (rng.nextDouble() >= b.blockMulti) toBob(n - 1, aliceBasis, aliceBit, 1);
      } else if (n === 1 && rng.nextDouble() >= b.blockSingle) toBob(1, aliceBasis, aliceBit, 1);
      break;
    }
    case 'beam-splitting': {
      let toBobCount = 0;
      for (let k = 0; k < n; k++) if (rng.nextDouble() < L.etaFiber) toBobCount++;
      if (toBobCount < n) {
        knowledge = EVE_EXACT;
        eveBit = aliceBit;
      }
      toBob(toBobCount, aliceBasis, aliceBit, 1);
      break;
    }
    case 'phase-covariant-cloning':
      if (rng.nextDouble() < p.interceptFraction) {
        // The photons that reach Eve pass her cloner: their state is flipped with probability D (an error D in
        // either basis) and her probe, measured after the basis announcement, gives the bit with ½ + √(D(1 − D)).
        let reached = 0;
        for (let k = 0; k < n; k++) if (rng.nextDouble() < L.eta1) reached++;
        if (reached > 0) {
          const d = p.cloningDisturbance;
          const bit = rng.nextDouble() < d ? 1 - aliceBit : aliceBit;
          knowledge = EVE_GUESS;
          eveBit = rng.nextDouble() < 0.5 + Math.sqrt(d * (1 - d)) ? aliceBit : 1 - aliceBit;
          toBob(reached, aliceBasis, bit, L.eta2);
        }
      } else toBob(n, aliceBasis, aliceBit, L.etaFiber);
      break;
    default:
      assertNever(p.eve, 'attack');
  }

  // Detectors: dead ones see nothing; live ones click on a photon, a dark count or a due afterpulse.
  let mask = 0,
    hasSignal = false,
    hasCentral = false,
    hasAfterpulse = false;
  const darks = [dark0, dark1];
  for (let j = 0; j < 2; j++) {
    if (pulse <= st.deadEnd[j]) continue;
    const isAfterpulse = st.afterpulseAt[j] === pulse;
    if (isAfterpulse) {
      hasAfterpulse = true;
      st.afterpulseAt[j] = -1;
    }
    if (hits[j] > 0) hasSignal = true;
    if (centralHits[j] > 0) hasCentral = true;
    if (hits[j] > 0 || darks[j] || isAfterpulse) mask |= 1 << j;
  }
  if (mask === 0) return;
  if (!hasSignal) flags |= FLAG_DARK;
  else if (!hasCentral) flags |= FLAG_SIDE_PEAK;
  if (mask === 3) flags |= FLAG_DOUBLE;
  if (hasAfterpulse) flags |= FLAG_AFTERPULSE;
  const bobBit = mask === 3 ? rng.nextBit() : mask === 2 ? 1 : 0;
  if (knowledge === EVE_NONE) eveBit = rng.nextBit();
  for (let j = 0; j < 2; j++) {
    if (!(mask & (1 << j))) continue;
    st.deadEnd[j] = pulse + L.deadPulses;
    st.afterpulseAt[j] =
      p.afterpulseProbability > 0 && rng.nextDouble() < p.afterpulseProbability ? st.deadEnd[j] + 1 : -1;
  }
  const k = st.count;
  buf.grow(k + 1, k);
  buf.pulseIndex[k] = pulse;
  buf.photonNumber[k] = n;
  buf.intensity[k] = c;
  buf.aliceBasis[k] = aliceBasis;
  buf.aliceBit[k] = aliceBit;
  buf.bobBasis[k] = bobBasis;
  buf.bobBit[k] = bobBit;
  buf.flags[k] = flags;
  buf.eveKnowledge[k] = knowledge;
  buf.eveBit[k] = eveBit;
  st.count = k + 1;
}

function zeroPhotonProb(L: ReferenceLink, c: number): number {
  const p = L.p;
  if (p.source === 'qd') {
    const p2 = (p.g2Zero * p.meanPhotonNumber ** 2) / 2;
    return 1 - (p.meanPhotonNumber - 2 * p2) - p2;
  }
  return Math.exp(-L.means[c]);
}
