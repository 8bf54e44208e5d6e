// The page's client of the theory worker (analytic key-rate curves and the PLOB bound), spawned on first
// use so it costs nothing before the distance plot asks. Requests are newest-wins: an answer to an older
// request resolves to null, so a curve for a link the visitor already left never reaches a plot.
import * as Comlink from 'comlink';
import type { LinkParams } from '../../workers/common/params';
import type { CurveOptions, KeyRatePoint } from '../../workers/theory/keyRateCurve';
import type { TheoryWorkerApi } from '../../workers/theory/theory.worker';

export interface CurveRequest {
  id: string;
  params: LinkParams;
  options: CurveOptions;
}

export interface TheoryClient {
  /** Every curve of the request (a failed curve is left out and its message kept), or null when superseded. */
  curves: (requests: readonly CurveRequest[]) => Promise<{ curves: Record<string, KeyRatePoint[]>; errors: string[] } | null>;
  dispose: () => void;
}

export function createTheoryClient(): TheoryClient {
  let worker: Worker | null = null;
  let api: Comlink.Remote<TheoryWorkerApi> | null = null;
  let latest = 0;

  function remote(): Comlink.Remote<TheoryWorkerApi> {
    if (!api) {
      worker = new Worker(new URL('../../workers/theory/theory.worker.ts', import.meta.url), { type: 'module', name: 'theory' });
      api = Comlink.wrap<TheoryWorkerApi>(worker);
    }
    return api;
  }

  return {
    async curves(requests) {
      const ticket = ++latest;
      const curves: Record<string, KeyRatePoint[]> = {};
      const errors: string[] = [];
      for (const r of requests) {
        if (ticket !== latest) return null;
        try {
          curves[r.id] = await remote().curve(r.params, r.options);
        } catch (err) {
          errors.push(`${r.id}: ${err instanceof Error ? err.message : String(err)}`);
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
