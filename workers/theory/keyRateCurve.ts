// Key rate versus distance for one model: each point with its QBER and the PLOB bound, μ (and ν)
// optimised per distance when asked, asymptotic or for a finite block; plus the maximum distance.
// This is what the keyrate CLI prints and what theory.worker.ts serves to the app's plots.
import type { LinkParams } from '../common/params';
import { channelTransmittance, plobBitsPerPulse } from '../common/photonStats';
import { maximiseLog } from './maximise';
import { defaultModel, isLaserModel, rateTerms, type KeyRateModel } from './models';
import { DEFAULT_EC_EFFICIENCY } from '../common/thresholds';
import { asymptoticRate, finiteRate } from './rates';
import { pipelineKeyRate } from './pipelineRate';
import { decoyFiniteRate, linkDecoySettings, linkDetection, optimiseDecoyFinite } from './decoyFinite';

export interface KeyRateOptions {
  /** Default: defaultModel(params), chosen from source and decoy. */
  model?: KeyRateModel;
  /**
   * Sifted bits per block for the finite-size key; omit for the asymptotic rate. For 'decoy-finite' it is n_X,
   * the key-basis bits of one block (default: the link's blockSizeBits).
   */
  blockBits?: number;
  /**
   * Which finite-size key: 'optimised' (default; the theory bound with the best sample size, rates.ts) or
   * 'pipeline' (what QKD Lab's own distillation gets: blocks of blockBits Z key bits, the block's X bits as
   * sample, the link's own μ and source; pipelineRate.ts). Monte-Carlo sweeps follow 'pipeline'.
   */
  finiteKey?: 'optimised' | 'pipeline';
  /**
   * Optimise μ per distance. Default: on for laser models (gllp-wcp, decoy-*), off for gllp-sps (μ of a dot is
   * hardware).
   */
  optimiseMu?: boolean;
  /** Optimise the weak decoy ν per distance as well (vacuum+weak only). Default off: ν = decoyMeanPhotonNumber. */
  optimiseNu?: boolean;
  /** Error-correction inefficiency f; default 1.16. */
  ecEfficiency?: number;
}

export interface CurveOptions extends KeyRateOptions {
  fromKm: number;
  toKm: number;
  stepKm: number;
}

/** One point exactly as `keyrate --json` prints it (docs/implementation-notes.md, CLI contracts). */
export interface KeyRatePoint {
  distanceKm: number;
  bitsPerPulse: number;
  qber: number;
  model: KeyRateModel;
  plobBitsPerPulse: number;
}

/** A point with the working behind it (intensities used, gain, X-basis QBER, sample size). */
export interface KeyRateDetail extends KeyRatePoint {
  mu: number;
  nu: number;
  gain: number;
  qberX: number;
  sampleBits: number | null;
}

const MU_MIN = 1e-5,
  MU_MAX = 1,
  NU_MIN = 1e-4;

function resolved(p: LinkParams, o: KeyRateOptions) {
  const model = o.model ?? defaultModel(p);
  return {
    model,
    optimiseMu: o.optimiseMu ?? isLaserModel(model),
    optimiseNu: model === 'decoy-vacuum-weak' && (o.optimiseNu ?? false),
    f: o.ecEfficiency ?? DEFAULT_EC_EFFICIENCY,
  };
}

/** Unclipped rate at fixed μ, ν (and the finite sample size chosen, if any). */
function rawRate(
  p: LinkParams,
  distanceKm: number,
  model: KeyRateModel,
  mu: number,
  nu: number,
  f: number,
  blockBits?: number,
) {
  const t = rateTerms(model, p, distanceKm, mu, nu);
  if (model === 'plob') return { t, rate: plobBitsPerPulse(channelTransmittance(p, distanceKm)), sampleBits: null };
  if (blockBits === undefined) return { t, rate: asymptoticRate(p, t, f), sampleBits: null };
  const r = finiteRate(p, t, { blockBits, ecEfficiency: f, epsilonSec: p.epsilonSec, epsilonCor: p.epsilonCor });
  return { t, rate: r.rate, sampleBits: r.sampleBits };
}

/** The key rate of one model at one distance, with the intensities that give it. */
export function keyRateAt(p: LinkParams, distanceKm: number, o: KeyRateOptions = {}): KeyRateDetail {
  const { model, optimiseMu, optimiseNu, f } = resolved(p, o);
  if (o.finiteKey === 'pipeline') return pipelinePoint(p, distanceKm, model, f, o.blockBits);
  if (model === 'decoy-finite') return decoyFinitePoint(p, distanceKm, optimiseMu, f, o.blockBits ?? p.blockSizeBits);
  let mu = p.meanPhotonNumber,
    nu = p.decoyMeanPhotonNumber;
  const bestNu = (m: number) => {
    if (!optimiseNu) return nu;
    const hi = m / 1.001;
    return hi <= NU_MIN
      ? hi
      : maximiseLog((v) => rawRate(p, distanceKm, model, m, v, f, o.blockBits).rate, NU_MIN, hi, {
          gridPoints: 17,
          tolerance: 1e-4,
        }).x;
  };
  if (optimiseMu && model !== 'plob') {
    const lo = model === 'decoy-vacuum-weak' && !optimiseNu ? Math.max(MU_MIN, nu * 1.001) : MU_MIN;
    const best = maximiseLog((m) => rawRate(p, distanceKm, model, m, bestNu(m), f, o.blockBits).rate, lo, MU_MAX);
    // Where no μ gives a key, the "optimum" is an arbitrary edge of the range: report the link's own μ instead.
    if (best.value > 0 || !(model !== 'decoy-vacuum-weak' || mu > nu)) mu = best.x;
  }
  nu = bestNu(mu);
  const r = rawRate(p, distanceKm, model, mu, nu, f, o.blockBits);
  const plob = plobBitsPerPulse(channelTransmittance(p, distanceKm));
  return {
    distanceKm,
    bitsPerPulse: Math.max(0, r.rate),
    qber: r.t.qberZ,
    model,
    plobBitsPerPulse: plob,
    mu,
    nu,
    gain: r.t.gain,
    qberX: r.t.qberX,
    sampleBits: r.sampleBits,
  };
}

