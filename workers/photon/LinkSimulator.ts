// The production photon simulator: event skipping, exact in distribution. It draws the geometric gap to
// the next pulse with a click from the per-pulse click probability of the current detector state, then
// the clicking pulse's full configuration from an alias table conditioned on a click (outcomeTable.ts).
import type { DetectionBatch } from '../common/detections';
import { assertValidParams, type LinkParams } from '../common/params';
import { Rng } from '../common/rng';
import { addMultinomial } from './binomial';
import { ColumnBatch } from './columnBatch';
import { runAlwaysLive, runAlwaysLiveJoint } from './alwaysLiveLoops';
import { NO_PULSE, runWithDetectorStates, type SkipContext } from './eventSkipping';
import { buildGapJointTable, type GapJointTable } from './gapJointTable';
import { buildLinkModel, type LinkModel } from './linkModel';
import { OutcomeTable } from './outcomeTable';

const INITIAL_CAPACITY_LIMIT = 1 << 21;

export class LinkSimulator {
  private currentParams!: LinkParams;
  private model!: LinkModel;
  /** Tables indexed by the mask of DEAD detectors: 0 both live, 1 det0 dead, 2 det1 dead (3: no click possible). */
  private tables: (OutcomeTable | null)[] = [null, null, null, null];
  /** Joint (gap, configuration) table for bright links without dead time or afterpulses. */
  private gapJoint: GapJointTable | null = null;
  private readonly rng: Rng;
  private nextPulse = 0;
  /** Last pulse index at which each detector is still dead (−1: live). */
  private deadEnd0 = NO_PULSE;
  private deadEnd1 = NO_PULSE;
  /** Pulse at which each detector fires a pending afterpulse (−1: none pending). */
  private afterpulseAt0 = NO_PULSE;
  private afterpulseAt1 = NO_PULSE;
  /** An event drawn past the end of the last batch (see SkipContext.pendingPulse). */
  private pendingPulse = NO_PULSE;
  private pendingCode = -1;
  /**
   * A separate stream for splitting skipped pulses among intensity classes, so that batch boundaries leave the main
   * stream alone.
   */
  private readonly splitRng: Rng;

  constructor(params: LinkParams, seed: number, stream = 0) {
    this.rng = Rng.fromSeed(seed, stream);
    this.splitRng = Rng.fromSeed(seed ^ 0x2545f491, stream);
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
    // A pending event was drawn from the old tables; memorylessness lets us simply draw again.
    this.pendingPulse = NO_PULSE;
    const p = this.currentParams,
      m = this.model;
    this.tables[0] = new OutcomeTable(p, m, 3);
    const needsOneDead = m.deadPulses > 0;
    this.tables[1] = needsOneDead ? new OutcomeTable(p, m, 2) : null;
    this.tables[2] = needsOneDead ? new OutcomeTable(p, m, 1) : null;
    const isAlwaysLive = m.deadPulses === 0 && p.afterpulseProbability === 0;
    this.gapJoint = isAlwaysLive ? buildGapJointTable(this.tables[0]) : null;
  }

  /** Simulate from pulsesDone until `maxDetections` detections or pulse `untilPulse` (exclusive), whichever first. */
  nextBatch(maxDetections: number, untilPulse: number): DetectionBatch {
    if (!(maxDetections >= 1) || !Number.isInteger(maxDetections))
      throw new RangeError(`maxDetections must be a positive integer, got ${maxDetections}`);
    const firstPulse = this.nextPulse;
    // Size the output for the expected detections (+ 6σ) so the loop rarely grows and never over-allocates
    // much; start at most at 2^21 entries (36 MB) and let huge batches grow.
    const expected =
      Math.max(0, untilPulse - firstPulse) *
      (this.tables[0] as OutcomeTable).clickProbability *
      (1 + this.currentParams.afterpulseProbability);
    const capacity = Math.max(
      1,
      Math.min(maxDetections, Math.ceil(expected + 6 * Math.sqrt(expected) + 16), INITIAL_CAPACITY_LIMIT),
    );
    const ctx: SkipContext = {
      rng: this.rng,
      tables: this.tables,
      deadPulses: this.model.deadPulses,
      afterpulseProbability: this.currentParams.afterpulseProbability,
      pos: firstPulse,
      deadEnd0: this.deadEnd0,
      deadEnd1: this.deadEnd1,
      afterpulseAt0: this.afterpulseAt0,
      afterpulseAt1: this.afterpulseAt1,
      skipped: new Float64Array(4),
      out: new ColumnBatch(capacity),
      count: 0,
      pendingPulse: this.pendingPulse,
      pendingCode: this.pendingCode,
    };
    if (this.gapJoint) runAlwaysLiveJoint(ctx, this.gapJoint, maxDetections, untilPulse);
    else if (ctx.deadPulses === 0 && ctx.afterpulseProbability === 0) runAlwaysLive(ctx, maxDetections, untilPulse);
    else runWithDetectorStates(ctx, maxDetections, untilPulse);
    this.nextPulse = ctx.pos;
    this.deadEnd0 = ctx.deadEnd0;
    this.deadEnd1 = ctx.deadEnd1;
    this.afterpulseAt0 = ctx.afterpulseAt0;
    this.afterpulseAt1 = ctx.afterpulseAt1;
    this.pendingPulse = ctx.pendingPulse;
    this.pendingCode = ctx.pendingCode;
    const batch = ctx.out.toBatch(ctx.count, new Float64Array(3));
    // Pulses that clicked, by class (one pass over a byte column; only the laser with decoys has several).
    if (this.model.classProbability[0] === 1) batch.pulsesByIntensity[0] = ctx.count;
    else for (let i = 0; i < ctx.count; i++) batch.pulsesByIntensity[batch.intensity[i]]++;
    this.splitSkippedPulses(ctx.skipped, batch.pulsesByIntensity);
    batch.firstPulse = firstPulse;
    batch.endPulse = ctx.pos;
    batch.simulatedSecondsEnd = ctx.pos / this.currentParams.repetitionRateHz;
    return batch;
  }

  /** Split the skipped (click-free) pulses among intensity classes: multinomial given no click in each state. */
  private splitSkippedPulses(skipped: Float64Array, counts: Float64Array): void {
    for (let s = 0; s < 4; s++) {
      if (skipped[s] === 0) continue;
      const table = this.tables[s];
      const probs = s === 3 || !table ? this.model.classProbability : table.noClickIntensity;
      addMultinomial(this.splitRng, skipped[s], probs, counts);
    }
  }
}
