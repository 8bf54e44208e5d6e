// Bob's side of Cascade and the protocol driver: parallel binary searches (one message per level for
// every open search), the cascade back into earlier passes, reuse of every parity already known
// (sub-block reuse and parent-minus-left inference), and exact accounting of leaked bits and rounds.
import { PackedBits } from '../common/bits';
import type { CascadeVariant } from '../common/params';
import { Rng } from '../common/rng';
import { CascadeAlice, type ParityRequest } from './cascadeAlice';
import { ParityIndex } from './parityIndex';
import { cascadeSchedule } from './cascadeSchedule';
import { FULL_ROUNDS, paddedLength, publicPermutation, type BitPermutation, type PermutationKind } from './permutation';

/** One parity question of a traced run (visual mode): range [lo, hi) of pass `pass`'s permuted key. */
export interface CascadeTraceStep {
  round: number;
  pass: number;
  block: number;
  lo: number;
  hi: number;
  aliceParity: number;
  bobParity: number;
  /** Set when this step located an error: the key position Bob flipped. */
  flippedKeyBit?: number;
}

export interface CascadeResult {
  /** Bob's corrected key (length n). */
  corrected: PackedBits;
  leakBits: number;
  rounds: number;
  passes: number;
  blockSizes: number[];
  bitsFlipped: number;
  /** Parities Alice counted herself (equals leakBits; an independent tally). */
  aliceDisclosed: number;
  trace: CascadeTraceStep[] | null;
}

export interface CascadeOptions {
  variant: CascadeVariant;
  qberEstimate: number;
  /** Public seed of the pass permutations. */
  seed: number;
  /** Record every question for replay (use on small blocks only). */
  trace?: boolean;
  /** Pass permutations: cheap structured ones (default) or uniform Fisher-Yates (reference). */
  permutation?: PermutationKind;
}

function padTo(key: PackedBits, len: number): PackedBits {
  const p = new PackedBits(len);
  p.words.set(key.words.subarray(0, (key.length + 31) >>> 5));
  const rest = key.length & 31;
  if (rest) p.words[key.length >>> 5] &= (1 << rest) - 1;
  return p;
}

