// Where the key block in progress stands: how full it is and, from the rate the page is filling it
// at, about how long until it is full. Pure; the run panel words it (BlockProgress.tsx).

export interface BlockProgressInput {
  blockSizeBits: number;
  /** Sifted Z (key) bits of the run so far; a block is cut every blockSizeBits of them. */
  siftedZ: number;
  blocksDone: number;
  /** Sifted Z bits gained per wall-clock second at the current speed, or null when not measured yet. */
  wallBitsPerSecond: number | null;
}

export type BlockStage =
  | { kind: 'filling'; fraction: number; etaSeconds: number | null }
  /** A block is full and waits in (or for) the key pipeline. */
  | { kind: 'distilling'; fraction: number };

export function blockStage(p: BlockProgressInput): BlockStage {
  const filled = Math.floor(p.siftedZ / p.blockSizeBits);
  const fraction = (p.siftedZ - filled * p.blockSizeBits) / p.blockSizeBits;
  if (filled > p.blocksDone) return { kind: 'distilling', fraction };
  const rate = p.wallBitsPerSecond;
  const etaSeconds = rate !== null && rate > 0 ? (p.blockSizeBits * (1 - fraction)) / rate : null;
  return { kind: 'filling', fraction, etaSeconds };
}

/** A rough, readable duration: "12 s", "3 min", "2 h", "5 days" as [count, unit]. */
export function roughDuration(seconds: number): { count: number; unit: 's' | 'min' | 'h' | 'd' } {
  if (seconds < 59.5) return { count: Math.max(1, Math.round(seconds)), unit: 's' };
  if (seconds < 3570) return { count: Math.round(seconds / 60), unit: 'min' };
  if (seconds < 86_400 * 1.5) return { count: Math.round(seconds / 3600), unit: 'h' };
  return { count: Math.round(seconds / 86_400), unit: 'd' };
}
