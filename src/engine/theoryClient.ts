// The page's client of the theory worker (analytic key-rate curves and the PLOB bound), spawned on first
// use so it costs nothing before the distance plot asks. Requests are newest-wins: an answer to an older
// request resolves to null, so a curve for a link the visitor already left never reaches a plot. A curve that
// cannot be drawn is reported as a code (its params clash, or the worker failed) for the page to word.
import * as Comlink from 'comlink';
import { validateParams, type LinkParams, type ParamIssue } from '../../workers/common/params';
import type { CurveOptions, KeyRatePoint } from '../../workers/theory/keyRateCurve';
import type { TheoryWorkerApi } from '../../workers/theory/theory.worker';

export interface CurveRequest {
  id: string;
  params: LinkParams;
  options: CurveOptions;
}

/** Why a curve was not drawn: its params clash (the registry's codes), or the worker failed (its own text kept). */
export type CurveFailure =
  { code: 'invalid-params'; issues: readonly ParamIssue[] } | { code: 'unexpected'; text: string };

export interface CurveError {
  /** The request's id. */
  curve: string;
  failure: CurveFailure;
}

/**
 * The registry's objection to a curve's params as codes (the worker would refuse them with an English sentence), or
 * null.
 */
export function invalidParamsFailure(params: LinkParams): CurveFailure | null {
  const { issues } = validateParams(params as unknown as Record<string, unknown>);
  return issues.length > 0 ? { code: 'invalid-params', issues } : null;
}

export interface TheoryClient {
  /** Every curve of the request (a failed curve is left out and why kept), or null when superseded. */
  curves: (
    requests: readonly CurveRequest[],
  ) => Promise<{ curves: Record<string, KeyRatePoint[]>; errors: CurveError[] } | null>;
  dispose: () => void;
}

/** `spawn` starts the theory worker (src/engine/engines.ts names it); it is called on the first request. */
export function createTheoryClient(spawn: () => Worker): TheoryClient {
  let worker: Worker | null = null;
  let api: Comlink.Remote<TheoryWorkerApi> | null = null;
  let latest = 0;

  function remote(): Comlink.Remote<TheoryWorkerApi> {
    if (!api) {
      worker = spawn();
      api = Comlink.wrap<TheoryWorkerApi>(worker);
    }
    return api;
  }

  return {
    async curves(requests) {
      const ticket = ++latest;
      const curves: Record<string, KeyRatePoint[]> = {};
      const errors: CurveError[] = [];
      for (const r of requests) {
        if (ticket !== latest) return null;
        const invalid = invalidParamsFailure(r.params);
        if (invalid) {
          errors.push({ curve: r.id, failure: invalid });
          continue;
        }
        try {
          curves[r.id] = await remote().curve(r.params, r.options);
        } catch (err) {
          errors.push({
            curve: r.id,
            failure: { code: 'unexpected', text: err instanceof Error ? err.message : String(err) },
          });
        }
      }
      return ticket === latest ? { curves, errors } : null;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      api = null;
    },
  };
}
