// A growable struct-of-typed-arrays scratch buffer that the reference loop writes detections into, and the
// copy-out into an exact-size DetectionBatch (fresh arrays, safe to transfer to another thread).
import { allocateBatch, type DetectionBatch } from '../common/detections';

export class DetectionBuffer {
  capacity = 0;
  pulseIndex = new Float64Array(0);
  photonNumber = new Uint8Array(0);
  intensity = new Uint8Array(0);
  aliceBasis = new Uint8Array(0);
  aliceBit = new Uint8Array(0);
  bobBasis = new Uint8Array(0);
  bobBit = new Uint8Array(0);
  flags = new Uint8Array(0);
  eveKnowledge = new Uint8Array(0);
  eveBit = new Uint8Array(0);

  constructor(initialCapacity = 1024) {
    this.grow(initialCapacity);
  }

  /** Make room for at least `needed` entries, keeping the first `kept` ones. */
  grow(needed: number, kept = 0): void {
    if (needed <= this.capacity) return;
    const cap = Math.max(needed, this.capacity * 2, 16);
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a.subarray(0, kept));
      return b;
    };
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(cap);
      b.set(a.subarray(0, kept));
      return b;
    };
    this.pulseIndex = f64(this.pulseIndex);
    this.photonNumber = u8(this.photonNumber);
    this.intensity = u8(this.intensity);
    this.aliceBasis = u8(this.aliceBasis);
    this.aliceBit = u8(this.aliceBit);
    this.bobBasis = u8(this.bobBasis);
    this.bobBit = u8(this.bobBit);
    this.flags = u8(this.flags);
    this.eveKnowledge = u8(this.eveKnowledge);
    this.eveBit = u8(this.eveBit);
    this.capacity = cap;
  }

  /** A batch holding copies of the first `count` entries. */
  toBatch(count: number): DetectionBatch {
    const b = allocateBatch(count);
    b.count = count;
    b.pulseIndex.set(this.pulseIndex.subarray(0, count));
    b.photonNumber.set(this.photonNumber.subarray(0, count));
    b.intensity.set(this.intensity.subarray(0, count));
    b.aliceBasis.set(this.aliceBasis.subarray(0, count));
    b.aliceBit.set(this.aliceBit.subarray(0, count));
    b.bobBasis.set(this.bobBasis.subarray(0, count));
    b.bobBit.set(this.bobBit.subarray(0, count));
    b.flags.set(this.flags.subarray(0, count));
    b.eveKnowledge.set(this.eveKnowledge.subarray(0, count));
    b.eveBit.set(this.eveBit.subarray(0, count));
    return b;
  }
}
