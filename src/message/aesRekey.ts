// AES-256-GCM keys refreshed from the run's final key: every 256 final bits make one new key (Web Crypto, no
// library). Only the 256 bits are information-theoretically fresh; what AES does with them is computational
// security. Also how many rekeys per hour a link's secret key rate supports.
import { bitsToBytes } from './otp';

export const AES_KEY_BITS = 256;

/** Rekeys a number of final key bits allows: one per whole 256 bits. */
export function rekeyCount(finalBits: number): number {
  return Math.floor(Math.max(0, finalBits) / AES_KEY_BITS);
}

export function rekeysPerHour(secretKeyRateBps: number): number {
  return Number.isFinite(secretKeyRateBps) && secretKeyRateBps > 0 ? (secretKeyRateBps * 3600) / AES_KEY_BITS : 0;
}

export async function importAesKey(bits: Uint8Array): Promise<CryptoKey> {
  if (bits.length !== AES_KEY_BITS)
    throw new RangeError(`an AES-256 key takes ${AES_KEY_BITS} bits, got ${bits.length}`);
  return crypto.subtle.importKey('raw', bitsToBytes(bits), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
}

/** A fresh 96-bit nonce per message: with one key per 256 bits, a key rarely seals more than a few messages. */
export async function seal(key: CryptoKey, text: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
  );
  return { iv, data };
}

/** The plaintext, or null when the key is wrong (GCM's tag check fails: nothing is revealed). */
export async function open(key: CryptoKey, sealed: Sealed): Promise<string | null> {
  try {
    return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data));
  } catch {
    return null;
  }
}

/** Alice's and Bob's current AES keys (made from the same final bits) and Eve's, made from her guesses of them. */
export interface AesKeys {
  alice: CryptoKey;
  bob: CryptoKey;
  eve: CryptoKey;
  index: number;
}

/**
 * Takes every whole 256 bits the key store holds and makes one new key pair of each (the newest is used); a key's
 * bits are consumed like any pad's, so the count is final bits / 256 once the buffer has been drained.
 */
export class AesRekeyer {
  count = 0;
  current: AesKeys | null = null;

  async refresh(
    take: (n: number) => { alice: Uint8Array; bob: Uint8Array; eve: Uint8Array } | null,
  ): Promise<AesKeys | null> {
    for (let pads = take(AES_KEY_BITS); pads; pads = take(AES_KEY_BITS)) {
      const [alice, bob, eve] = await Promise.all([
        importAesKey(pads.alice),
        importAesKey(pads.bob),
        importAesKey(pads.eve),
      ]);
      this.count++;
      this.current = { alice, bob, eve, index: this.count };
    }
    return this.current;
  }
}
