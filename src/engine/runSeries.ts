// High-rate data of a run kept outside React state: one record per photon batch (simulated time, counts,
// errors, what Eve knows) in fixed typed-array columns that plots read on animation frames. When full the
// buffer merges neighbouring records in pairs, so the whole run stays on the time axis at half resolution.

/** Counts per batch, summed when two records merge; `tEnd` (simulated seconds) takes the later one. */
export const SERIES_COLUMNS = [
  'tEnd',
  'pulses',
  'detections',
  'siftedZ',
  'errorsZ',
  'siftedX',
  'errorsX',
  'eveExactZ',
] as const;
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];
export type SeriesRecord = Record<SeriesColumn, number>;

export const DEFAULT_SERIES_CAPACITY = 4096;

export class RunSeries {
  readonly capacity: number;
  readonly columns: Record<SeriesColumn, Float64Array>;
  length = 0;
  /** Bumps on every change; a plot redraws when the version it drew differs. */
  version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(capacity = DEFAULT_SERIES_CAPACITY) {
    if (capacity < 2 || capacity % 2 !== 0) throw new RangeError('RunSeries capacity must be an even number ≥ 2');
    this.capacity = capacity;
    this.columns = Object.fromEntries(SERIES_COLUMNS.map((c) => [c, new Float64Array(capacity)])) as Record<
      SeriesColumn,
      Float64Array
    >;
  }

  push(record: SeriesRecord): void {
    if (this.length === this.capacity) this.compact();
    const i = this.length++;
    for (const c of SERIES_COLUMNS) this.columns[c][i] = record[c];
    this.changed();
  }

  clear(): void {
    this.length = 0;
    this.changed();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Simulated time at which the cumulative detections first reach `detections` (null if not yet). */
  timeAtDetections(detections: number): number | null {
    const { detections: d, tEnd } = this.columns;
    let sum = 0;
    for (let i = 0; i < this.length; i++) {
      sum += d[i];
      if (sum >= detections) return tEnd[i];
    }
    return null;
  }

  /** Merges records pairwise in place: counts add up, the time stamp is the later one's. */
  private compact(): void {
    const half = this.length >> 1;
    for (const c of SERIES_COLUMNS) {
      const col = this.columns[c];
      for (let i = 0; i < half; i++) col[i] = c === 'tEnd' ? col[2 * i + 1] : col[2 * i] + col[2 * i + 1];
    }
    this.length = half;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
