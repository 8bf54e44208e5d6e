// Walker/Vose alias table over packed entry codes: O(1) draws from a fixed discrete distribution with
// two 32-bit random words (one picks the column, one decides column vs alias). The column count is a
// power of two so the column is a shift; thresholds keep 31 bits per column (probability error ≤ 2^-31/K).
import type { Rng } from '../common/rng';

const TWO_POW_32 = 4294967296;
const TWO_POW_31 = 2147483648;

export class AliasTable {
  /** Number of columns (a power of two, at least 2). */
  readonly size: number;
  readonly shift: number;
  readonly primary: Uint32Array;
  readonly alias: Uint32Array;
  /** For a 31-bit word w = uint32 >>> 1: take the column's own code if w ≤ threshold31[column] (−1: never). */
  readonly threshold31: Int32Array;
  /** threshold31, primary, alias interleaved per column (one cache line, one array for the hot loop). */
  readonly interleaved: Int32Array;

  /** Probabilities need not be normalised; entries with weight 0 are never drawn. */
  constructor(codes: ArrayLike<number>, weights: ArrayLike<number>) {
    const count = codes.length;
    let total = 0;
    for (let i = 0; i < count; i++) total += weights[i];
    if (!(total > 0)) throw new RangeError('alias table needs a positive total weight');
    let size = 2;
    while (size < count) size *= 2;
    // The column comes from the top bits of a word whose low 8 bits LinkSimulator uses elsewhere.
    if (size > 1 << 24) throw new RangeError(`alias table too large: ${count} entries (at most 2^24)`);
    this.size = size;
    this.shift = 32 - Math.log2(size);
    const threshold = new Float64Array(size); // in units of 2^-32 per column
    this.primary = new Uint32Array(size);
    this.alias = new Uint32Array(size);
    const scaled = new Float64Array(size);
    for (let i = 0; i < count; i++) {
      scaled[i] = (weights[i] / total) * size;
      this.primary[i] = codes[i];
    }
    const small: number[] = [],
      large: number[] = [];
    for (let i = 0; i < size; i++) (scaled[i] < 1 ? small : large).push(i);
    while (small.length && large.length) {
      const s = small.pop() as number,
        l = large[large.length - 1];
      threshold[s] = scaled[s] * TWO_POW_32;
      this.alias[s] = this.primary[l];
      scaled[l] -= 1 - scaled[s];
      if (scaled[l] < 1) small.push(large.pop() as number);
    }
    // Whatever is left over is 1 up to rounding: always take the column's own code.
    for (const i of large) {
      threshold[i] = TWO_POW_32;
      this.alias[i] = this.primary[i];
    }
    // Only rounding residue can leave a small column here: its shortfall goes to the heaviest code.
    let heaviest = 0;
    for (let i = 1; i < count; i++) if (weights[i] > weights[heaviest]) heaviest = i;
    for (const i of small) {
      threshold[i] = scaled[i] * TWO_POW_32;
      this.alias[i] = codes[heaviest];
    }
    this.threshold31 = Int32Array.from(threshold, (x) => Math.min(TWO_POW_31 - 1, Math.round(x / 2) - 1));
    this.interleaved = new Int32Array(3 * size);
    for (let i = 0; i < size; i++) {
      this.interleaved[3 * i] = this.threshold31[i];
      this.interleaved[3 * i + 1] = this.primary[i];
      this.interleaved[3 * i + 2] = this.alias[i];
    }
  }

  draw(rng: Rng): number {
    const column = rng.nextUint32() >>> this.shift;
    return rng.nextUint32() >>> 1 <= this.threshold31[column] ? this.primary[column] : this.alias[column];
  }

  /** The exact probability the table assigns to each code (for tests): code → probability. */
  distribution(): Map<number, number> {
    const m = new Map<number, number>();
    for (let i = 0; i < this.size; i++) {
      const own = (this.threshold31[i] + 1) / TWO_POW_31 / this.size;
      m.set(this.primary[i], (m.get(this.primary[i]) ?? 0) + own);
      m.set(this.alias[i], (m.get(this.alias[i]) ?? 0) + 1 / this.size - own);
    }
    for (const [k, v] of m) if (v <= 0) m.delete(k);
    return m;
  }
}
