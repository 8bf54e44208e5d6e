// What one sifted block's public statistics say about its secrecy: the proof that applies to the source (GLLP with
// a multi-photon count bound for the quantum dot and the laser without decoys; decoy-state bounds for the laser
// with decoys), its ε budget, and the key length as a function of the error-correction leak, all from keyLength.ts.
import type { LinkParams } from '../common/params';
import { gllpKeyLength, gllpEpsilonBudget, shareOf, type EpsilonShare } from './keyLength';
import { limKeyLength, type LimKeyInput } from './limDecoyKey';
import { multiPhotonBound } from './multiPhoton';
import { threeStateKeyLength } from './threeStatePhase';
import type { SiftedBlock } from './sifting';

/** The public counts of a block that its secrecy depends on: observed by the pipeline, or expected by the theory. */
export type BlockStats = Pick<SiftedBlock, 'pulses' | 'clicks' | 'xSignal' | 'xDecoy' | 'keyByClass' | 'testByClass'> &
  Partial<Pick<SiftedBlock, 'xFromZ'>> & {
    /** Key bits entering error correction. */
    nKey: number;
  };

/** The stats of a sifted block as the pipeline observed them. */
export function observedStats(block: SiftedBlock): BlockStats {
  return { ...block, nKey: block.alice.length };
}

export interface BlockKeyLength {
  length: number;
  raw: number;
  /** Upper bound on the single-photon phase-error rate used in h(·). */
  phaseErrorBound: number;
}

export interface BlockSecrecy {
  method: 'qd-g2' | 'wcp-poisson' | 'wcp-decoy';
  /** Upper bound on key bits from multi-photon pulses (n − s1). */
  nMultiUpper: number;
  /** Statistical margin on the phase error (Tomamichel) for this block. */
  muStat: number;
  epsilonShares: EpsilonShare[];
  /** ℓ for a given λ_EC (Cascade's leak); keyLength(0) gives the phase-error bound before error correction. */
  keyLength: (leakEcBits: number) => BlockKeyLength;
}

export function blockSecrecy(block: BlockStats, params: LinkParams): BlockSecrecy {
  const n = block.nKey,
    k = block.xSignal.bits;
  const testErrorRate = k > 0 ? block.xSignal.errors / k : 0.5;
  if (params.source === 'wcp' && params.decoy === 'vacuum-weak') return decoySecrecy(block, params);
  const pulsesSent = block.pulses[0] + block.pulses[1] + block.pulses[2];
  const probe = multiPhotonBound({ params, pulsesSent, nKey: n, epsilon: params.epsilonSec });
  const hasMultiPhoton = probe.pKeyPerPulse > 0;
  const shares = gllpEpsilonBudget(params.epsilonSec, hasMultiPhoton);
  const multi = hasMultiPhoton
    ? multiPhotonBound({ params, pulsesSent, nKey: n, epsilon: shareOf(shares, 'multi-photon-count') })
    : probe;
  if (params.encoding === 'time-bin-3state' && block.xFromZ)
    return threeStateSecrecy(block, block.xFromZ, params, multi, shareOf(shares, 'multi-photon-count'));
  const base = {
    n,
    k,
    testErrorRate,
    nMultiUpper: multi.nMulti,
    epsilonSec: params.epsilonSec,
    epsilonCor: params.epsilonCor,
    hasMultiPhoton,
  };
  const at0 = gllpKeyLength({ ...base, leakEcBits: 0 });
  return {
    method: multi.method,
    nMultiUpper: multi.nMulti,
    muStat: at0.muStat,
    epsilonShares: at0.epsilonShares,
    keyLength: (leakEcBits) => {
      const r = gllpKeyLength({ ...base, leakEcBits });
      return { length: r.length, raw: r.raw, phaseErrorBound: r.phaseErrorBound };
    },
  };
}

