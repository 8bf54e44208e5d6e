// Event skipping with detector states: between clicks (and dead detectors reviving) the click probability
// is constant, so the gap to the next click is Geometric (floor of a ziggurat exponential over
// λ = −ln(1 − p)) and the clicking pulse is one alias-table draw. Shared context and pending-event replay.
import { FLAG_AFTERPULSE, FLAG_DARK, FLAG_DOUBLE } from '../common/detections';
import type { Rng } from '../common/rng';
import { FLAGS_MASK, SHIFT_BOB_BIT, SHIFT_CLICK_MASK, SHIFT_FLAGS } from './entryCode';
import type { ColumnBatch } from './columnBatch';
import { exponentialAfterMiss, ZIGGURAT_ACCEPT_31, ZIGGURAT_SCALE_31 } from './expZiggurat';
import type { OutcomeTable } from './outcomeTable';

export const NO_PULSE = -1;

/** Everything the loops read and advance; LinkSimulator owns one per batch. */
export interface SkipContext {
  rng: Rng;
  /** Indexed by the mask of DEAD detectors: 0 both live, 1 det0 dead, 2 det1 dead, 3 both dead (null). */
  tables: (OutcomeTable | null)[];
  deadPulses: number;
  afterpulseProbability: number;
  pos: number;
  /** Last pulse each detector is still dead at; pulse at which it fires a pending afterpulse. */
  deadEnd0: number;
  deadEnd1: number;
  afterpulseAt0: number;
  afterpulseAt1: number;
  /** Click-free pulses skipped per dead-mask state (split among intensity classes afterwards). */
  skipped: Float64Array;
  /** Output columns and the number of detections written. */
  out: ColumnBatch;
  count: number;
  /**
   * An event drawn beyond the previous batch's last pulse, kept so that batch boundaries do not change the
   * random stream: at pendingPulse a detection with pendingCode, or (pendingCode −1) "no click before
   * pendingPulse, draw again there". pendingPulse −1: nothing pending. Cleared when parameters change.
   */
  pendingPulse: number;
  pendingCode: number;
}

/**
 * Replay a pending event if it falls before untilPulse: returns its code (≥ 0, already written, ctx.pos
 * moved past it), −1 when there was nothing to write (ctx.pos moved to a pending resume point), or −2 when
 * the pending event lies at or beyond untilPulse (ctx.pos = untilPulse, event kept). Skipped pulses are
 * the caller's to count.
 */
export function replayPending(ctx: SkipContext, untilPulse: number): number {
  const at = ctx.pendingPulse;
  if (at < 0) return -1;
  if (at >= untilPulse) {
    ctx.pos = untilPulse;
    return -2;
  }
  const code = ctx.pendingCode;
  ctx.pendingPulse = NO_PULSE;
  if (code < 0) {
    ctx.pos = at;
    return -1;
  }
  writeDetection(ctx, at, code);
  ctx.pos = at + 1;
  return code;
}

/** Append one detection from a packed code (general loop; the always-live loop inlines this). */
function writeDetection(ctx: SkipContext, pulse: number, code: number): void {
  if (ctx.count === ctx.out.capacity) ctx.out = ctx.out.grown(ctx.count, ctx.count + 1);
  const o = ctx.out,
    i = ctx.count++,
    cap = o.capacity,
    bytes = o.bytes;
  o.pulseIndex[i] = pulse;
  bytes[i] = code;
  bytes[cap + i] = (code >>> 8) & 3;
  bytes[2 * cap + i] = (code >>> 10) & 1;
  bytes[3 * cap + i] = (code >>> 11) & 1;
  bytes[4 * cap + i] = (code >>> 12) & 1;
  bytes[5 * cap + i] = (code >>> 13) & 1;
  bytes[6 * cap + i] = (code >>> 14) & 31;
  bytes[7 * cap + i] = (code >>> 19) & 3;
  bytes[8 * cap + i] = (code >>> 21) & 1;
}

