// The expected key rate of QKD Lab's own distillation pipeline (workers/distill): the same blocks (blockSizeBits Z
// key bits), the same public statistics — here their expected values — and the same secrecy analysis and key-length
// formula (blockSecrecy). This is the curve the Monte-Carlo points are checked against.
import type { LinkParams } from '../common/params';
import { binaryEntropy } from '../common/entropy';
import { blockSecrecy, type BlockStats } from '../distill/blockSecrecy';
import { MIN_KEY_BITS, MIN_SAMPLE_BITS, isBeyondErrorThreshold } from '../distill/distillBlock';
import { intrinsicErrors, vacuumYield } from './channel';
import { qdGainAndQber, wcpGainAndQber, type GainAndQber } from './gain';

export interface PipelineRate {
  /** Expected final key bits per pulse (0 when the block would abort). */
  bitsPerPulse: number;
  /** Expected key length of one block and the pulses it takes. */
  keyBitsPerBlock: number;
  pulsesPerBlock: number;
  /** Phase-error bound the pipeline would compare with its threshold. */
  phaseErrorBound: number;
  /** Gain at μ, and the X bits of a block that estimate the phase error. */
  gain: number;
  sampleBits: number;
  qberZ: number;
  qberX: number;
}

/** Intensity classes the link sends: (probability, gain and QBER) for signal, decoy and vacuum. */
function intensityClasses(p: LinkParams, distanceKm: number): { share: number; g: GainAndQber }[] {
  if (p.source === 'qd') return [{ share: 1, g: qdGainAndQber(p, distanceKm, p.meanPhotonNumber) }];
  if (p.decoy !== 'vacuum-weak') return [{ share: 1, g: wcpGainAndQber(p, distanceKm, p.meanPhotonNumber) }];
  const vacuum = Math.max(0, 1 - p.signalProbability - p.decoyProbability);
  return [
    { share: p.signalProbability, g: wcpGainAndQber(p, distanceKm, p.meanPhotonNumber) },
    { share: p.decoyProbability, g: wcpGainAndQber(p, distanceKm, p.decoyMeanPhotonNumber) },
    { share: vacuum, g: wcpGainAndQber(p, distanceKm, 0) },
  ];
}

/** The public counts of one block, expected: what blockSecrecy() sees from a real block, without the noise. */
export function expectedBlockStats(
  p: LinkParams,
  distanceKm: number,
): { stats: BlockStats; qberZ: number; qberX: number; gain: number } {
  const classes = intensityClasses(p, distanceKm);
  const zz = p.basisBiasZ ** 2,
    xx = (1 - p.basisBiasZ) ** 2;
  const keyPerPulse = classes.reduce((a, c) => a + c.share * c.g.gain * zz, 0);
  const pulses = p.blockSizeBits / keyPerPulse;
  const per = (f: (c: (typeof classes)[number]) => number) =>
    Float64Array.from([0, 1, 2], (i) => (classes[i] ? f(classes[i]) : 0));
  // Three-state: Bob's X clicks count only in the central slot, where half the photons land (side peaks), and the
  // Z states measured in X feed the phase-error estimate (threeStatePhase.ts).
  const isThreeState = p.encoding === 'time-bin-3state';
  // Y0 at distanceKm, not at p.fiberLengthKm: with classical data in the fiber the Raman noise depends on the length.
  const y0 = vacuumYield(p, distanceKm),
    ex = intrinsicErrors(p).x;
  const centralX = (c: (typeof classes)[number]) => {
    const signal = (c.g.gain - y0) / 2;
    return isThreeState
      ? { gain: y0 + signal, qber: (y0 / 2 + ex * signal) / (y0 + signal) }
      : { gain: c.g.gain, qber: c.g.qberX };
  };
  const testBits = per((c) => pulses * c.share * centralX(c).gain * xx);
  const testErrors = per((c) => pulses * c.share * centralX(c).gain * xx * centralX(c).qber);
  const keyByClass = per((c) => pulses * c.share * c.g.gain * zz);
  const stats: BlockStats = {
    nKey: p.blockSizeBits,
    pulses: per((c) => pulses * c.share),
    clicks: per((c) => pulses * c.share * c.g.gain),
    xSignal: { bits: testBits[0], errors: testErrors[0] },
    xDecoy: { bits: testBits[1], errors: testErrors[1] },
    keyByClass,
    testByClass: { bits: testBits, errors: testErrors },
  };
  if (isThreeState) {
    // Z states in X: central clicks, '+' half of the time whatever the Z state.
    const zx = pulses * classes[0].share * centralX(classes[0]).gain * p.basisBiasZ * (1 - p.basisBiasZ);
    stats.xFromZ = { bits: zx, plus: zx / 2 };
  }
  const qberZ = classes.reduce((a, c, i) => a + keyByClass[i] * c.g.qberZ, 0) / p.blockSizeBits;
  return { stats, qberZ, qberX: centralX(classes[0]).qber, gain: classes[0].g.gain };
}

/**
 * Expected rate of the pipeline at distanceKm for error-correction inefficiency f (Cascade's measured
 * leak / (n·h(E_Z)); the run's own value is the honest choice). Blocks hold params.blockSizeBits key bits.
 */
export function pipelineKeyRate(params: LinkParams, distanceKm: number, ecEfficiency: number): PipelineRate {
  const p = { ...params, fiberLengthKm: distanceKm };
  const e = expectedBlockStats(p, distanceKm);
  const n = e.stats.nKey,
    k = e.stats.xSignal.bits;
  const pulses = e.stats.pulses[0] + e.stats.pulses[1] + e.stats.pulses[2];
  const secrecy = blockSecrecy(e.stats, p);
  const phaseErrorBound = secrecy.keyLength(0).phaseErrorBound;
  const base = { pulsesPerBlock: pulses, phaseErrorBound, gain: e.gain, sampleBits: k, qberZ: e.qberZ, qberX: e.qberX };
  const isTooFew = n < MIN_KEY_BITS || k < MIN_SAMPLE_BITS;
  // As distillBlock: the three-state test bits (X) do not measure the key bits' error, so only the phase bound counts.
  if (isTooFew || isBeyondErrorThreshold(phaseErrorBound, p.encoding === 'time-bin-3state' ? 0 : e.qberX))
    return { ...base, bitsPerPulse: 0, keyBitsPerBlock: 0 };
  const len = secrecy.keyLength(ecEfficiency * n * binaryEntropy(e.qberZ));
  return { ...base, bitsPerPulse: len.length / pulses, keyBitsPerBlock: len.length };
}
