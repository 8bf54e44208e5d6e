// The distillation worker: a thin comlink shell over Distiller. The UI and the CLI type their client
// with DistillWorkerApi (taken from this file), push detection batches and receive BlockReports.
import * as Comlink from 'comlink';
import type { DetectionBatch } from '../common/detections';
import { assertValidParams, type LinkParams } from '../common/params';
import type { BlockReport, DistillSummary } from '../common/reports';
import { Distiller, type DistillerOptions } from './Distiller';

let distiller: Distiller | null = null;

function current(): Distiller {
  if (!distiller) throw new Error('distill worker: call open(params, seed) first');
  return distiller;
}

const api = {
  /** Start a new run (re-validates the parameters: worker input is untrusted). */
  open(params: LinkParams, seed: number, options?: DistillerOptions): void {
    distiller = new Distiller(assertValidParams(params), seed, options);
  },
  push(batch: DetectionBatch): BlockReport[] {
    return current().push(batch);
  },
  finish(): BlockReport[] {
    return current().finish();
  },
  summary(): DistillSummary {
    return current().summary();
  },
};

export type DistillWorkerApi = typeof api;

Comlink.expose(api);
