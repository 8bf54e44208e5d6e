// Showing what trusted relay means: a sample 32-bit key sent along the first path with a fresh one-time pad per hop
// (workers/network/relay.ts). Each relay node's decrypted view is shown: it is the key itself. The pads are seeded
// stand-ins for each link's buffer, not the map's buffers.
import { memo, useState } from 'react';
import { Rng } from '../../workers/common/rng';
import { KeyBuffer } from '../../workers/network/keyBuffer';
import { relayMessage } from '../../workers/network/relay';
import { networkText } from '../i18n/text/network';
import { useText } from '../i18n/useText';
import { bitsToHex } from '../message/otp';

const KEY_BITS = 32;

interface Shown {
  key: string;
  hops: { from: string; to: string; cipher: string }[];
  relays: { node: string; reads: string }[];
  delivered: string;
}

function relaySample(path: readonly string[], seed: number): Shown | null {
  const rng = Rng.fromSeed(seed, 3);
  const key = Uint8Array.from({ length: KEY_BITS }, () => rng.nextBit());
  const buffers = path.slice(1).map(() => {
    const b = new KeyBuffer();
    b.appendBits(Uint8Array.from({ length: KEY_BITS }, () => rng.nextBit()));
    return b;
  });
  const r = relayMessage(key, buffers);
  if (!r.ok) return null;
  return {
    key: bitsToHex(key),
    hops: r.hops.map((h, i) => ({ from: path[i], to: path[i + 1], cipher: bitsToHex(h.cipher) })),
    relays: r.relayPlaintexts.map((p, i) => ({ node: path[i + 1], reads: bitsToHex(p) })),
    delivered: bitsToHex(r.delivered),
  };
}

export const RelayDemo = memo(function RelayDemo({ path, seed }: { path: readonly string[]; seed: number }) {
  const text = useText(networkText);
  const [shown, setShown] = useState<{ path: readonly string[]; value: Shown | null } | null>(null);
  const current = shown && shown.path === path ? shown.value : null;
  return (
    <div className="network-relay">
      <button type="button" onClick={() => setShown({ path, value: relaySample(path, seed) })}>
        {text.relayButton}
      </button>
      {current && (
        <div role="status" aria-live="polite">
          <p>{text.relayKey(path[0], current.key)}</p>
          <ol className="network-relay-steps">
            {current.hops.map((h, i) => (
              <li key={`${h.from}>${h.to}`}>
                {text.relayHop(h.from, h.to, h.cipher)}
                {current.relays[i] && (
                  <strong className="network-relay-reads">
                    {' '}
                    {text.relayReads(current.relays[i].node, current.relays[i].reads)}
                  </strong>
                )}
              </li>
            ))}
          </ol>
          <p>{text.relayDelivered(path[path.length - 1], current.delivered)}</p>
          <p className="muted">{text.relayNote(KEY_BITS, path.length - 1)}</p>
        </div>
      )}
    </div>
  );
});
