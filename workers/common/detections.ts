// The record of detections that flows from the photon simulator to distillation, plots and the CLI.
// Struct of typed arrays (one entry per click), transferable between threads without copying.

/** Basis codes. */
export const BASIS_Z = 0;
export const BASIS_X = 1;

/** Intensity classes of a pulse (decoy-state laser); the quantum dot always sends SIGNAL. */
export const INTENSITY_SIGNAL = 0;
export const INTENSITY_DECOY = 1;
export const INTENSITY_VACUUM = 2;

/** Flags of one detection (bit set). */
export const FLAG_DARK = 1; // no signal photon was detected: the click came from a dark count (or afterpulse) only
export const FLAG_DOUBLE = 2; // both detectors clicked; Bob's bit is a random assignment (squashing)
export const FLAG_AFTERPULSE = 4; // the click was an afterpulse
export const FLAG_EVE_RESENT = 8; // this pulse was intercepted and resent (intercept-resend)
// Three-state time-bin, Bob in X: the photon left his unbalanced interferometer in a side time slot (no phase
// information): the detector clicked (and is dead) but the click is no X-basis test bit.
export const FLAG_SIDE_PEAK = 16;

/** What Eve knows about Alice's bit of this detection. */
export const EVE_NONE = 0; // nothing: eveBit is a coin flip
export const EVE_GUESS = 1; // a measurement result that may be wrong (e.g. intercept-resend in the wrong basis)
// She knows Alice's bit (stored photon measured after the basis announcement, or the right basis).
export const EVE_EXACT = 2;

export interface DetectionBatch {
  /** Number of valid entries in each array. */
  count: number;
  /** Index of the pulse (from 0 at the start of the run); exact up to 2^53. */
  pulseIndex: Float64Array;
  /** Photons Alice's source put in the pulse. */
  photonNumber: Uint8Array;
  intensity: Uint8Array;
  aliceBasis: Uint8Array;
  aliceBit: Uint8Array;
  bobBasis: Uint8Array;
  bobBit: Uint8Array;
  flags: Uint8Array;
  eveKnowledge: Uint8Array;
  /** Eve's best guess of Alice's bit (meaningful for every entry: a coin flip when she knows nothing). */
  eveBit: Uint8Array;
  /** Pulses covered by this batch: [firstPulse, endPulse). */
  firstPulse: number;
  endPulse: number;
  /** Pulses sent per intensity class (signal, decoy, vacuum) within [firstPulse, endPulse). */
  pulsesByIntensity: Float64Array;
  /** Simulated time at the end of the batch (endPulse / repetitionRateHz). */
  simulatedSecondsEnd: number;
}

export function allocateBatch(capacity: number): DetectionBatch {
  return {
    count: 0,
    pulseIndex: new Float64Array(capacity),
    photonNumber: new Uint8Array(capacity),
    intensity: new Uint8Array(capacity),
    aliceBasis: new Uint8Array(capacity),
    aliceBit: new Uint8Array(capacity),
    bobBasis: new Uint8Array(capacity),
    bobBit: new Uint8Array(capacity),
    flags: new Uint8Array(capacity),
    eveKnowledge: new Uint8Array(capacity),
    eveBit: new Uint8Array(capacity),
    firstPulse: 0,
    endPulse: 0,
    pulsesByIntensity: new Float64Array(3),
    simulatedSecondsEnd: 0,
  };
}

/**
 * The typed-array buffers of a batch, for postMessage/comlink transfer lists (each buffer once: arrays may share one).
 */
export function batchTransferables(b: DetectionBatch): ArrayBuffer[] {
  return [
    ...new Set(
      [
        b.pulseIndex,
        b.photonNumber,
        b.intensity,
        b.aliceBasis,
        b.aliceBit,
        b.bobBasis,
        b.bobBit,
        b.flags,
        b.eveKnowledge,
        b.eveBit,
        b.pulsesByIntensity,
      ].map((a) => a.buffer as ArrayBuffer),
    ),
  ];
}
