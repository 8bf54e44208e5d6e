// The pace a running run really keeps, sampled from the store twice a second: simulated seconds per wall second
// over the last two seconds (src/engine/paceMeter.ts), null while paused or until a second has been sampled.
import { useEffect, useState } from 'react';
import { keepWindow, measuredPace, type PaceSample } from '../engine/paceMeter';
import { useAppState, useAppStore } from '../store/useAppState';

const SAMPLE_EVERY_MS = 500;

export function useRunPace(): number | null {
  const store = useAppStore();
  const isRunning = useAppState((s) => s.status === 'running');
  const [pace, setPace] = useState<number | null>(null);
  useEffect(() => {
    if (!isRunning) {
      setPace(null);
      return;
    }
    let samples: PaceSample[] = [];
    const sample = () => {
      samples = keepWindow([
        ...samples,
        { wallMs: performance.now(), simulatedSeconds: store.getState().totals.simulatedSeconds },
      ]);
      setPace(measuredPace(samples));
    };
    sample();
    const timer = window.setInterval(sample, SAMPLE_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [isRunning, store]);
  return pace;
}
