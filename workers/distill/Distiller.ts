// The streaming key pipeline: push detection batches, get a BlockReport for every block of
// params.blockSizeBits sifted key bits; finish() distils the remainder. Keeps running totals and the
// last final keys. One seeded generator drives every public random choice (permutations, hash seeds).
import type { PackedBits } from '../common/bits';
import type { DetectionBatch } from '../common/detections';
import type { LinkParams } from '../common/params';
import type { BlockReport, DistillSummary } from '../common/reports';
import { Rng } from '../common/rng';
import { distillBlock } from './distillBlock';
import { BlockAccumulator, type SiftedBlock } from './sifting';

/** One block's final keys as packed words (bit i in word i >>> 5, bit i & 31): Alice's, Bob's and Eve's guess. */
export interface FinalKeyWords {
  blockIndex: number;
  bits: number;
  alice: Uint32Array;
  bob: Uint32Array;
  eve: Uint32Array;
}

/** Final keys kept for takeFinalKeys() when nobody collects them (older ones are dropped first). */
const MAX_PENDING_KEYS = 8;

export interface DistillerOptions {
  /** Record Cascade's binary searches for replay on blocks up to this many key bits (visual mode). */
  traceMaxBits?: number;
}

export class Distiller {
  private readonly rng: Rng;
  private readonly acc: BlockAccumulator;
  private readonly totals: DistillSummary;
  private blockIndex = 0;
  private qberHint: number | null = null;
  private keys: { alice: PackedBits; bob: PackedBits } | null = null;
  private readonly traceMaxBits: number;
  private pendingKeys: FinalKeyWords[] = [];

  constructor(
    private readonly params: LinkParams,
    seed: number,
    options: DistillerOptions = {},
  ) {
    this.rng = Rng.fromSeed(seed);
    this.acc = new BlockAccumulator(params.blockSizeBits);
    this.traceMaxBits = options.traceMaxBits ?? 4096;
    this.totals = {
      blocks: 0,
      blocksAborted: 0,
      blocksDiscardedByVerification: 0,
      nDetected: 0,
      nSiftedZ: 0,
      nSiftedX: 0,
      nCorrected: 0,
      leakBits: 0,
      rounds: 0,
      finalKeyBits: 0,
      aliceBobKeysEqual: true,
    };
  }

  /** Accumulate a batch; distil every block it completes. */
  push(batch: DetectionBatch): BlockReport[] {
    const t0 = performance.now();
    const blocks = this.acc.add(batch);
    const siftingMs = (performance.now() - t0) / Math.max(1, blocks.length);
    return blocks.map((b) => this.distil(b, siftingMs));
  }

  /** Distil the remainder as a last, smaller block, or report it as too few bits. */
  finish(): BlockReport[] {
    if (this.acc.pendingDetections === 0 && this.acc.pendingKeyBits === 0) return [];
    const t0 = performance.now();
    const b = this.acc.cut();
    const ms = performance.now() - t0;
    // distillBlock reports a remainder below MIN_KEY_BITS key bits (or without test bits) as too-few-bits.
    return [this.distil(b, ms)];
  }

  summary(): DistillSummary {
    return { ...this.totals };
  }

  lastKeys(): { alice: PackedBits; bob: PackedBits } | null {
    return this.keys;
  }

  /** The final keys distilled since the last call (at most MAX_PENDING_KEYS blocks), handed over once. */
  takeFinalKeys(): FinalKeyWords[] {
    const out = this.pendingKeys;
    this.pendingKeys = [];
    return out;
  }

  private distil(block: SiftedBlock, siftingMs: number): BlockReport {
    const out = distillBlock(block, this.params, this.blockIndex++, this.rng.nextUint32(), {
      qberHint: this.qberHint,
      siftingMs,
      traceMaxBits: this.traceMaxBits,
    });
    const r = out.report;
    if (out.measuredQber !== null) this.qberHint = out.measuredQber;
    if (out.keys) {
      this.keys = out.keys;
      const { alice, bob, eve } = out.keys;
      this.pendingKeys.push({
        blockIndex: r.blockIndex,
        bits: alice.length,
        alice: alice.words.slice(),
        bob: bob.words.slice(),
        eve: eve ? eve.words.slice() : new Uint32Array(alice.words.length),
      });
      if (this.pendingKeys.length > MAX_PENDING_KEYS) this.pendingKeys.shift();
    }
    const t = this.totals;
    t.blocks++;
    if (r.aborted) t.blocksAborted++;
    if (r.abortReason === 'verification-failed') t.blocksDiscardedByVerification++;
    t.nDetected += r.nDetected;
    t.nSiftedZ += r.nSifted.z;
    t.nSiftedX += r.nSifted.x;
    if (r.verified) t.nCorrected += r.nKey;
    t.leakBits += r.leakBits;
    t.rounds += r.rounds;
    t.finalKeyBits += r.finalKeyBits;
    if (!r.aborted && !r.aliceBobKeysEqual) t.aliceBobKeysEqual = false;
    return r;
  }
}
