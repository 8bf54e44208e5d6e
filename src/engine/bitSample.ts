// A handful of detections copied out of a batch before it is transferred to distillation, for the bit
// strip ("knowledge table"): Alice's, Bob's and Eve's bits and bases. Small fixed copies, never whole batches.
import { FLAG_DARK, FLAG_DOUBLE, type DetectionBatch } from '../../workers/common/detections';

export interface SampledDetection {
  pulseIndex: number;
  photonNumber: number;
  aliceBasis: number;
  aliceBit: number;
  bobBasis: number;
  bobBit: number;
  eveKnowledge: number;
  eveBit: number;
  isDark: boolean;
  isDouble: boolean;
}

export const BIT_SAMPLE_SIZE = 24;

/** The last `size` detections of a batch (in pulse order); empty when the batch has none. */
export function sampleDetections(batch: DetectionBatch, size = BIT_SAMPLE_SIZE): SampledDetection[] {
  const from = Math.max(0, batch.count - size);
  const out: SampledDetection[] = [];
  for (let i = from; i < batch.count; i++) {
    out.push({
      pulseIndex: batch.pulseIndex[i],
      photonNumber: batch.photonNumber[i],
      aliceBasis: batch.aliceBasis[i],
      aliceBit: batch.aliceBit[i],
      bobBasis: batch.bobBasis[i],
      bobBit: batch.bobBit[i],
      eveKnowledge: batch.eveKnowledge[i],
      eveBit: batch.eveBit[i],
      isDark: (batch.flags[i] & FLAG_DARK) !== 0,
      isDouble: (batch.flags[i] & FLAG_DOUBLE) !== 0,
    });
  }
  return out;
}