/** The general loop: detector states with dead time, and afterpulses that fire at a detector's first live pulse. */
export function runWithDetectorStates(ctx: SkipContext, maxDetections: number, untilPulse: number): void {
  const rng = ctx.rng,
    tables = ctx.tables,
    deadPulses = ctx.deadPulses,
    pAfter = ctx.afterpulseProbability;
  const skipped = ctx.skipped;
  while (ctx.count < maxDetections && ctx.pos < untilPulse) {
    const pos = ctx.pos;
    const deadMask = (pos <= ctx.deadEnd0 ? 1 : 0) | (pos <= ctx.deadEnd1 ? 2 : 0);
    let code: number, pulse: number;
    if (ctx.pendingPulse >= 0) {
      // An event drawn in the previous batch, in this same detector state.
      const replayed = replayPending(ctx, untilPulse);
      skipped[deadMask] += Math.min(ctx.pos, untilPulse) - pos - (replayed >= 0 ? 1 : 0);
      if (replayed < 0) continue;
      code = replayed;
      pulse = ctx.pos - 1;
    } else {
      if (ctx.afterpulseAt0 === pos || ctx.afterpulseAt1 === pos) {
        code = forcedAfterpulseCode(
          rng,
          tables[deadMask] as OutcomeTable,
          (ctx.afterpulseAt0 === pos ? 1 : 0) | (ctx.afterpulseAt1 === pos ? 2 : 0),
        );
        pulse = pos;
      } else {
        // Until a dead detector revives, the click probability is constant: skip a geometric gap.
        let revive = Infinity;
        if (deadMask & 1) revive = ctx.deadEnd0 + 1;
        if (deadMask & 2 && ctx.deadEnd1 + 1 < revive) revive = ctx.deadEnd1 + 1;
        const boundary = Math.min(revive, untilPulse);
        const table = tables[deadMask];
        const alias = table === null ? null : table.clickAlias;
        if (alias === null) {
          skipped[deadMask] += boundary - pos;
          ctx.pos = boundary;
          continue;
        }
        const w1 = rng.nextUint32(),
          w2 = rng.nextUint32() >>> 1;
        const layer = w1 & 0xff;
        const exponential =
          w2 < ZIGGURAT_ACCEPT_31[layer] ? w2 * ZIGGURAT_SCALE_31[layer] : exponentialAfterMiss(rng, layer, w2 * 2);
        const gap = Math.floor(exponential / (table as OutcomeTable).gapRate);
        if (!(gap < revive - pos)) {
          // No click before the state changes: move to the revive pulse (or keep that as pending).
          if (revive > untilPulse) {
            ctx.pendingPulse = revive;
            ctx.pendingCode = -1;
          }
          skipped[deadMask] += boundary - pos;
          ctx.pos = boundary;
          continue;
        }
        const column = w1 >>> alias.shift;
        code = rng.nextUint32() >>> 1 <= alias.threshold31[column] ? alias.primary[column] : alias.alias[column];
        if (gap >= untilPulse - pos) {
          ctx.pendingPulse = pos + gap;
          ctx.pendingCode = code;
          skipped[deadMask] += untilPulse - pos;
          ctx.pos = untilPulse;
          continue;
        }
        skipped[deadMask] += gap;
        pulse = pos + gap;
      }
      writeDetection(ctx, pulse, code);
    }
    const clicked = code >>> SHIFT_CLICK_MASK;
    if (clicked & 1) {
      ctx.deadEnd0 = pulse + deadPulses;
      ctx.afterpulseAt0 = pAfter > 0 && rng.nextDouble() < pAfter ? ctx.deadEnd0 + 1 : NO_PULSE;
    } else if (ctx.afterpulseAt0 === pulse) ctx.afterpulseAt0 = NO_PULSE;
    if (clicked & 2) {
      ctx.deadEnd1 = pulse + deadPulses;
      ctx.afterpulseAt1 = pAfter > 0 && rng.nextDouble() < pAfter ? ctx.deadEnd1 + 1 : NO_PULSE;
    } else if (ctx.afterpulseAt1 === pulse) ctx.afterpulseAt1 = NO_PULSE;
    ctx.pos = pulse + 1;
  }
}

/** The code of a pulse on which an afterpulse fires on the detectors in `afterpulseMask` (live by construction). */
function forcedAfterpulseCode(rng: Rng, table: OutcomeTable, afterpulseMask: number): number {
  const isClick = rng.nextDouble() < table.clickProbability;
  const alias = (isClick ? table.clickAlias : table.noClickAlias) ?? table.clickAlias ?? table.noClickAlias;
  let code = (alias as NonNullable<typeof alias>).draw(rng);
  const mask = (code >>> SHIFT_CLICK_MASK) & 3;
  const merged = mask | afterpulseMask;
  let flags = ((code >>> SHIFT_FLAGS) & FLAGS_MASK) | FLAG_AFTERPULSE;
  if (mask === 0) flags |= FLAG_DARK;
  if (merged === 3 && mask !== 3) {
    // The afterpulse turned a single click into a double click: Bob assigns a random bit.
    flags |= FLAG_DOUBLE;
    code = (code & ~(1 << SHIFT_BOB_BIT)) | (rng.nextBit() << SHIFT_BOB_BIT);
  } else if (mask === 0) {
    code = (code & ~(1 << SHIFT_BOB_BIT)) | ((merged === 2 ? 1 : 0) << SHIFT_BOB_BIT);
  }
  code =
    (code & ~(FLAGS_MASK << SHIFT_FLAGS) & ~(3 << SHIFT_CLICK_MASK)) |
    (flags << SHIFT_FLAGS) |
    (merged << SHIFT_CLICK_MASK);
  return code >>> 0;
}
