// The production photon simulator: event skipping, exact in distribution. It draws the geometric gap to
// the next pulse with a click from the per-pulse click probability of the current detector state, then
// the clicking pulse's full configuration from an alias table conditioned on a click (outcomeTable.ts).
import { FLAG_AFTERPULSE, FLAG_DARK, FLAG_DOUBLE, type DetectionBatch } from '../common/detections';
import { assertValidParams, type LinkParams } from '../common/params';
import { Rng } from '../common/rng';
import { addMultinomial } from './binomial';
import { DetectionBuffer } from './detectionBuffer';
import { SHIFT_BOB_BIT, SHIFT_CLICK_MASK, SHIFT_FLAGS } from './entryCode';
import { nextExponential } from './expZiggurat';
import { buildLinkModel, type LinkModel } from './linkModel';
import { OutcomeTable } from './outcomeTable';

const NONE = -1;

export class LinkSimulator {
  private currentParams!: LinkParams;
  private model!: LinkModel;
  /** Tables indexed by the mask of DEAD detectors: 0 both live, 1 det0 dead, 2 det1 dead (3: no click possible). */
  private tables: (OutcomeTable | null)[] = [null, null, null, null];
  private readonly rng: Rng;
  private nextPulse = 0;
  /** Last pulse index at which each detector is still dead (−1: live). */
  private deadEnd0 = NONE;
  private deadEnd1 = NONE;
  /** Pulse at which each detector fires a pending afterpulse (−1: none pending). */
  private afterpulseAt0 = NONE;
  private afterpulseAt1 = NONE;
  private readonly buffer = new DetectionBuffer(4096);

  constructor(params: LinkParams, seed: number, stream = 0) {
    this.rng = Rng.fromSeed(seed, stream);
    this.setParams(params);
  }

  /** Pulses simulated so far (the next batch starts at this pulse index). */
  get pulsesDone(): number {
    return this.nextPulse;
  }

  get params(): LinkParams {
    return this.currentParams;
  }

  /** Validate and switch to new parameters between batches (rebuilds the outcome tables, a few ms at most). */
  setParams(params: LinkParams): void {
    this.currentParams = assertValidParams(params);
    this.model = buildLinkModel(this.currentParams);
    const p = this.currentParams, m = this.model;
    this.tables[0] = new OutcomeTable(p, m, 3);
    const needsOneDead = m.deadPulses > 0;
    this.tables[1] = needsOneDead ? new OutcomeTable(p, m, 2) : null;
    this.tables[2] = needsOneDead ? new OutcomeTable(p, m, 1) : null;
  }

