// Hop-by-hop one-time-pad relay through trusted nodes: the sender pads the message with the first link's key,
// every relay node removes that pad (so it READS the message) and pads it again with the next link's key.
// Each hop spends as many key bits as the message has; if any hop lacks them, nothing is spent and nothing sent.
import type { KeyBuffer } from './keyBuffer';

export interface RelayHop {
  /** What travels on this hop (message XOR this link's pad), and the pad spent. */
  cipher: Uint8Array;
  pad: Uint8Array;
}

export type RelayResult =
  | { ok: true; hops: RelayHop[]; delivered: Uint8Array; relayPlaintexts: Uint8Array[] }
  | { ok: false; shortHop: number; needed: number; available: number };

export function xorBits(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length !== b.length) throw new RangeError(`pad of ${b.length} bits for ${a.length} message bits`);
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

/** Relay `message` (one bit per element) along the path's link buffers, in hop order. */
export function relayMessage(message: Uint8Array, hopBuffers: readonly KeyBuffer[]): RelayResult {
  const short = hopBuffers.findIndex((b) => b.available < message.length);
  if (short >= 0) return { ok: false, shortHop: short, needed: message.length, available: hopBuffers[short].available };
  const hops: RelayHop[] = [];
  const relayPlaintexts: Uint8Array[] = [];
  let plain = message;
  hopBuffers.forEach((buffer, i) => {
    const pad = buffer.take(message.length)!;
    const cipher = xorBits(plain, pad);
    hops.push({ cipher, pad });
    // The far end of the hop holds the same pad: it recovers the plaintext. At a relay node that is the point.
    plain = xorBits(cipher, pad);
    if (i < hopBuffers.length - 1) relayPlaintexts.push(plain);
  });
  return { ok: true, hops, delivered: plain, relayPlaintexts };
}
