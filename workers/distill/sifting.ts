// Sifting: streams detection batches, keeps the clicks where Alice's and Bob's bases match and cuts a
// block each time `blockSizeBits` Z-basis key bits are collected (every intensity class keys, as in the
// finite-key decoy analysis). X-basis bits are disclosed and kept as counts per intensity class; pulses
// sent per intensity class are apportioned to blocks by pulse index.
import { PackedBits } from '../common/bits';
import {
  BASIS_X,
  BASIS_Z,
  EVE_EXACT,
  FLAG_SIDE_PEAK,
  INTENSITY_SIGNAL,
  type DetectionBatch,
} from '../common/detections';

/** One block of sifted data, ready for estimation and error correction. */
export interface SiftedBlock {
  /** Alice's and Bob's Z key bits and Eve's best guesses of Alice's bits (same positions). */
  alice: PackedBits;
  bob: PackedBits;
  eve: PackedBits;
  /** Key bits whose value Eve knows exactly. */
  eveExact: number;
  /** Every click in the block, and clicks per intensity class (any basis). */
  nDetected: number;
  clicks: Float64Array;
  /** Pulses sent per intensity class while the block was collected. */
  pulses: Float64Array;
  /** Sifted X bits of the signal class (phase-error sample) and their errors. */
  xSignal: { bits: number; errors: number };
  /** Sifted X bits of the decoy class (decoy-state single-photon error). */
  xDecoy: { bits: number; errors: number };
  /** All sifted X bits (every class): disclosed. */
  xAll: number;
  /** Key (Z) bits per intensity class (signal, decoy, vacuum); their sum is alice.length. */
  keyByClass: Float64Array;
  /** Sifted X bits and their errors per intensity class. */
  testByClass: { bits: Float64Array; errors: Float64Array };
  /**
   * Signal-class clicks where Alice sent a Z state and Bob measured X (central slot only), and how many of them gave
   * Bob '+' (bit 0): the three-state protocol's phase-error estimate needs them (threeStatePhase.ts).
   */
  xFromZ: { bits: number; plus: number };
}

class GrowBits {
  words = new Uint32Array(1024);
  length = 0;
  push(bit: number): void {
    if (this.length >>> 5 >= this.words.length) {
      const g = new Uint32Array(this.words.length * 2);
      g.set(this.words);
      this.words = g;
    }
    if (bit) this.words[this.length >>> 5] |= 1 << (this.length & 31);
    this.length++;
  }
  /** Append src[idx[0..count)] (0/1 values): one capacity check, then a tight loop. */
  pushIndexed(src: Uint8Array, idx: Int32Array, count: number): void {
    const need = (this.length + count + 31) >>> 5;
    if (need > this.words.length) {
      const g = new Uint32Array(Math.max(need, this.words.length * 2));
      g.set(this.words);
      this.words = g;
    }
    const w = this.words;
    let len = this.length;
    for (let k = 0; k < count; k++, len++) if (src[idx[k]] & 1) w[len >>> 5] |= 1 << (len & 31);
    this.length = len;
  }

  take(): PackedBits {
    const p = new PackedBits(this.length, this.words.slice(0, (this.length + 31) >>> 5));
    this.words.fill(0, 0, (this.length + 31) >>> 5);
    this.length = 0;
    return p;
  }
}

export class BlockAccumulator {
  private readonly alice = new GrowBits();
  private readonly bob = new GrowBits();
  private readonly eve = new GrowBits();
  private eveExact = 0;
  private nDetected = 0;
  private clicks = new Float64Array(3);
  private pulses = new Float64Array(3);
  private xSignal = { bits: 0, errors: 0 };
  private xDecoy = { bits: 0, errors: 0 };
  private xAll = 0;
  private keyByClass = new Float64Array(3);
  private testByClass = { bits: new Float64Array(3), errors: new Float64Array(3) };
  private xFromZ = { bits: 0, plus: 0 };
  /** First pulse of the current block not yet apportioned. */
  private segmentStart = -1;
  private keyIdx = new Int32Array(0);

  constructor(private readonly blockSizeBits: number) {}

  /** Z key bits collected for the block in progress. */
  get pendingKeyBits(): number {
    return this.alice.length;
  }

  get pendingDetections(): number {
    return this.nDetected;
  }

