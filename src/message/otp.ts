// The one-time pad on text: UTF-8 bytes to bits, XOR with as many key bits, and back. Eve "decrypts" with her
// guesses of the same key bits; where a guess is wrong her bit is flipped, so her text comes out garbled.
import { xorBits } from '../../workers/network/relay';

export function textToBits(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const bits = new Uint8Array(bytes.length * 8);
  bytes.forEach((b, i) => {
    for (let k = 0; k < 8; k++) bits[8 * i + k] = (b >>> (7 - k)) & 1;
  });
  return bits;
}

export function bitsToBytes(bits: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(bits.length >>> 3);
  for (let i = 0; i < bytes.length; i++) {
    let b = 0;
    for (let k = 0; k < 8; k++) b = (b << 1) | (bits[8 * i + k] & 1);
    bytes[i] = b;
  }
  return bytes;
}

/** Bytes as text; bytes that are not UTF-8 show as U+FFFD (what Eve mostly gets). */
export function bitsToText(bits: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bitsToBytes(bits));
}

export function bitsToHex(bits: Uint8Array): string {
  return Array.from(bitsToBytes(bits), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const encrypt = xorBits;
export const decrypt = xorBits;

/** Share of positions where two bit strings differ (Eve's pad against Alice's). */
export function disagreement(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += (a[i] ^ b[i]) & 1;
  return a.length ? d / a.length : 0;
}