  /** Simulate from pulsesDone until `maxDetections` detections or pulse `untilPulse` (exclusive), whichever first. */
  nextBatch(maxDetections: number, untilPulse: number): DetectionBatch {
    if (!(maxDetections >= 1) || !Number.isInteger(maxDetections)) throw new RangeError(`maxDetections must be a positive integer, got ${maxDetections}`);
    const rng = this.rng, tables = this.tables, buf = this.buffer;
    const deadPulses = this.model.deadPulses, afterpulseP = this.currentParams.afterpulseProbability;
    const firstPulse = this.nextPulse;
    const skipped = new Float64Array(4); // pulses skipped without a click, per dead-mask state
    const pulsesByIntensity = new Float64Array(3);
    let pos = firstPulse, count = 0;
    let deadEnd0 = this.deadEnd0, deadEnd1 = this.deadEnd1, ap0 = this.afterpulseAt0, ap1 = this.afterpulseAt1;
    let pulseIndex = buf.pulseIndex, photonNumber = buf.photonNumber, intensity = buf.intensity, aliceBasis = buf.aliceBasis;
    let aliceBit = buf.aliceBit, bobBasis = buf.bobBasis, bobBit = buf.bobBit, flagsOut = buf.flags, eveKnowledge = buf.eveKnowledge, eveBit = buf.eveBit;
    let capacity = buf.capacity;

    while (count < maxDetections && pos < untilPulse) {
      const deadMask = (pos <= deadEnd0 ? 1 : 0) | (pos <= deadEnd1 ? 2 : 0);
      let code: number, clickPulse: number;
      if (ap0 === pos || ap1 === pos) {
        // A pending afterpulse fires at this detector's first live pulse: simulate the pulse itself.
        code = this.forcedAfterpulseCode(tables[deadMask] as OutcomeTable, (ap0 === pos ? 1 : 0) | (ap1 === pos ? 2 : 0));
        clickPulse = pos;
      } else {
        // Until a dead detector revives, the click probability is constant: skip a geometric gap.
        let boundary = untilPulse;
        if (deadMask & 1 && deadEnd0 + 1 < boundary) boundary = deadEnd0 + 1;
        if (deadMask & 2 && deadEnd1 + 1 < boundary) boundary = deadEnd1 + 1;
        const segment = boundary - pos;
        const table = tables[deadMask];
        if (deadMask === 3 || table === null || table.clickAlias === null) { skipped[deadMask] += segment; pos = boundary; continue; }
        const gap = Math.floor(nextExponential(rng) / table.gapRate);
        if (!(gap < segment)) { skipped[deadMask] += segment; pos = boundary; continue; }
        skipped[deadMask] += gap;
        clickPulse = pos + gap;
        const alias = table.clickAlias;
        const column = rng.nextUint32() >>> alias.shift;
        code = rng.nextUint32() < alias.threshold[column] ? alias.primary[column] : alias.alias[column];
      }
      if (count === capacity) {
        buf.grow(count + 1, count);
        ({ pulseIndex, photonNumber, intensity, aliceBasis, aliceBit, bobBasis, bobBit, eveKnowledge, eveBit } = buf);
        flagsOut = buf.flags;
        capacity = buf.capacity;
      }
      const cls = (code >>> 8) & 3;
      pulseIndex[count] = clickPulse;
      photonNumber[count] = code & 0xff;
      intensity[count] = cls;
      aliceBasis[count] = (code >>> 10) & 1;
      aliceBit[count] = (code >>> 11) & 1;
      bobBasis[count] = (code >>> 12) & 1;
      bobBit[count] = (code >>> 13) & 1;
      flagsOut[count] = (code >>> 14) & 15;
      eveKnowledge[count] = (code >>> 18) & 3;
      eveBit[count] = (code >>> 20) & 1;
      pulsesByIntensity[cls] += 1;
      count++;
      const clicked = (code >>> SHIFT_CLICK_MASK) & 3;
      if (clicked & 1) {
        deadEnd0 = clickPulse + deadPulses;
        ap0 = afterpulseP > 0 && rng.nextDouble() < afterpulseP ? deadEnd0 + 1 : NONE;
      } else if (ap0 === clickPulse) ap0 = NONE;
      if (clicked & 2) {
        deadEnd1 = clickPulse + deadPulses;
        ap1 = afterpulseP > 0 && rng.nextDouble() < afterpulseP ? deadEnd1 + 1 : NONE;
      } else if (ap1 === clickPulse) ap1 = NONE;
      pos = clickPulse + 1;
    }

    this.nextPulse = pos;
    this.deadEnd0 = deadEnd0; this.deadEnd1 = deadEnd1; this.afterpulseAt0 = ap0; this.afterpulseAt1 = ap1;
    this.splitSkippedPulses(skipped, pulsesByIntensity);
    const batch = buf.toBatch(count);
    batch.firstPulse = firstPulse;
    batch.endPulse = pos;
    batch.pulsesByIntensity = pulsesByIntensity;
    batch.simulatedSecondsEnd = pos / this.currentParams.repetitionRateHz;
    return batch;
  }

  /** The code of a pulse on which an afterpulse fires on the detectors in `apMask` (live by construction). */
  private forcedAfterpulseCode(table: OutcomeTable, apMask: number): number {
    const rng = this.rng;
    const isClick = rng.nextDouble() < table.clickProbability;
    const alias = (isClick ? table.clickAlias : table.noClickAlias) ?? (table.clickAlias ?? table.noClickAlias);
    let code = (alias as NonNullable<typeof alias>).draw(rng);
    const mask = (code >>> SHIFT_CLICK_MASK) & 3;
    const merged = mask | apMask;
    let flags = ((code >>> SHIFT_FLAGS) & 15) | FLAG_AFTERPULSE;
    if (mask === 0) flags |= FLAG_DARK;
    if (merged === 3 && mask !== 3) {
      // The afterpulse turned a single click into a double click: Bob assigns a random bit.
      flags |= FLAG_DOUBLE;
      code = (code & ~(1 << SHIFT_BOB_BIT)) | (rng.nextBit() << SHIFT_BOB_BIT);
    } else if (mask === 0) {
      code = (code & ~(1 << SHIFT_BOB_BIT)) | ((merged === 2 ? 1 : 0) << SHIFT_BOB_BIT);
    }
    code = (code & ~(15 << SHIFT_FLAGS) & ~(3 << SHIFT_CLICK_MASK)) | (flags << SHIFT_FLAGS) | (merged << SHIFT_CLICK_MASK);
    return code >>> 0;
  }

  /** Split the skipped (click-free) pulses among intensity classes: multinomial given no click in each state. */
  private splitSkippedPulses(skipped: Float64Array, counts: Float64Array): void {
    for (let s = 0; s < 4; s++) {
      if (skipped[s] === 0) continue;
      const table = this.tables[s];
      const probs = s === 3 || !table ? this.model.classProbability : table.noClickIntensity;
      addMultinomial(this.rng, skipped[s], probs, counts);
    }
  }
}
