// The key pipeline for one sifted block: parameter estimation (phase-error bound, multi-photon part),
// Cascade, finite-key length, verification, Toeplitz privacy amplification and Eve's share of the result.
// Returns the BlockReport; a failed check is an aborted report, never a throw.
import { PackedBits } from '../common/bits';
import { binaryEntropy } from '../common/entropy';
import type { LinkParams } from '../common/params';
import type { AbortDetail, BlockReport } from '../common/reports';
import { Rng } from '../common/rng';
import { QBER_THRESHOLD } from '../common/thresholds';
import { runCascade, type CascadeTraceStep } from './cascade';
import { blockSecrecy, observedStats } from './blockSecrecy';
import type { SiftedBlock } from './sifting';
import { toeplitzHash, toeplitzHashKeys } from './toeplitz';
import { verifyKeys } from './verification';

/**
 * The abort test before error correction. Alice and Bob know the phase-error bound and the error rate of
 * the disclosed test bits; if even perfect error correction at that rate would leave no key,
 * 1 − h(e_ph) − h(e_test) ≤ 0, they stop. With equal errors this is the 11 % QBER_THRESHOLD (common/thresholds.ts);
 * the finite-key length decides everything else after Cascade.
 */
export function isBeyondErrorThreshold(phaseErrorBound: number, testBitError: number): boolean {
  return phaseErrorBound >= 0.5 || 1 - binaryEntropy(phaseErrorBound) - binaryEntropy(Math.min(0.5, testBitError)) <= 0;
}
/** Smallest remainder worth distilling at the end of a run. */
export const MIN_KEY_BITS = 1000;
export const MIN_SAMPLE_BITS = 50;

export interface BlockOutcome {
  report: BlockReport & { cascadeLeakBits: number; cascadeTrace: CascadeTraceStep[] | null; muStat: number };
  /** Final keys (null when aborted); eve: Eve's guesses hashed with the same Toeplitz matrix. */
  keys: { alice: PackedBits; bob: PackedBits; eve?: PackedBits } | null;
  /** Z QBER measured by Cascade (corrected errors / n), to size the next block's Cascade. */
  measuredQber: number | null;
}

function randomBits(n: number, rng: Rng): PackedBits {
  const p = new PackedBits(n);
  for (let i = 0; i < p.words.length; i++) p.words[i] = rng.nextUint32();
  if (n & 31) p.words[p.words.length - 1] &= (1 << (n & 31)) - 1;
  return p;
}