/**
 * Lim et al. (2014) for one block of blockBits key-basis (Z) bits from the link's expected counts: signal μ,
 * decoy ν and vacuum (μ3 = 0, the simulator's third class) with the link's probabilities and basis bias, or all of
 * them optimised (μ3 stays 0). Where no setting gives a key the point reports the link's own settings.
 */
function decoyFinitePoint(
  p: LinkParams,
  distanceKm: number,
  optimise: boolean,
  f: number,
  blockBits: number,
): KeyRateDetail {
  const link = linkDetection(p, distanceKm);
  const own = linkDecoySettings(p);
  const opts = { blockBits, ecEfficiency: f, epsilonSec: p.epsilonSec, epsilonCor: p.epsilonCor };
  let r = { settings: own, best: decoyFiniteRate(link, own, opts) };
  if (optimise) {
    const o = optimiseDecoyFinite(link, own, opts);
    if (o.best.rate > 0) r = o;
  }
  const atSignal = link(r.settings.mu1);
  const test = r.best.input.test.counts;
  return {
    distanceKm,
    bitsPerPulse: r.best.rate,
    qber: atSignal.qberKey,
    model: 'decoy-finite',
    plobBitsPerPulse: plobBitsPerPulse(channelTransmittance(p, distanceKm)),
    mu: r.settings.mu1,
    nu: r.settings.mu2,
    gain: atSignal.gain,
    qberX: atSignal.qberTest,
    sampleBits: Number.isFinite(r.best.pulses) ? test[0] + test[1] + test[2] : null,
  };
}

/** The pipeline's expected finite-size rate; it follows the link's source and decoy, so the model must match. */
function pipelinePoint(
  p: LinkParams,
  distanceKm: number,
  model: KeyRateModel,
  f: number,
  blockBits?: number,
): KeyRateDetail {
  const own = defaultModel(p);
  if (model !== own)
    throw new RangeError(`the pipeline's finite key follows the link's source and decoy (model ${own}), not ${model}`);
  const r = pipelineKeyRate(
    { ...p, blockSizeBits: blockBits ?? p.blockSizeBits, fiberLengthKm: distanceKm },
    distanceKm,
    f,
  );
  return {
    distanceKm,
    bitsPerPulse: r.bitsPerPulse,
    qber: r.qberZ,
    model,
    plobBitsPerPulse: plobBitsPerPulse(channelTransmittance(p, distanceKm)),
    mu: p.meanPhotonNumber,
    nu: p.decoyMeanPhotonNumber,
    gain: r.gain,
    qberX: r.qberX,
    sampleBits: r.sampleBits,
  };
}

/** The distances fromKm, fromKm + stepKm, … ≤ toKm (rounded to 1e-9 km so 0.1-km steps print cleanly). */
export function curveDistances(fromKm: number, toKm: number, stepKm: number): number[] {
  if (!(stepKm > 0) || !(toKm >= fromKm))
    throw new RangeError(`need stepKm > 0 and toKm ≥ fromKm (got ${fromKm}..${toKm} step ${stepKm})`);
  const n = Math.floor((toKm - fromKm) / stepKm + 1e-9) + 1;
  return Array.from({ length: n }, (_, i) => Math.round((fromKm + i * stepKm) * 1e9) / 1e9);
}

/** Key-rate points over a range of distances, exactly the records of `keyrate --json`. */
export function keyRateCurve(p: LinkParams, o: CurveOptions): KeyRatePoint[] {
  return curveDistances(o.fromKm, o.toKm, o.stepKm).map((d) => {
    const { distanceKm, bitsPerPulse, qber, model, plobBitsPerPulse } = keyRateAt(p, d, o);
    return { distanceKm, bitsPerPulse, qber, model, plobBitsPerPulse };
  });
}

/**
 * The largest distance with a positive key rate, to 1 m, assuming the rate falls with distance.
 * 0 if there is no key even at 0 km; null if the model never reaches zero (PLOB, or beyond 10 000 km).
 */
export function maxDistanceKm(p: LinkParams, o: KeyRateOptions = {}): number | null {
  const model = o.model ?? defaultModel(p);
  if (model === 'plob') return null;
  const positive = (d: number) => keyRateAt(p, d, o).bitsPerPulse > 0;
  if (!positive(0)) return 0;
  let lo = 0,
    hi = 50;
  while (positive(hi)) {
    lo = hi;
    hi *= 2;
    if (hi > 10_000) return null;
  }
  while (hi - lo > 1e-3) {
    const mid = (lo + hi) / 2;
    if (positive(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
