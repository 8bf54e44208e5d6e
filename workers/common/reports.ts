// Result records shared by the cores, the UI and the CLI: per-block reports of the key pipeline
// (docs/implementation-notes.md, block reports) and run summaries. Plain data only (structured-clone safe), no classes.

export type AbortReason = 'qber-above-threshold' | 'key-length-not-positive' | 'too-few-bits' | 'verification-failed';

/**
 * The numbers behind an abort, free of language: the page words the reason in its own language from these, the CLI
 * in English (cli/abortWords.ts). Rates are fractions, counts are bits.
 */
export type AbortDetail =
  | { reason: 'too-few-bits'; keyBits: number; testBits: number; minKeyBits: number; minTestBits: number }
  | { reason: 'qber-above-threshold'; phaseErrorBound: number; testBitErrorRate: number; threshold: number }
  | { reason: 'verification-failed' }
  | { reason: 'key-length-not-positive'; bitsLeft: number; leakBits: number };

export interface StageTimesMs {
  sifting: number;
  estimation: number;
  errorCorrection: number;
  verification: number;
  privacyAmplification: number;
}

/** One distilled block: every stage's counts, costs and outcome. */
export interface BlockReport {
  blockIndex: number;
  /** Detections that fed this block (all bases). */
  nDetected: number;
  /** Sifted bits in this block: z = key bits, x = bits disclosed for phase-error estimation. */
  nSifted: { z: number; x: number };
  /** Bits of the Z key disclosed as an error sample (0 when only X bits estimate the error). */
  nSampled: number;
  qberEstimate: { z: number; x: number; upperBound: number };
  /** True error rates known to the simulator (not available to Alice and Bob). */
  qberTrue: { z: number; x: number };
  /** Key bits entering error correction. */
  nKey: number;
  /** λ_EC: bits disclosed by error correction (every Cascade parity). The 64-bit verification tag is not in it. */
  leakBits: number;
  /** leakBits / (nKey · h(qber)), with the true Z QBER of the block. */
  efficiency: number;
  rounds: number;
  /** Errors left after Cascade, before verification (known to the simulator). */
  residualErrors: number;
  /** Result of comparing the hash tags; null when verification was not attempted (the block stopped before it). */
  verified: boolean | null;
  aborted: boolean;
  abortReason: AbortReason | null;
  /** Why the block aborted, as a code with its numbers (null when not aborted); worded by the page and the CLI. */
  abortDetail: AbortDetail | null;
  /** Bound on key bits from multi-photon pulses and the single-photon part used in the key-length formula. */
  nMulti: number;
  /** ℓ: final secret key length of this block (0 if aborted). */
  finalKeyBits: number;
  /** First 64 bits of Alice's and Bob's final keys as hex (empty if aborted). */
  aliceKeyHex: string;
  bobKeyHex: string;
  /** Whether Alice's and Bob's final keys are identical (known to the simulator); null when there is no final key. */
  aliceBobKeysEqual: boolean | null;
  /** Fraction of sifted key bits whose value Eve knows exactly. */
  eveKnownSiftedFraction: number;
  /**
   * Agreement of Eve's best guess, hashed like the key, with Alice's final key (≈ 0.5 after PA). NaN-free: null when
   * no key.
   */
  eveFinalKeyAgreement: number | null;
  stageMs: StageTimesMs;
}

/** Running totals over all blocks of a run. */
export interface DistillSummary {
  blocks: number;
  blocksAborted: number;
  blocksDiscardedByVerification: number;
  nDetected: number;
  nSiftedZ: number;
  nSiftedX: number;
  nCorrected: number;
  leakBits: number;
  rounds: number;
  finalKeyBits: number;
  aliceBobKeysEqual: boolean;
}