// ---- Three-state time-bin protocol (presets helper) -------------------------------------------------------------
/**
 * Three-state time-bin protocol, quantum dot or laser without decoys: BB84's estimate does not apply (Alice never sends
 * |−⟩), so the phase error comes from the Tamaki/Rusca identity on the X clicks of |+⟩ and of the Z states
 * (threeStatePhase.ts), with the multi-photon bits tagged as in GLLP. Alice's pulses split by her basis probability.
 */
function threeStateSecrecy(
  block: BlockStats,
  xFromZ: { bits: number; plus: number },
  p: LinkParams,
  multi: ReturnType<typeof multiPhotonBound>,
  epsilonMulti: number,
): BlockSecrecy {
  const pulses = block.pulses[0];
  const counts = {
    pulsesZ: pulses * p.basisBiasZ,
    pulsesPlus: pulses * (1 - p.basisBiasZ),
    plusToPlus: block.xSignal.bits - block.xSignal.errors,
    plusToMinus: block.xSignal.errors,
    zToPlus: xFromZ.plus,
    zToX: xFromZ.bits,
  };
  const input = (leakEcBits: number) => ({
    counts,
    n: block.nKey,
    nMultiUpper: multi.nMulti,
    pMulti: multi.pMulti,
    leakEcBits,
    epsilonSec: p.epsilonSec,
    epsilonCor: p.epsilonCor,
    epsilonMulti,
  });
  const at0 = threeStateKeyLength(input(0));
  return {
    // The margin shown: the bound above the error rate observed on |+⟩ (its finite-size terms and the Z-state data).
    method: multi.method,
    nMultiUpper: multi.nMulti,
    epsilonShares: at0.epsilonShares,
    muStat: at0.phaseErrorBound - (block.xSignal.bits > 0 ? block.xSignal.errors / block.xSignal.bits : 0.5),
    keyLength: (leakEcBits) => {
      const r = threeStateKeyLength(input(leakEcBits));
      return { length: r.length, raw: r.raw, phaseErrorBound: r.phaseErrorBound };
    },
  };
}
// ---- end three-state ------------------------------------------------------------------------------------------

/**
 * Laser with vacuum + weak decoys: the finite-key decoy analysis of Lim et al. (PRA 89, 022307, 2014) on the counts of
 * each intensity observed in this block (signal μ, decoy ν, vacuum 0), with its own 21-way ε split.
 */
function decoySecrecy(block: BlockStats, p: LinkParams): BlockSecrecy {
  const vacuumProbability = Math.max(0, 1 - p.signalProbability - p.decoyProbability);
  const triple = (a: ArrayLike<number>) => [a[0], a[1], a[2]] as const;
  const input = (leakEcBits: number): LimKeyInput => ({
    intensities: [p.meanPhotonNumber, p.decoyMeanPhotonNumber, 0],
    probabilities: [p.signalProbability, p.decoyProbability, vacuumProbability],
    // Alice and Bob do not know the key basis's errors before error correction; the bound does not use them.
    key: { counts: triple(block.keyByClass), errors: [0, 0, 0] },
    test: { counts: triple(block.testByClass.bits), errors: triple(block.testByClass.errors) },
    leakEcBits,
    epsilonSec: p.epsilonSec,
    epsilonCor: p.epsilonCor,
  });
  const at0 = limKeyLength(input(0));
  const s = Math.max(0, at0.sX0) + Math.max(0, at0.sX1);
  return {
    method: 'wcp-decoy',
    nMultiUpper: Math.max(0, Math.ceil(block.nKey - s)),
    muStat: at0.gamma,
    epsilonShares: at0.epsilonShares.map((e) => ({ name: 'decoy-estimates', epsilon: e.epsilon })),
    keyLength: (leakEcBits) => {
      const r = limKeyLength(input(leakEcBits));
      return { length: r.length, raw: r.raw, phaseErrorBound: Math.min(0.5, r.phi) };
    },
  };
}
