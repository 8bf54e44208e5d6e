// The photons in flight, as flat typed arrays (no object per photon): where each is on its way from
// Alice to a detector, where it gets lost or meets Eve, and how it fades. The frame loop steps the pool
// and copies positions into instanced meshes; arrivals come back as events. Three-free, so it is tested in Node.

/** Scene x positions (world units) of the link's stations, left to right; y = 0 on the optical axis. */
export const LAYOUT = {
  emitX: -7.2,
  fiberStartX: -6.2,
  fiberEndX: 4.4,
  splitX: 6.6,
  detectorX: 8.4,
  /** y of detector 0 (bit 0) and detector 1 (bit 1). */
  detectorY: [0.95, -0.95] as const,
} as const;

const FIBER_DX = LAYOUT.fiberEndX - LAYOUT.fiberStartX;
const LEAD_IN = LAYOUT.fiberStartX - LAYOUT.emitX;
const RX_STRAIGHT = LAYOUT.splitX - LAYOUT.fiberEndX;
const RX_BRANCH = Math.hypot(LAYOUT.detectorX - LAYOUT.splitX, LAYOUT.detectorY[0]);
/** Path length from Alice's output to a detector. */
export const PATH_LENGTH = LEAD_IN + FIBER_DX + RX_STRAIGHT + RX_BRANCH;
/** World units per second: about three seconds from Alice to Bob, slow enough to follow. */
export const PHOTON_SPEED = PATH_LENGTH / 3;
/** Seconds a lost photon takes to fade out. */
export const FADE_S = 0.9;
export const NO_EVE = 255;

/** Path coordinate of a point `km` into a fiber of `fiberLengthKm`. */
export function pathAtKm(km: number, fiberLengthKm: number): number {
  const f = fiberLengthKm > 0 ? Math.min(1, Math.max(0, km / fiberLengthKm)) : 0;
  return LEAD_IN + f * FIBER_DX;
}

/** Path coordinate somewhere inside Bob's receiver optics (u in [0, 1)). */
export function pathInReceiver(u: number): number {
  return LEAD_IN + FIBER_DX + (0.15 + 0.8 * u) * RX_STRAIGHT;
}

/** World position of path coordinate s towards `detector` (0 or 1); writes [x, y]. */
export function positionOnPath(s: number, detector: number, out: Float32Array | number[]): void {
  const straight = LEAD_IN + FIBER_DX + RX_STRAIGHT;
  if (s <= straight) {
    out[0] = LAYOUT.emitX + Math.max(0, s);
    out[1] = 0;
    return;
  }
  const t = Math.min(1, (s - straight) / RX_BRANCH);
  out[0] = LAYOUT.splitX + t * (LAYOUT.detectorX - LAYOUT.splitX);
  out[1] = t * LAYOUT.detectorY[detector === 1 ? 1 : 0];
}

export interface LaunchSpec {
  isLost: boolean;
  /** Alice's basis (0 = Z, 1 = X) and, after Eve's tap, the basis Eve resent in (NO_EVE: untouched). */
  basis: number;
  eveBasis: number;
  /** Path coordinate of Eve's tap (ignored when eveBasis = NO_EVE). */
  eveS: number;
  /** Where the photon stops: a detector (PATH_LENGTH) or where it is lost. */
  endS: number;
  detector: number;
  /** Opaque code the caller gets back on arrival (e.g. the detection's outcome). */
  tag: number;
  /** Small sideways offset (world units) so photons on the same path do not overlap exactly. */
  lane: number;
}

export type ArrivalHandler = (detector: number, tag: number) => void;

export class PhotonPool {
  readonly capacity: number;
  count = 0;
  readonly s: Float32Array;
  readonly endS: Float32Array;
  readonly eveS: Float32Array;
  readonly lane: Float32Array;
  /** Seconds since the photon was lost; −1 while it flies. */
  readonly fadeS: Float32Array;
  readonly basis: Uint8Array;
  readonly eveBasis: Uint8Array;
  readonly detector: Uint8Array;
  readonly isLost: Uint8Array;
  readonly tag: Uint8Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.s = new Float32Array(capacity);
    this.endS = new Float32Array(capacity);
    this.eveS = new Float32Array(capacity);
    this.lane = new Float32Array(capacity);
    this.fadeS = new Float32Array(capacity);
    this.basis = new Uint8Array(capacity);
    this.eveBasis = new Uint8Array(capacity);
    this.detector = new Uint8Array(capacity);
    this.isLost = new Uint8Array(capacity);
    this.tag = new Uint8Array(capacity);
  }

  /** Adds a photon at Alice's output; returns false when the pool is full (the photon is not drawn). */
  launch(p: LaunchSpec): boolean {
    if (this.count >= this.capacity) return false;
    const i = this.count++;
    this.s[i] = 0;
    this.endS[i] = p.endS;
    this.eveS[i] = p.eveS;
    this.lane[i] = p.lane;
    this.fadeS[i] = -1;
    this.basis[i] = p.basis;
    this.eveBasis[i] = p.eveBasis;
    this.detector[i] = p.detector;
    this.isLost[i] = p.isLost ? 1 : 0;
    this.tag[i] = p.tag;
    return true;
  }

  /** The basis the photon is in now: Alice's, or Eve's once it has passed her tap. */
  currentBasis(i: number): number {
    return this.eveBasis[i] !== NO_EVE && this.s[i] >= this.eveS[i] ? this.eveBasis[i] : this.basis[i];
  }

  isResentNow(i: number): boolean {
    return this.eveBasis[i] !== NO_EVE && this.s[i] >= this.eveS[i];
  }

  /** Moves every photon on by dtS seconds; detected photons that arrive are reported and removed. */
  step(dtS: number, onArrival: ArrivalHandler): void {
    const ds = PHOTON_SPEED * dtS;
    let i = 0;
    while (i < this.count) {
      let isGone = false;
      if (this.fadeS[i] >= 0) {
        this.fadeS[i] += dtS;
        this.s[i] += ds * 0.25; // drifts on a little as it fades
        isGone = this.fadeS[i] >= FADE_S;
      } else {
        this.s[i] += ds;
        if (this.s[i] >= this.endS[i]) {
          this.s[i] = this.endS[i];
          if (this.isLost[i]) this.fadeS[i] = 0;
          else {
            onArrival(this.detector[i], this.tag[i]);
            isGone = true;
          }
        }
      }
      if (isGone) this.remove(i);
      else i++;
    }
  }

  clear(): void {
    this.count = 0;
  }

  /** Swap-remove: the last photon takes slot i (order does not matter for drawing). */
  private remove(i: number): void {
    const j = --this.count;
    if (i === j) return;
    this.s[i] = this.s[j];
    this.endS[i] = this.endS[j];
    this.eveS[i] = this.eveS[j];
    this.lane[i] = this.lane[j];
    this.fadeS[i] = this.fadeS[j];
    this.basis[i] = this.basis[j];
    this.eveBasis[i] = this.eveBasis[j];
    this.detector[i] = this.detector[j];
    this.isLost[i] = this.isLost[j];
    this.tag[i] = this.tag[j];
  }
}
