// Asks the theory worker for the distance plot's curves whenever the link changes (debounced while a
// slider moves; Eve and the seed do not change the curves), and keeps the newest answer in React state.
import { useEffect, useMemo, useState } from 'react';
import type { LinkParams } from '../../workers/common/params';
import type { KeyRatePoint } from '../../workers/theory/keyRateCurve';
import { useEngines } from '../engine/enginesContext';
import type { CurveError } from '../engine/theoryClient';
import { distanceCurveRequests, type CurveId } from './distanceCurves';

const DEBOUNCE_MS = 250;

export interface DistanceCurves {
  curves: Partial<Record<CurveId, KeyRatePoint[]>>;
  errors: CurveError[];
  isLoading: boolean;
}

/** The params that shape the curves (the attack does not: the curves are for an honest channel). */
function curveKey(p: LinkParams): string {
  const rest: Partial<LinkParams> = { ...p };
  delete rest.eve;
  delete rest.interceptFraction;
  delete rest.eveBasisChoice;
  delete rest.evePositionKm;
  return JSON.stringify(rest);
}

export function useDistanceCurves(params: LinkParams): DistanceCurves {
  const key = curveKey(params);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableParams = useMemo(() => params, [key]);
  const [state, setState] = useState<DistanceCurves>({ curves: {}, errors: [], isLoading: true });
  const { theory } = useEngines();

  useEffect(() => {
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      setState((s) => ({ ...s, isLoading: true }));
      void theory.curves(distanceCurveRequests(stableParams)).then((answer) => {
        if (answer && isCurrent)
          setState({ curves: answer.curves as DistanceCurves['curves'], errors: answer.errors, isLoading: false });
      });
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [stableParams, theory]);

  return state;
}
