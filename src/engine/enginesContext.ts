// React access to the page's engines (src/engine/engines.ts): the buttons, plots and panels reach the run, the
// long run and the theory client through this context, so a test or a second page can supply its own.
import { createContext, useContext } from 'react';
import type { Engines } from './engines';
import type { RunController } from './runController';

export const EnginesContext = createContext<Engines | null>(null);

export function useEngines(): Engines {
  const engines = useContext(EnginesContext);
  if (!engines) throw new Error('useEngines needs an <EnginesContext.Provider>');
  return engines;
}

export function useRunController(): RunController {
  return useEngines().run;
}