/** Run Cascade between Alice's and Bob's keys; only Alice's answers cross between them. */
export function runCascade(aliceKey: PackedBits, bobKey: PackedBits, opt: CascadeOptions): CascadeResult {
  const n = bobKey.length;
  const nPad = paddedLength(n);
  const schedule = cascadeSchedule(opt.variant, opt.qberEstimate, n);
  const passes = schedule.blockSizes.length;
  const seedRng = Rng.fromSeed(opt.seed);
  const seeds = schedule.blockSizes.map(() => seedRng.nextUint32());
  const kind = opt.permutation ?? 'structured';
  // Passes that only cut the key in a few large blocks need a random split, not separated
  // neighbours: two shuffle rounds do (measured: no change in f), halving the permutation cost.
  const permRounds = schedule.blockSizes.map((k) => (Math.ceil(n / k) <= 4 ? 2 : FULL_ROUNDS));
  const alice = new CascadeAlice(padTo(aliceKey, nPad), seeds, kind, permRounds);
  const bob = padTo(bobKey, nPad);

  // Per pass: geometry, Bob's permuted copy, permutation, known Alice parities of search-tree nodes.
  const span: number[] = [],
    blockSize: number[] = [],
    nBlocks: number[] = [],
    stride: number[] = [];
  const copies: (PackedBits | ParityIndex | undefined)[] = [],
    perms: (BitPermutation | null)[] = [],
    queued: Uint8Array[] = [];
  // Alice's parities Bob knows, per search-tree node, heap order per block: kb | 2 | parity when known in
  // this run, anything below kb (an earlier run's entry or 0) when not, so the arrays need no clearing.
  const known: Uint16Array[] = [];
  const kb = nextKnownBase();
  // odd[p][b]: Alice's and Bob's parities of top-level block b of pass p differ (kept up to date on every flip).
  const odd: Uint8Array[] = [];
  for (let p = 0; p < passes; p++) {
    const blocks = Math.ceil(n / schedule.blockSizes[p]);
    span[p] = p === 0 ? n : nPad;
    // Passes cut in ≤ 4 blocks use word-aligned blocks: their top parities are then computed
    // without building the permuted key (KeyPermutation.blockParities).
    blockSize[p] = p > 0 && blocks <= 4 ? Math.ceil(span[p] / blocks / 32) * 32 : Math.ceil(span[p] / blocks);
    nBlocks[p] = Math.ceil(span[p] / blockSize[p]);
    let s = 2;
    while (s < 2 * blockSize[p]) s <<= 1;
    stride[p] = s;
  }

  let leakBits = 0,
    rounds = 0,
    flipped = 0;
  const trace: CascadeTraceStep[] | null = opt.trace ? [] : null;
  // Open searches (pass, block, node id in heap order within the block, range) and those opened
  // by fixes during the current round, which join at the next round.
  let next = new SearchList(),
    spare = new SearchList();
  // Lists reused round after round: searches waiting for Alice's answer, those carried on, errors found.
  const found: number[] = [];
  let waiting = new SearchList(),
    carried = new SearchList();
  const req: ParityRequest = { pass: new Int32Array(64), lo: new Int32Array(64), hi: new Int32Array(64), count: 0 };

  const nodeKnown = (p: number, b: number, v: number): number => known[p][b * stride[p] + v];
  const setKnown = (p: number, b: number, v: number, par: number) => {
    known[p][b * stride[p] + v] = kb | 2 | par;
  };
  const blockLo = (p: number, b: number) => b * blockSize[p];
  const blockHi = (p: number, b: number) => Math.min(span[p], (b + 1) * blockSize[p]);

  // Bob's permuted key of a pass is built from his current key the first time a search needs it.
  // Passes of a few huge blocks get a parity index (their searches ask about huge ranges).
  const copyOf = (q: number): PackedBits | ParityIndex => {
    let c = copies[q];
    if (!c) {
      const bits = (perms[q] as BitPermutation).apply(bob);
      c = copies[q] = nBlocks[q] <= 4 ? new ParityIndex(bits) : bits;
    }
    return c;
  };

  const openSearch = (p: number, b: number) => {
    if (queued[p][b]) return;
    queued[p][b] = 1;
    next.push(p, b, 1, blockLo(p, b), blockHi(p, b));
  };

  const flipKeyBit = (i: number, activePasses: number) => {
    // Every flip fixes a real error (the searches only follow Alice's parities), so this bounds the work.
    if (++flipped > n) throw new Error('Cascade invariant broken: more flips than key bits');
    for (let q = 0; q < activePasses; q++) {
      const pos = q === 0 ? i : (perms[q] as BitPermutation).positionOf(i);
      copies[q]?.flip(pos);
      const b = Math.floor(pos / blockSize[q]);
      if ((odd[q][b] ^= 1) === 1) openSearch(q, b);
    }
  };

  for (let p = 0; p < passes; p++) {
    perms[p] = p === 0 ? null : publicPermutation(kind, nPad, seeds[p], permRounds[p]);
    if (p === 0) copies[0] = bob;
    known[p] = knownArray(p, nBlocks[p] * stride[p]);
    queued[p] = new Uint8Array(nBlocks[p]);
    odd[p] = new Uint8Array(nBlocks[p]);
    const top = alice.blockParities(p, blockSize[p], span[p]);
    leakBits += top.length;
    rounds++;
    // Two-round permutations give their block parities without the permuted copy; otherwise the copy
    // the searches will need anyway gives them (building it twice was a hot spot).
    const mine =
      p === 0 || permRounds[p] !== 2 || kind !== 'structured'
        ? null
        : (perms[p] as BitPermutation).blockParities(bob, blockSize[p]);
    const own = p === 0 ? bob : mine ? null : copyOf(p);
    for (let b = 0; b < nBlocks[p]; b++) {
      setKnown(p, b, 1, top[b]);
      odd[p][b] = top[b] ^ (mine ? mine[b] : (own as PackedBits | ParityIndex).parity(blockLo(p, b), blockHi(p, b)));
      if (odd[p][b] === 1) openSearch(p, b);
    }
    carried.clear();
    for (;;) {
      if (carried.length === 0 && next.length === 0) break;
      // This round walks the carried searches, then those the last fixes opened (swapped out of `next`,
      // which collects the ones this round's fixes open).
      const opened = next;
      next = spare;
      spare = opened;
      next.clear();
      // Walk every open search down through known parities until it needs Alice or finds the error.
      req.count = 0;
      waiting.clear();
      found.length = 0;
      for (let s = 0, total = carried.length + opened.length; s < total; s++) {
        const open = s < carried.length ? carried : opened,
          o = s < carried.length ? s : s - carried.length;
        const q = open.pass[o],
          b = open.block[o],
          c = copyOf(q);
        const kq = known[q],
          base = b * stride[q];
        let v = open.node[o],
          lo = open.lo[o],
          hi = open.hi[o];
        // A fix since this search last moved may have evened its node: restart from the block's root.
        if ((v === 1 ? odd[q][b] : (kq[base + v] & 1) ^ c.parity(lo, hi)) === 0) {
          v = 1;
          lo = blockLo(q, b);
          hi = blockHi(q, b);
          if (odd[q][b] === 0) {
            queued[q][b] = 0;
            continue;
          }
        }
        let asked = false;
        // A known left child always has its right sibling known too (set together when Alice answers).
        while (hi - lo > 1) {
          const mid = lo + ((hi - lo + 1) >>> 1);
          const k = kq[base + 2 * v];
          if (k < kb) {
            pushRequest(req, q, lo, mid);
            waiting.push(q, b, v, lo, hi);
            asked = true;
            break;
          }
          if (((k & 1) ^ c.parity(lo, mid)) === 1) {
            v = 2 * v;
            hi = mid;
          } else {
            v = 2 * v + 1;
            lo = mid;
          }
        }
        if (!asked) {
          queued[q][b] = 0;
          found.push(q, b, v, lo);
        }
      }
      if (req.count > 0) {
        const ans = alice.answer(req);
        leakBits += req.count;
        rounds++;
        for (let r = 0; r < req.count; r++) {
          const q = waiting.pass[r],
            b = waiting.block[r],
            v = waiting.node[r];
          setKnown(q, b, 2 * v, ans[r]);
          setKnown(q, b, 2 * v + 1, (nodeKnown(q, b, v) ^ ans[r]) & 1);
          if (trace)
            trace.push({
              round: rounds,
              pass: q,
              block: b,
              lo: req.lo[r],
              hi: req.hi[r],
              aliceParity: ans[r],
              bobParity: copyOf(q).parity(req.lo[r], req.hi[r]),
            });
        }
      }
      // The waiting searches continue next round, together with blocks that fixes make odd.
      const t = carried;
      carried = waiting;
      waiting = t;
      for (let f = 0; f < found.length; f += 4) {
        const q = found[f],
          b = found[f + 1],
          v = found[f + 2],
          pos = found[f + 3];
        // Two searches (in different passes) may have located the same error this round: fix it once.
        if (((nodeKnown(q, b, v) & 1) ^ copyOf(q).get(pos)) === 0) {
          if (odd[q][b] === 1) openSearch(q, b);
          continue;
        }
        const i = q === 0 ? pos : (perms[q] as BitPermutation).sourceOf(pos);
        if (trace)
          trace.push({
            round: rounds,
            pass: q,
            block: b,
            lo: pos,
            hi: pos + 1,
            aliceParity: -1,
            bobParity: -1,
            flippedKeyBit: i,
          });
        flipKeyBit(i, p + 1);
      }
    }
  }

  const corrected = new PackedBits(n, bob.words.slice(0, (n + 31) >>> 5));
  return {
    corrected,
    leakBits,
    rounds,
    passes,
    blockSizes: schedule.blockSizes,
    bitsFlipped: flipped,
    aliceDisclosed: alice.disclosedParities,
    trace,
  };
}

