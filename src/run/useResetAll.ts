// Reset All (PhET's convention): the run discarded, every parameter back to the current preset's value,
// the speed and the drawers as on a fresh page. The preset, the seed, language and colours stay.
import { useCallback } from 'react';
import { useRunController } from '../engine/enginesContext';
import { DEFAULT_SPEED } from '../engine/simClock';
import { useAppStore } from '../store/useAppState';
import { defaultSettingsOpen } from '../app/layoutDefaults';

export function useResetAll(): () => void {
  const controller = useRunController();
  const store = useAppStore();
  return useCallback(() => {
    controller.reset();
    const s = store.getState();
    s.restorePresetParams();
    s.setSpeed(DEFAULT_SPEED);
    s.resetLayout(defaultSettingsOpen());
  }, [controller, store]);
}
