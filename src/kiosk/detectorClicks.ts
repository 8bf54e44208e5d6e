// Detector clicks as sound (kiosk, off by default): each photon batch becomes a few clicks spread over the
// next moment, at most MAX_CLICKS_PER_S, so a bright link crackles and a long fiber ticks now and then.
// The click is a 4 ms burst of decaying noise, made once; nothing is loaded from anywhere.

export const MAX_CLICKS_PER_S = 25;

/** Clicks to play for `detections` arriving over `wallSeconds`, carrying the fraction left over. */
export function clicksFor(detections: number, wallSeconds: number, carry: number): { clicks: number; carry: number } {
  const cap = MAX_CLICKS_PER_S * Math.max(0, wallSeconds);
  const wanted = Math.min(detections, cap) + carry;
  const clicks = Math.floor(wanted);
  return { clicks, carry: Math.min(1, wanted - clicks) };
}

/** A small seeded generator for the clicks' spacing (the sound need not be random, only uneven). */
export function jitter(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}

export class ClickPlayer {
  private readonly buffer: AudioBuffer;
  private readonly next = jitter(12345);
  private carry = 0;
  private lastMs: number | null = null;

  constructor(private readonly ctx: AudioContext) {
    const n = Math.round(ctx.sampleRate * 0.004);
    this.buffer = ctx.createBuffer(1, n, ctx.sampleRate);
    const data = this.buffer.getChannelData(0);
    for (let i = 0; i < n; i++) data[i] = (this.next() * 2 - 1) * Math.exp(-i / (n / 5)) * 0.5;
  }

  /** A batch of `detections` arrived at wall time `nowMs`: schedule its clicks over the coming interval. */
  onDetections(detections: number, nowMs: number): void {
    const wallSeconds = this.lastMs === null ? 0.05 : Math.min(0.25, (nowMs - this.lastMs) / 1000);
    this.lastMs = nowMs;
    const r = clicksFor(detections, wallSeconds, this.carry);
    this.carry = r.carry;
    const t0 = this.ctx.currentTime + 0.02;
    for (let i = 0; i < r.clicks; i++) {
      const src = this.ctx.createBufferSource();
      src.buffer = this.buffer;
      src.connect(this.ctx.destination);
      src.start(t0 + this.next() * wallSeconds);
    }
  }
}