  /** Sift one batch; returns the blocks it completed. */
  add(batch: DetectionBatch): SiftedBlock[] {
    const done: SiftedBlock[] = [];
    const span = batch.endPulse - batch.firstPulse;
    const frac = [0, 1, 2].map((c) => (span > 0 ? batch.pulsesByIntensity[c] / span : 0));
    if (this.segmentStart < batch.firstPulse) this.segmentStart = batch.firstPulse;
    const apportion = (upTo: number) => {
      const len = Math.max(0, upTo - this.segmentStart);
      for (let c = 0; c < 3; c++) this.pulses[c] += len * frac[c];
      this.segmentStart = Math.max(this.segmentStart, upTo);
    };
    const { aliceBasis, bobBasis, aliceBit, bobBit, intensity, eveKnowledge, eveBit, flags } = batch;
    // Key positions of this batch, flushed into the packed keys in tight loops.
    if (this.keyIdx.length < batch.count) this.keyIdx = new Int32Array(batch.count);
    const keyIdx = this.keyIdx;
    let m = 0;
    const flush = () => {
      this.alice.pushIndexed(aliceBit, keyIdx, m);
      this.bob.pushIndexed(bobBit, keyIdx, m);
      this.eve.pushIndexed(eveBit, keyIdx, m);
      for (let k = 0; k < m; k++) if (eveKnowledge[keyIdx[k]] === EVE_EXACT) this.eveExact++;
      m = 0;
    };
    let clicks = this.clicks,
      keyByClass = this.keyByClass,
      testByClass = this.testByClass,
      detected = 0,
      xAll = 0;
    let xsBits = 0,
      xsErr = 0,
      xdBits = 0,
      xdErr = 0;
    const settle = () => {
      this.nDetected += detected;
      this.xAll += xAll;
      this.xSignal.bits += xsBits;
      this.xSignal.errors += xsErr;
      this.xDecoy.bits += xdBits;
      this.xDecoy.errors += xdErr;
      detected = xAll = xsBits = xsErr = xdBits = xdErr = 0;
    };
    for (let i = 0; i < batch.count; i++) {
      const cls = intensity[i];
      detected++;
      clicks[cls]++;
      const basis = aliceBasis[i];
      // A side-peak click (three-state, Bob in X) carries no phase: it is neither a test bit nor a mismatch count.
      if (bobBasis[i] === BASIS_X && flags[i] & FLAG_SIDE_PEAK) continue;
      if (basis !== bobBasis[i]) {
        if (basis === BASIS_Z && cls === INTENSITY_SIGNAL) {
          this.xFromZ.bits++;
          this.xFromZ.plus += 1 - bobBit[i];
        }
        continue;
      }
      if (basis !== BASIS_Z) {
        xAll++;
        const err = aliceBit[i] ^ bobBit[i];
        testByClass.bits[cls]++;
        testByClass.errors[cls] += err;
        if (cls === INTENSITY_SIGNAL) {
          xsBits++;
          xsErr += err;
        } else if (cls === 1) {
          xdBits++;
          xdErr += err;
        }
        continue;
      }
      keyByClass[cls]++;
      keyIdx[m++] = i;
      if (this.alice.length + m >= this.blockSizeBits) {
        flush();
        settle();
        apportion(batch.pulseIndex[i] + 1);
        done.push(this.cut());
        clicks = this.clicks;
        keyByClass = this.keyByClass;
        testByClass = this.testByClass;
      }
    }
    flush();
    settle();
    apportion(batch.endPulse);
    return done;
  }

  /** Close the block in progress (also used for the remainder at the end of a run). */
  cut(): SiftedBlock {
    const b: SiftedBlock = {
      alice: this.alice.take(),
      bob: this.bob.take(),
      eve: this.eve.take(),
      eveExact: this.eveExact,
      nDetected: this.nDetected,
      clicks: this.clicks,
      pulses: this.pulses,
      xSignal: this.xSignal,
      xDecoy: this.xDecoy,
      xAll: this.xAll,
      keyByClass: this.keyByClass,
      testByClass: this.testByClass,
      xFromZ: this.xFromZ,
    };
    this.xFromZ = { bits: 0, plus: 0 };
    this.eveExact = 0;
    this.nDetected = 0;
    this.clicks = new Float64Array(3);
    this.pulses = new Float64Array(3);
    this.xSignal = { bits: 0, errors: 0 };
    this.xDecoy = { bits: 0, errors: 0 };
    this.xAll = 0;
    this.keyByClass = new Float64Array(3);
    this.testByClass = { bits: new Float64Array(3), errors: new Float64Array(3) };
    return b;
  }
}