export function distillBlock(
  block: SiftedBlock,
  params: LinkParams,
  blockIndex: number,
  seed: number,
  opts: { qberHint: number | null; siftingMs: number; traceMaxBits: number },
): BlockOutcome {
  const t0 = performance.now();
  const n = block.alice.length,
    k = block.xSignal.bits;
  const trueZErrors = block.alice.hammingDistance(block.bob);
  const ex = k > 0 ? block.xSignal.errors / k : 0;
  const report: BlockOutcome['report'] = {
    blockIndex,
    nDetected: block.nDetected,
    nSifted: { z: n, x: block.xAll },
    nSampled: 0,
    qberEstimate: { z: NaN, x: ex, upperBound: 0.5 },
    qberTrue: { z: n > 0 ? trueZErrors / n : 0, x: ex },
    nKey: n,
    leakBits: 0,
    efficiency: 0,
    rounds: 0,
    residualErrors: trueZErrors,
    verified: null,
    aborted: false,
    abortReason: null,
    abortDetail: null,
    nMulti: 0,
    finalKeyBits: 0,
    aliceKeyHex: '',
    bobKeyHex: '',
    aliceBobKeysEqual: null,
    eveKnownSiftedFraction: n > 0 ? block.eveExact / n : 0,
    eveFinalKeyAgreement: null,
    stageMs: { sifting: opts.siftingMs, estimation: 0, errorCorrection: 0, verification: 0, privacyAmplification: 0 },
    cascadeLeakBits: 0,
    cascadeTrace: null,
    muStat: Infinity,
  };
  // Why a block stops is a code with its numbers; the page and the CLI word it (run.ts, cli/abortWords.ts).
  const abort = (detail: AbortDetail): BlockOutcome => {
    report.aborted = true;
    report.abortReason = detail.reason;
    report.abortDetail = detail;
    report.qberEstimate.z = Number.isNaN(report.qberEstimate.z) ? ex : report.qberEstimate.z;
    return { report, keys: null, measuredQber: null };
  };

  // Parameter estimation.
  if (n < MIN_KEY_BITS || k < MIN_SAMPLE_BITS) {
    report.stageMs.estimation = performance.now() - t0;
    return abort({
      reason: 'too-few-bits',
      keyBits: n,
      testBits: k,
      minKeyBits: MIN_KEY_BITS,
      minTestBits: MIN_SAMPLE_BITS,
    });
  }
  const rng = Rng.fromSeed(seed);
  // What the block's statistics allow before any bit is corrected: the bound on the single-photon phase error.
  const secrecy = blockSecrecy(observedStats(block), params);
  report.nMulti = secrecy.nMultiUpper;
  report.muStat = secrecy.muStat;
  report.qberEstimate.upperBound = secrecy.keyLength(0).phaseErrorBound;
  report.stageMs.estimation = performance.now() - t0;
  // Three-state protocol: the test bits are X and say nothing about the key (Z) bits' errors (6.85 % vs 9.60 % on the
  // 120 km link), so before correction only a phase error that alone leaves no key stops the block; ℓ decides after.
  if (isBeyondErrorThreshold(report.qberEstimate.upperBound, params.encoding === 'time-bin-3state' ? 0 : ex)) {
    return abort({
      reason: 'qber-above-threshold',
      phaseErrorBound: report.qberEstimate.upperBound,
      testBitErrorRate: ex,
      threshold: QBER_THRESHOLD,
    });
  }

  // Error correction.
  const t1 = performance.now();
  const cascade = runCascade(block.alice, block.bob, {
    variant: params.cascadeVariant,
    qberEstimate: opts.qberHint ?? ex,
    seed: rng.nextUint32(),
    trace: n <= opts.traceMaxBits,
  });
  const bobKey = cascade.corrected;
  report.cascadeLeakBits = cascade.leakBits;
  report.leakBits = cascade.leakBits;
  report.cascadeTrace = cascade.trace;
  report.rounds = cascade.rounds;
  report.qberEstimate.z = cascade.bitsFlipped / n;
  report.residualErrors = block.alice.hammingDistance(bobKey);
  const hq = binaryEntropy(report.qberTrue.z);
  report.efficiency = hq > 0 ? cascade.leakBits / (n * hq) : 0;
  report.stageMs.errorCorrection = performance.now() - t1;

  // Key length: λ_EC is every Cascade parity; the verification tag is paid for by log2(2/ε_cor) inside ℓ.
  // A block with no room for key stops here, before verification (verified stays null: not attempted).
  const t2 = performance.now();
  const len = secrecy.keyLength(cascade.leakBits);
  if (len.length <= 0) {
    report.stageMs.privacyAmplification = performance.now() - t2;
    return abort({ reason: 'key-length-not-positive', bitsLeft: Math.floor(len.raw), leakBits: report.leakBits });
  }

  // Verification.
  const check = verifyKeys(block.alice, bobKey, rng.nextUint32());
  report.rounds += 1;
  report.verified = check.isEqual;
  report.stageMs.verification = performance.now() - t2;
  if (!check.isEqual) {
    return abort({ reason: 'verification-failed' });
  }

  // Privacy amplification.
  const t3 = performance.now();
  const l = len.length;
  const toeplitzSeed = randomBits(n + l - 1, rng);
  // Alice's key and Eve's guesses go through one FFT product (3 transforms instead of 4).
  const [alice, eve] = toeplitzHashKeys(toeplitzSeed, [block.alice, block.eve], l).outs;
  // Bob hashes his own corrected key; when it equals Alice's (known to the simulator) the result is
  // the same function of the same bits, so it is not computed twice.
  const bob = report.residualErrors === 0 ? alice : toeplitzHash(toeplitzSeed, bobKey, l).out;
  report.rounds += 1; // Alice announces the Toeplitz seed.
  report.finalKeyBits = l;
  report.aliceKeyHex = alice.toHex(64);
  report.bobKeyHex = bob.toHex(64);
  report.aliceBobKeysEqual = alice.equals(bob);
  report.eveFinalKeyAgreement = 1 - alice.hammingDistance(eve) / l;
  report.stageMs.privacyAmplification = performance.now() - t3;
  return { report, keys: { alice, bob, eve }, measuredQber: report.qberEstimate.z };
}
