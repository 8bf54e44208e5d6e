// The packed 32-bit code of one pulse configuration in the outcome tables: everything a detection
// record needs (photon number, intensity, bases, bits, flags, Eve's knowledge and bit) plus the mask
// of detectors that clicked, so that drawing one table entry yields a full record with a few shifts.

export const SHIFT_PHOTONS = 0; // 8 bits
export const SHIFT_INTENSITY = 8; // 2 bits
export const SHIFT_ALICE_BASIS = 10;
export const SHIFT_ALICE_BIT = 11;
export const SHIFT_BOB_BASIS = 12;
export const SHIFT_BOB_BIT = 13;
export const SHIFT_FLAGS = 14; // 5 bits
export const SHIFT_EVE_KNOWLEDGE = 19; // 2 bits
export const SHIFT_EVE_BIT = 21;
export const SHIFT_CLICK_MASK = 22; // 2 bits: det0 = 1, det1 = 2
/** Mask of the flags field (five flags, detections.ts). */
export const FLAGS_MASK = 31;

export interface EntryFields {
  photons: number;
  intensity: number;
  aliceBasis: number;
  aliceBit: number;
  bobBasis: number;
  bobBit: number;
  flags: number;
  eveKnowledge: number;
  eveBit: number;
  clickMask: number;
}

export function encodeEntry(f: EntryFields): number {
  return (
    (((f.photons & 0xff) << SHIFT_PHOTONS) |
      ((f.intensity & 3) << SHIFT_INTENSITY) |
      ((f.aliceBasis & 1) << SHIFT_ALICE_BASIS) |
      ((f.aliceBit & 1) << SHIFT_ALICE_BIT) |
      ((f.bobBasis & 1) << SHIFT_BOB_BASIS) |
      ((f.bobBit & 1) << SHIFT_BOB_BIT) |
      ((f.flags & FLAGS_MASK) << SHIFT_FLAGS) |
      ((f.eveKnowledge & 3) << SHIFT_EVE_KNOWLEDGE) |
      ((f.eveBit & 1) << SHIFT_EVE_BIT) |
      ((f.clickMask & 3) << SHIFT_CLICK_MASK)) >>>
    0
  );
}

export function decodeEntry(code: number): EntryFields {
  return {
    photons: (code >>> SHIFT_PHOTONS) & 0xff,
    intensity: (code >>> SHIFT_INTENSITY) & 3,
    aliceBasis: (code >>> SHIFT_ALICE_BASIS) & 1,
    aliceBit: (code >>> SHIFT_ALICE_BIT) & 1,
    bobBasis: (code >>> SHIFT_BOB_BASIS) & 1,
    bobBit: (code >>> SHIFT_BOB_BIT) & 1,
    flags: (code >>> SHIFT_FLAGS) & FLAGS_MASK,
    eveKnowledge: (code >>> SHIFT_EVE_KNOWLEDGE) & 3,
    eveBit: (code >>> SHIFT_EVE_BIT) & 1,
    clickMask: (code >>> SHIFT_CLICK_MASK) & 3,
  };
}
