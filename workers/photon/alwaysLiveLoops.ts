// The tight loops for links whose detectors are always live (no dead time, no afterpulses): one detector
// state, one table. xoshiro128** is inlined on local state (rare paths sync it back), compares run on
// 31-bit integers, and the byte columns are written through one Uint8Array at column offsets.
import { exponentialAfterMiss, ZIGGURAT_ACCEPT_31, ZIGGURAT_SCALE_31 } from './expZiggurat';
import { replayPending, type SkipContext } from './eventSkipping';
import { SHIFT_GAP, type GapJointTable } from './gapJointTable';
import type { OutcomeTable } from './outcomeTable';

/** The entry-code bits below the gap field of a joint code. */
const ENTRY_MASK = (1 << SHIFT_GAP) - 1;

/**
 * Both detectors always live (no dead time, no afterpulses): one state, one table. The tight loop of the
 * throughput benchmark: three 32-bit words per detection (layer + column, magnitude, alias threshold),
 * integer compares on 31-bit words, and byte columns written through one Uint8Array.
 */
export function runAlwaysLive(ctx: SkipContext, maxDetections: number, untilPulse: number): void {
  const table = ctx.tables[0] as OutcomeTable;
  const alias = table.clickAlias;
  if (alias === null) {
    ctx.skipped[0] += untilPulse - ctx.pos;
    ctx.pos = untilPulse;
    return;
  }
  const columns = alias.interleaved,
    shift = alias.shift;
  const invRate = 1 / table.gapRate;
  const zigAccept = ZIGGURAT_ACCEPT_31,
    zigScale = ZIGGURAT_SCALE_31;
  const rng = ctx.rng;
  const startPos = ctx.pos,
    startCount = ctx.count;
  if (replayPending(ctx, untilPulse) === -2) {
    ctx.skipped[0] += untilPulse - startPos;
    return;
  }
  let s0 = rng.s0,
    s1 = rng.s1,
    s2 = rng.s2,
    s3 = rng.s3,
    m: number,
    t: number;
  let pos = ctx.pos,
    count = ctx.count;
  for (;;) {
    if (count === ctx.out.capacity && count < maxDetections) ctx.out = ctx.out.grown(count, count + 1);
    const out = ctx.out,
      cap = out.capacity,
      pulseIndex = out.pulseIndex,
      bytes = out.bytes;
    const o1 = cap,
      o2 = 2 * cap,
      o3 = 3 * cap,
      o4 = 4 * cap,
      o5 = 5 * cap,
      o6 = 6 * cap,
      o7 = 7 * cap,
      o8 = 8 * cap;
    const limit = Math.min(maxDetections, cap);
    let isPulseLimit = false;
    while (count < limit) {
      m = Math.imul(s1, 5);
      const w1 = Math.imul((m << 7) | (m >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      m = Math.imul(s1, 5);
      const w2 = Math.imul((m << 7) | (m >>> 25), 9) >>> 1;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const layer = w1 & 0xff;
      let exponential: number;
      if (w2 < zigAccept[layer]) exponential = w2 * zigScale[layer];
      else {
        rng.s0 = s0;
        rng.s1 = s1;
        rng.s2 = s2;
        rng.s3 = s3;
        exponential = exponentialAfterMiss(rng, layer, w2 * 2);
        s0 = rng.s0;
        s1 = rng.s1;
        s2 = rng.s2;
        s3 = rng.s3;
      }
      const gap = Math.floor(exponential * invRate);
      m = Math.imul(s1, 5);
      const w3 = Math.imul((m << 7) | (m >>> 25), 9) >>> 1;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const k = (w1 >>> shift) * 3;
      const code = w3 <= columns[k] ? columns[k + 1] : columns[k + 2];
      if (!(gap < untilPulse - pos)) {
        // Past this batch: keep the event for the next one (same stream whatever the batch boundaries).
        ctx.pendingPulse = pos + gap;
        ctx.pendingCode = code;
        pos = untilPulse;
        isPulseLimit = true;
        break;
      }
      const pulse = pos + gap;
      pulseIndex[count] = pulse;
      bytes[count] = code;
      bytes[o1 + count] = (code >>> 8) & 3;
      bytes[o2 + count] = (code >>> 10) & 1;
      bytes[o3 + count] = (code >>> 11) & 1;
      bytes[o4 + count] = (code >>> 12) & 1;
      bytes[o5 + count] = (code >>> 13) & 1;
      bytes[o6 + count] = (code >>> 14) & 31;
      bytes[o7 + count] = (code >>> 19) & 3;
      bytes[o8 + count] = (code >>> 21) & 1;
      count++;
      pos = pulse + 1;
    }
    if (isPulseLimit || count >= maxDetections) break;
  }
  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
  // Every pulse in [startPos, pos) either clicked or was skipped.
  ctx.skipped[0] += pos - startPos - (count - startCount);
  ctx.pos = pos;
  ctx.count = count;
}

/**
 * Always-live links with a high click probability: one joint alias draw (two words) gives the gap and the
 * configuration (gapJointTable.ts); an overflow draw skips G click-free pulses and draws again.
 */
export function runAlwaysLiveJoint(
  ctx: SkipContext,
  joint: GapJointTable,
  maxDetections: number,
  untilPulse: number,
): void {
  const columns = joint.alias.interleaved,
    shift = joint.alias.shift,
    blockPulses = joint.blockPulses;
  const rng = ctx.rng;
  const startPos = ctx.pos,
    startCount = ctx.count;
  if (replayPending(ctx, untilPulse) === -2) {
    ctx.skipped[0] += untilPulse - startPos;
    return;
  }
  let s0 = rng.s0,
    s1 = rng.s1,
    s2 = rng.s2,
    s3 = rng.s3,
    m: number,
    t: number;
  let pos = ctx.pos,
    count = ctx.count;
  for (;;) {
    if (count === ctx.out.capacity && count < maxDetections) ctx.out = ctx.out.grown(count, count + 1);
    const out = ctx.out,
      cap = out.capacity,
      pulseIndex = out.pulseIndex,
      bytes = out.bytes;
    const o1 = cap,
      o2 = 2 * cap,
      o3 = 3 * cap,
      o4 = 4 * cap,
      o5 = 5 * cap,
      o6 = 6 * cap,
      o7 = 7 * cap,
      o8 = 8 * cap;
    const limit = Math.min(maxDetections, cap);
    let isPulseLimit = false;
    while (count < limit) {
      m = Math.imul(s1, 5);
      const w1 = Math.imul((m << 7) | (m >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      m = Math.imul(s1, 5);
      const w2 = Math.imul((m << 7) | (m >>> 25), 9) >>> 1;
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const k = (w1 >>> shift) * 3;
      const code = w2 <= columns[k] ? columns[k + 1] : columns[k + 2];
      if (code < 0) {
        // Overflow: G pulses without a click; the process is memoryless, so just draw again.
        pos += blockPulses;
        if (pos >= untilPulse) {
          ctx.pendingPulse = pos;
          ctx.pendingCode = -1;
          pos = untilPulse;
          isPulseLimit = true;
          break;
        }
        continue;
      }
      const gap = code >>> SHIFT_GAP;
      if (gap >= untilPulse - pos) {
        ctx.pendingPulse = pos + gap;
        ctx.pendingCode = code & ENTRY_MASK;
        pos = untilPulse;
        isPulseLimit = true;
        break;
      }
      const pulse = pos + gap;
      pulseIndex[count] = pulse;
      bytes[count] = code;
      bytes[o1 + count] = (code >>> 8) & 3;
      bytes[o2 + count] = (code >>> 10) & 1;
      bytes[o3 + count] = (code >>> 11) & 1;
      bytes[o4 + count] = (code >>> 12) & 1;
      bytes[o5 + count] = (code >>> 13) & 1;
      bytes[o6 + count] = (code >>> 14) & 31;
      bytes[o7 + count] = (code >>> 19) & 3;
      bytes[o8 + count] = (code >>> 21) & 1;
      count++;
      pos = pulse + 1;
    }
    if (isPulseLimit || count >= maxDetections) break;
  }
  rng.s0 = s0;
  rng.s1 = s1;
  rng.s2 = s2;
  rng.s3 = s3;
  ctx.skipped[0] += pos - startPos - (count - startCount);
  ctx.pos = pos;
  ctx.count = count;
}
