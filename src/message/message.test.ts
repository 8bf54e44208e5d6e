// Using the key: a one-time pad with real final keys from the distillation pipeline round-trips a message for
// Bob and garbles it for Eve (about half her pad bits wrong after privacy amplification); key bits are never
// handed out twice (property test); AES-256-GCM rekeys once per 256 final bits, and Eve's key fails GCM's check.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultParams, type LinkParams } from '../../workers/common/params';
import { Distiller, type FinalKeyWords } from '../../workers/distill/Distiller';
import { SyntheticDetections } from '../../workers/distill/syntheticDetections';
import { AES_KEY_BITS, AesRekeyer, open, rekeyCount, rekeysPerHour, seal } from './aesRekey';
import { KeyStore } from './keyStore';
import { bitsToText, decrypt, disagreement, encrypt, textToBits } from './otp';

const params: LinkParams = { ...defaultParams(), encoding: 'time-bin', blockSizeBits: 20000, meanPhotonNumber: 0.5 };

/**
 * Real final keys: synthetic detections (5 % intercepted and resent, so Eve has guesses) through the whole pipeline.
 */
function realFinalKeys(): FinalKeyWords[] {
  const src = new SyntheticDetections(
    { pZ: 0.5, qberZ: 0.02, qberX: 0.025, interceptFraction: 0.05, pulsesPerClick: 100 },
    3,
  );
  const d = new Distiller(params, 13);
  for (let i = 0; i < 8; i++) d.push(src.batch(25000));
  const keys = d.takeFinalKeys();
  // Handed over once: a second call has nothing new.
  expect(d.takeFinalKeys()).toEqual([]);
  return keys;
}

describe('one-time pad with the run’s final keys', () => {
  const keys = realFinalKeys();

  it('the distiller hands each block’s keys over once', () => {
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const k of keys) expect(k.alice).toEqual(k.bob);
  });

  it('Bob reads the message; Eve’s pad is about half wrong and her text is garbled', () => {
    const store = new KeyStore();
    store.add(1, keys);
    const message = 'Meet at the lab at nine. Bring the detectors! ✓';
    const bits = textToBits(message);
    const pads = store.take(bits.length)!;
    const cipher = encrypt(bits, pads.alice);
    expect(bitsToText(decrypt(cipher, pads.bob))).toBe(message);
    const wrong = disagreement(pads.alice, pads.eve);
    expect(wrong).toBeGreaterThan(0.35);
    expect(wrong).toBeLessThan(0.65);
    expect(bitsToText(decrypt(cipher, pads.eve))).not.toBe(message);
    expect(store.get().consumed).toBe(bits.length);
  });

  it('refuses a message longer than the buffer without spending anything', () => {
    const store = new KeyStore();
    store.add(1, keys.slice(0, 1));
    const n = store.get().available;
    expect(store.take(n + 1)).toBeNull();
    expect(store.get()).toMatchObject({ available: n, consumed: 0 });
  });

  it('a new run empties the buffer; keys of an older run are ignored', () => {
    const store = new KeyStore();
    store.add(2, keys.slice(0, 1));
    store.add(1, keys.slice(1, 2));
    expect(store.get().blocks).toBe(1);
    store.clear(3);
    expect(store.get().available).toBe(0);
  });
});

describe('key bits are never reused', () => {
  it('every bit taken is a new position of the received key, for Alice, Bob and Eve alike (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ add: fc.array(fc.integer(), { minLength: 1, maxLength: 4 }) }),
            fc.record({ take: fc.nat(90) }),
          ),
          { maxLength: 40 },
        ),
        (ops) => {
          const store = new KeyStore();
          const received: number[] = [];
          const taken: number[] = [];
          let block = 0;
          for (const op of ops) {
            if ('add' in op) {
              const words = Uint32Array.from(op.add);
              const bits = words.length * 32 - (block % 7);
              store.add(1, [
                { blockIndex: block++, bits, alice: words, bob: words.slice(), eve: words.map((w) => ~w >>> 0) },
              ]);
              for (let i = 0; i < bits; i++) received.push((words[i >>> 5] >>> (i & 31)) & 1);
            } else {
              const pads = store.take(op.take);
              if (!pads) continue;
              expect(pads.bob).toEqual(pads.alice);
              expect(Array.from(pads.eve, (b) => 1 - b)).toEqual(Array.from(pads.alice));
              taken.push(...pads.alice);
            }
          }
          expect(taken).toEqual(received.slice(0, taken.length));
          expect(store.get().consumed).toBe(taken.length);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('AES-256-GCM rekeyed from the final key', () => {
  it('makes one key per 256 final bits; Bob opens Alice’s message, Eve’s key fails the tag check', async () => {
    const keys = realFinalKeys();
    const store = new KeyStore();
    const rekeyer = new AesRekeyer();
    let received = 0;
    for (const k of keys) {
      store.add(1, [k]);
      received += k.bits;
      await rekeyer.refresh((n) => store.take(n));
    }
    expect(rekeyer.count).toBe(rekeyCount(received));
    expect(rekeyer.count).toBe(Math.floor(received / AES_KEY_BITS));
    expect(store.get().available).toBe(received % AES_KEY_BITS);
    const sealed = await seal(rekeyer.current!.alice, 'rekeyed');
    expect(await open(rekeyer.current!.bob, sealed)).toBe('rekeyed');
    expect(await open(rekeyer.current!.eve, sealed)).toBeNull();
  });

  it('rekeys per hour from a key rate', () => {
    expect(rekeysPerHour(256)).toBe(3600);
    expect(rekeysPerHour(3.2)).toBeCloseTo(45, 12);
    expect(rekeysPerHour(0)).toBe(0);
  });
});