/** Known-parity arrays reused between runs (allocating ~10^5 zeroed bytes per pass was a hot spot; a
 *  Map for the sparse half-key passes was slower than a pooled array). Entries carry the run's epoch
 *  (kb = epoch·4), so a new run never clears them: older entries read as unknown. */
const knownPool: Uint16Array[] = [];
let knownEpoch = 0;

/** The next run's epoch base; after 2^14 − 1 runs the pool is cleared and the epochs start again. */
function nextKnownBase(): number {
  if (++knownEpoch >= 1 << 14) {
    for (const a of knownPool) a?.fill(0);
    knownEpoch = 1;
  }
  return knownEpoch << 2;
}

function knownArray(pass: number, size: number): Uint16Array {
  let a = knownPool[pass];
  if (!a || a.length < size) a = knownPool[pass] = new Uint16Array(Math.max(size, 1024));
  return a.subarray(0, size);
}

function pushRequest(req: ParityRequest, pass: number, lo: number, hi: number): void {
  if (req.count === req.lo.length) {
    const grow = (a: Int32Array) => {
      const g = new Int32Array(a.length * 2);
      g.set(a);
      return g;
    };
    req.pass = grow(req.pass);
    req.lo = grow(req.lo);
    req.hi = grow(req.hi);
  }
  req.pass[req.count] = pass;
  req.lo[req.count] = lo;
  req.hi[req.count] = hi;
  req.count++;
}

/** A growable struct-of-arrays list of binary searches (typed arrays, reused between rounds). */
class SearchList {
  pass = new Int32Array(64);
  block = new Int32Array(64);
  node = new Int32Array(64);
  lo = new Int32Array(64);
  hi = new Int32Array(64);
  length = 0;
  push(p: number, b: number, v: number, lo: number, hi: number): void {
    if (this.length === this.pass.length) this.grow();
    const i = this.length++;
    this.pass[i] = p;
    this.block[i] = b;
    this.node[i] = v;
    this.lo[i] = lo;
    this.hi[i] = hi;
  }
  private grow(): void {
    const g = (a: Int32Array) => {
      const x = new Int32Array(a.length * 2);
      x.set(a);
      return x;
    };
    this.pass = g(this.pass);
    this.block = g(this.block);
    this.node = g(this.node);
    this.lo = g(this.lo);
    this.hi = g(this.hi);
  }
  clear(): void {
    this.length = 0;
  }
}
