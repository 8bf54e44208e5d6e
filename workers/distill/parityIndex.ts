// Range parities of a packed key in O(log W) while bits keep flipping: a Fenwick tree of word XORs.
// Cascade's passes on half-key blocks ask for parities of ranges of 10^4–10^5 bits again and again;
// scanning the words each time dominated those passes.
import { parity32, type PackedBits } from '../common/bits';

export class ParityIndex {
  private readonly tree: Int32Array;
  private readonly words: Uint32Array;
  private readonly nWords: number;

  /** Indexes `bits` in place: later flips must go through flip() to keep the index right. */
  constructor(readonly bits: PackedBits) {
    this.words = bits.words;
    this.nWords = bits.words.length;
    const t = new Int32Array(this.nWords + 1);
    for (let i = 1; i <= this.nWords; i++) {
      t[i] ^= this.words[i - 1];
      const j = i + (i & -i);
      if (j <= this.nWords) t[j] ^= t[i];
    }
    this.tree = t;
  }

  /** XOR of words [0, w). */
  private prefix(w: number): number {
    let x = 0;
    for (let i = w; i > 0; i -= i & -i) x ^= this.tree[i];
    return x;
  }

  flip(pos: number): void {
    const m = 1 << (pos & 31);
    this.words[pos >>> 5] ^= m;
    for (let i = (pos >>> 5) + 1; i <= this.nWords; i += i & -i) this.tree[i] ^= m;
  }

  get(pos: number): number {
    return (this.words[pos >>> 5] >>> (pos & 31)) & 1;
  }

  /** Parity of bits [lo, hi). */
  parity(lo: number, hi: number): number {
    if (hi <= lo) return 0;
    const w0 = lo >>> 5,
      w1 = (hi - 1) >>> 5;
    if (w1 - w0 < 8) return this.bits.parity(lo, hi);
    // Whole words strictly inside, plus the partial first and last words.
    let x = this.prefix(w1) ^ this.prefix(w0 + 1);
    x ^= this.words[w0] >>> (lo & 31);
    const top = ((hi - 1) & 31) + 1;
    x ^= top === 32 ? this.words[w1] : this.words[w1] & ((1 << top) - 1);
    return parity32(x);
  }
}
