// The run's final key bits, ready to use: Alice's, Bob's and Eve's guesses of the same positions in three
// buffers kept in lockstep. The run engine feeds it each distilled block's keys (tagged with the run's id); a
// new run empties it. Bits are taken once, from all three at the same positions, and never handed out again.
import { KeyBuffer } from '../../workers/network/keyBuffer';
import type { FinalKeyWords } from '../../workers/distill/Distiller';

/** Bits the buffer holds at most (a byte each); a fast run's further keys are left unused and counted. */
export const KEY_BUFFER_CAP_BITS = 1 << 20;

export interface KeySnapshot {
  runId: number;
  available: number;
  consumed: number;
  /** Final key bits that arrived while the buffer was full, never stored. */
  dropped: number;
  /** Final key bits received from the run in all. */
  received: number;
  /** Blocks whose keys arrived. */
  blocks: number;
}

export interface Pads {
  alice: Uint8Array;
  bob: Uint8Array;
  eve: Uint8Array;
}

export class KeyStore {
  private runId = -1;
  private alice = new KeyBuffer();
  private bob = new KeyBuffer();
  private eve = new KeyBuffer();
  private blocks = 0;
  private dropped = 0;
  private snapshot: KeySnapshot = { runId: -1, available: 0, consumed: 0, dropped: 0, received: 0, blocks: 0 };
  private readonly listeners = new Set<() => void>();

  /** Keys of run `runId`; keys of an older run are dropped, a newer run starts afresh. */
  add(runId: number, keys: readonly FinalKeyWords[]): void {
    if (runId < this.runId) return;
    if (runId !== this.runId) this.clear(runId);
    for (const k of keys) {
      const kept = Math.max(0, Math.min(k.bits, KEY_BUFFER_CAP_BITS - this.alice.available));
      this.alice.appendPacked(k.alice, kept);
      this.bob.appendPacked(k.bob, kept);
      this.eve.appendPacked(k.eve, kept);
      this.dropped += k.bits - kept;
      this.blocks++;
    }
    this.changed();
  }

  /** A new run (or Reset): nothing of the old keys stays usable. */
  clear(runId: number): void {
    this.runId = runId;
    this.alice = new KeyBuffer();
    this.bob = new KeyBuffer();
    this.eve = new KeyBuffer();
    this.blocks = 0;
    this.dropped = 0;
    this.changed();
  }

  /** n bits from each buffer, the same positions for Alice, Bob and Eve's guess; null (nothing taken) if short. */
  take(n: number): Pads | null {
    if (n > this.alice.available) return null;
    const pads = { alice: this.alice.take(n)!, bob: this.bob.take(n)!, eve: this.eve.take(n)! };
    this.changed();
    return pads;
  }

  get(): KeySnapshot {
    return this.snapshot;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.snapshot = {
      runId: this.runId,
      available: this.alice.available,
      consumed: this.alice.consumed,
      dropped: this.dropped,
      received: this.alice.total + this.dropped,
      blocks: this.blocks,
    };
    for (const l of this.listeners) l();
  }
}

/** The page's one store, fed by the run engine (src/engine/runController.ts). */
export const finalKeys = new KeyStore();
