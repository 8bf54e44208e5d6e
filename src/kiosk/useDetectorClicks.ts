// Plays the run's detections as clicks while `isOn` (the kiosk's sound button). The AudioContext is made on
// the first switch-on (inside the press, as browsers require) and closed when the kiosk screen goes.
import { useEffect, useRef } from 'react';
import { useRunController } from '../engine/enginesContext';
import { ClickPlayer } from './detectorClicks';

export function useDetectorClicks(isOn: boolean): { prime: () => void } {
  const controller = useRunController();
  const ctxRef = useRef<AudioContext | null>(null);
  const playerRef = useRef<ClickPlayer | null>(null);

  useEffect(
    () => () => {
      void ctxRef.current?.close();
      ctxRef.current = null;
      playerRef.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!isOn) return;
    return controller.onBatch((batch) => playerRef.current?.onDetections(batch.count, performance.now()));
  }, [isOn, controller]);

  return {
    /** Call inside the press that switches sound on. */
    prime: () => {
      if (typeof AudioContext === 'undefined') return;
      if (!ctxRef.current) {
        ctxRef.current = new AudioContext();
        playerRef.current = new ClickPlayer(ctxRef.current);
      }
      void ctxRef.current.resume();
    },
  };
}
