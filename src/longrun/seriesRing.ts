// The minute-by-minute time series of one long run on the main thread: fixed typed-array columns in a ring
// (the newest `capacity` minutes are kept, so memory stays bounded whatever the duration), a version that
// bumps on every change and listeners that plots use to redraw on an animation frame, never React state.
import type { TimeSeriesPoint } from '../../workers/photon/driftedRun';

export const RING_COLUMNS = ['tSeconds', 'qberZ', 'qberX', 'secretBits', 'misalignmentRad'] as const;
export type RingColumn = (typeof RING_COLUMNS)[number];

/** 16 384 minutes: 11 days of one-minute points, more than the longest run the panel allows. */
export const DEFAULT_RING_CAPACITY = 16_384;

export class SeriesRing {
  readonly capacity: number;
  private readonly columns: Record<RingColumn, Float64Array>;
  /** Index the next point is written to. */
  private head = 0;
  length = 0;
  /** Points ever pushed (keeps counting after the ring wraps). */
  pushed = 0;
  version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(capacity = DEFAULT_RING_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('SeriesRing capacity must be a whole number ≥ 1');
    this.capacity = capacity;
    this.columns = Object.fromEntries(RING_COLUMNS.map((c) => [c, new Float64Array(capacity)])) as Record<
      RingColumn,
      Float64Array
    >;
  }

  /** Appends points (a null QBER, a minute without sifted bits, is stored as NaN) and notifies once. */
  pushPoints(points: readonly TimeSeriesPoint[]): void {
    if (points.length === 0) return;
    for (const p of points) {
      const i = this.head;
      this.columns.tSeconds[i] = p.tSeconds;
      this.columns.qberZ[i] = p.qberZ ?? Number.NaN;
      this.columns.qberX[i] = p.qberX ?? Number.NaN;
      this.columns.secretBits[i] = p.secretBits;
      this.columns.misalignmentRad[i] = p.misalignmentRad;
      this.head = (i + 1) % this.capacity;
      if (this.length < this.capacity) this.length++;
      this.pushed++;
    }
    this.changed();
  }

  /** Value of a column at position `k` counted from the oldest kept point (0 ≤ k < length). */
  at(column: RingColumn, k: number): number {
    const start = (this.head - this.length + this.capacity) % this.capacity;
    return this.columns[column][(start + k) % this.capacity];
  }

  /** The newest value of a column, or NaN when empty. */
  last(column: RingColumn): number {
    return this.length === 0 ? Number.NaN : this.at(column, this.length - 1);
  }

  clear(): void {
    this.head = 0;
    this.length = 0;
    this.pushed = 0;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
