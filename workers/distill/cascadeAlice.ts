// Alice's side of Cascade: she holds her sifted key, derives every pass's permuted copy from the
// public seed, and answers Bob's parity requests. She counts every parity she discloses herself,
// so tests can check Bob's leak accounting against an independent tally at the message layer.
import type { PackedBits } from '../common/bits';
import { ParityIndex } from './parityIndex';
import { publicPermutation, type BitPermutation, type PermutationKind } from './permutation';

/** A request for the parities of bit ranges [lo, hi) of the permuted key of a pass. */
export interface ParityRequest {
  pass: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  count: number;
}

export class CascadeAlice {
  /** Parity bits sent so far, counted on Alice's side. */
  disclosedParities = 0;
  /** Messages Alice has answered. */
  messagesAnswered = 0;
  private readonly copies: (PackedBits | ParityIndex)[] = [];
  private readonly perms: BitPermutation[] = [];

  /** Seeds, permutation kind and rounds per pass are public: both ends derive the same permutations. */
  constructor(
    private readonly key: PackedBits,
    private readonly permutationSeeds: readonly number[],
    private readonly kind: PermutationKind = 'structured',
    private readonly permutationRounds: readonly number[] = [],
  ) {}

  private perm(pass: number): BitPermutation {
    return (this.perms[pass] ??= publicPermutation(
      this.kind,
      this.key.length,
      this.permutationSeeds[pass],
      this.permutationRounds[pass],
    ));
  }

  /** The permuted key of a pass, built only when a range inside it is asked for. */
  private copy(pass: number): PackedBits | ParityIndex {
    let c = this.copies[pass];
    if (!c) {
      const bits = pass === 0 ? this.key : this.perm(pass).apply(this.key);
      // Half-key blocks: index the parities (Alice's key never changes, so the index stays right).
      c = this.copies[pass] = pass > 0 && this.permutationRounds[pass] === 2 ? new ParityIndex(bits) : bits;
    }
    return c;
  }

  /** Parities of every top-level block of a pass (blocks of blockSize over the first nBits positions). */
  blockParities(pass: number, blockSize: number, nBits: number): Uint8Array {
    let out: Uint8Array;
    if (pass === 0) {
      const blocks = Math.ceil(nBits / blockSize);
      out = new Uint8Array(blocks);
      for (let j = 0; j < blocks; j++) out[j] = this.key.parity(j * blockSize, Math.min(nBits, (j + 1) * blockSize));
    } else if (this.kind === 'structured' && this.permutationRounds[pass] === 2) {
      out = this.perm(pass).blockParities(this.key, blockSize);
    } else {
      // The permuted copy is needed for the answers anyway: build it once and read the parities from it.
      const c = this.copy(pass),
        blocks = Math.ceil(nBits / blockSize);
      out = new Uint8Array(blocks);
      for (let j = 0; j < blocks; j++) out[j] = c.parity(j * blockSize, Math.min(nBits, (j + 1) * blockSize));
    }
    const blocks = out.length;
    this.disclosedParities += blocks;
    this.messagesAnswered++;
    return out;
  }

  /** Answer one message of range-parity questions. */
  answer(req: ParityRequest): Uint8Array {
    const out = new Uint8Array(req.count);
    for (let i = 0; i < req.count; i++) out[i] = this.copy(req.pass[i]).parity(req.lo[i], req.hi[i]);
    this.disclosedParities += req.count;
    this.messagesAnswered++;
    return out;
  }
}
