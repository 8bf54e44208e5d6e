// React access to the run controller: the page's buttons call start/pause/reset through this context
// instead of importing a module-level singleton, so tests and later features can supply their own.
import { createContext, useContext } from 'react';
import type { RunController } from './runController';

export const RunControllerContext = createContext<RunController | null>(null);

export function useRunController(): RunController {
  const controller = useContext(RunControllerContext);
  if (!controller) throw new Error('useRunController needs a <RunControllerContext.Provider>');
  return controller;
}
