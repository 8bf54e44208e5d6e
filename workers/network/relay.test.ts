// Key buffers and one-time-pad relay: bits come out once and in order (property test), a relay spends the
// message's length on every hop, every relay node reads the message, and a short hop refuses without spending.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng } from '../common/rng';
import { KeyBuffer } from './keyBuffer';
import { relayMessage, xorBits } from './relay';

const randomBits = (n: number, seed: number) => {
  const r = Rng.fromSeed(seed);
  return Uint8Array.from({ length: n }, () => r.nextBit());
};

describe('KeyBuffer', () => {
  it('hands out each appended bit exactly once, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ put: fc.array(fc.integer(), { maxLength: 6 }), n: fc.nat(192) }),
            fc.record({ take: fc.nat(100) }),
          ),
          { maxLength: 60 },
        ),
        (ops) => {
          const b = new KeyBuffer(8);
          const stream: number[] = [];
          const out: number[] = [];
          for (const op of ops) {
            if ('put' in op) {
              const n = Math.min(op.n, op.put.length * 32);
              b.appendPacked(op.put, n);
              for (let i = 0; i < n; i++) stream.push((op.put[i >>> 5] >>> (i & 31)) & 1);
            } else {
              const before = b.available;
              const got = b.take(op.take);
              if (op.take > before) expect(got).toBeNull();
              else out.push(...got!);
            }
          }
          // What came out is exactly a prefix of what went in: no bit twice, none skipped, none made up.
          expect(out).toEqual(stream.slice(0, out.length));
          expect(b.consumed).toBe(out.length);
          expect(b.available).toBe(stream.length - out.length);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it('refuses when empty and wipes what it handed out', () => {
    const b = new KeyBuffer(8);
    b.appendBits([1, 1, 1, 1]);
    expect(b.take(5)).toBeNull();
    expect(Array.from(b.take(4)!)).toEqual([1, 1, 1, 1]);
    expect(b.take(1)).toBeNull();
    expect(b.available).toBe(0);
  });
});

describe('relayMessage', () => {
  it('delivers the message over three hops, spends it on every hop, and every relay reads it', () => {
    const hops = [0, 1, 2].map((i) => {
      const b = new KeyBuffer();
      b.appendBits(randomBits(100, 10 + i));
      return b;
    });
    const message = randomBits(40, 99);
    const r = relayMessage(message, hops);
    if (!r.ok) throw new Error('relay refused');
    expect(Array.from(r.delivered)).toEqual(Array.from(message));
    expect(hops.map((h) => h.consumed)).toEqual([40, 40, 40]);
    expect(hops.map((h) => h.available)).toEqual([60, 60, 60]);
    // The two relay nodes both hold the plaintext: this is what "trusted node" means.
    expect(r.relayPlaintexts.map((p) => Array.from(p))).toEqual([Array.from(message), Array.from(message)]);
    // On the fiber, each hop's ciphertext is the message under a different pad.
    r.hops.forEach((h) => expect(Array.from(xorBits(h.cipher, h.pad))).toEqual(Array.from(message)));
    expect(Array.from(r.hops[0].cipher)).not.toEqual(Array.from(r.hops[1].cipher));
  });

  it('a hop without enough key stops the relay before any bit is spent', () => {
    const a = new KeyBuffer(),
      b = new KeyBuffer();
    a.appendBits(randomBits(64, 1));
    b.appendBits(randomBits(10, 2));
    const r = relayMessage(randomBits(16, 3), [a, b]);
    expect(r).toEqual({ ok: false, shortHop: 1, needed: 16, available: 10 });
    expect([a.consumed, b.consumed]).toEqual([0, 0]);
  });
});
