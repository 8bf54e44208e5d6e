// The distillation worker's API as a plain object (testable without a Worker): open a run with
// validated parameters, push detection batches, finish, read the summary. distill.worker.ts exposes it.
import type { DetectionBatch } from '../common/detections';
import { assertValidParams, type LinkParams } from '../common/params';
import type { BlockReport, DistillSummary } from '../common/reports';
import { Distiller, type DistillerOptions, type FinalKeyWords } from './Distiller';

export function createDistillApi() {
  let distiller: Distiller | null = null;
  const current = (): Distiller => {
    if (!distiller) throw new Error('distill worker: call open(params, seed) first');
    return distiller;
  };
  return {
    /** Start a new run (re-validates the parameters: worker input is untrusted). */
    open(params: LinkParams, seed: number, options?: DistillerOptions): void {
      distiller = new Distiller(assertValidParams(params), seed, options);
    },
    /** Accumulate a batch; returns a report for every block it completed. */
    push(batch: DetectionBatch): BlockReport[] {
      return current().push(batch);
    },
    /** Distil the remainder (or report it as too few bits). */
    finish(): BlockReport[] {
      return current().finish();
    },
    summary(): DistillSummary {
      return current().summary();
    },
    /** The newest final keys (Alice, Bob, Eve's guess) as packed words, each handed out once. */
    takeFinalKeys(): FinalKeyWords[] {
      return distiller ? distiller.takeFinalKeys() : [];
    },
  };
}
