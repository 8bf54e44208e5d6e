// Kiosk mode (?kiosk=1): a full-screen, touch-sized page with no text selection, the screen kept awake.
// After idleSeconds without input the page returns to exactly its fresh state (link, speed, language, drawers,
// scene, URL); after idleSeconds more an attract loop plays short scenarios on the real engine (reset between
// them, so no series grows). Any touch or key ends the loop and returns to the start.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRunController } from '../engine/enginesContext';
import { kioskText } from '../i18n/text/kiosk';
import { useText } from '../i18n/useText';
import { useAppStore } from '../store/useAppState';
import { ATTRACT_SCENARIOS, nextScenarioIndex } from './attractScenarios';
import { useWakeLock } from './useWakeLock';
import './kiosk.css';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

interface Props {
  idleSeconds: number;
  /** Called when the page goes back to its start (after idle or when a visitor ends the loop). */
  onBackToStart: () => void;
}

export function KioskMode({ idleSeconds, onBackToStart }: Props) {
  const store = useAppStore();
  const controller = useRunController();
  const text = useText(kioskText);
  const [scenarioIndex, setScenarioIndex] = useState<number | null>(null);
  const isAttracting = scenarioIndex !== null;
  /** Back at the start after idle, waiting for a visitor (the next idle period starts the attract loop). */
  const [isRested, setRested] = useState(false);
  // The link as the kiosk opened it: the start every visitor gets back to.
  const startState = useRef(store.getState());
  useWakeLock(true);

  useEffect(() => {
    document.documentElement.classList.add('kiosk');
    return () => document.documentElement.classList.remove('kiosk');
  }, []);

  const backToStart = useCallback(() => {
    controller.reset();
    const { params, presetId, seed, speed, locale } = startState.current;
    const s = store.getState();
    s.loadParams({ params, presetId, seed });
    s.setSpeed(speed);
    s.setLocale(locale);
    s.resetLayout(false);
    window.scrollTo(0, 0);
    onBackToStart();
  }, [controller, store, onBackToStart]);

  // Idle timer: re-armed by every input; in the loop, any input ends it and returns to the start.
  useEffect(() => {
    // While the loop plays, the scenarios' own timers move it on; only input matters.
    const onIdle = () => {
      if (isRested) setScenarioIndex(0);
      else {
        backToStart();
        setRested(true);
      }
    };
    const arm = () => (isAttracting ? undefined : window.setTimeout(onIdle, idleSeconds * 1000));
    let timer = arm();
    const onInput = () => {
      window.clearTimeout(timer);
      if (isAttracting) {
        backToStart();
        setScenarioIndex(null);
        setRested(false);
        return;
      }
      if (isRested) setRested(false);
      timer = arm();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [idleSeconds, isAttracting, isRested, backToStart]);

  // One scenario: a fresh run (Reset clears the series and block records), then on to the next.
  useEffect(() => {
    if (scenarioIndex === null) return;
    const scenario = ATTRACT_SCENARIOS[scenarioIndex];
    controller.reset();
    const s = store.getState();
    s.applyPreset('ideal-classroom');
    for (const [id, value] of Object.entries(scenario.setup))
      s.setParam(id as keyof typeof scenario.setup, value as never);
    s.setSpeed(scenario.speed);
    controller.start();
    // Passers-by should see the link and its readouts, not the page's menus.
    document.querySelector('.kiosk-stage')?.scrollIntoView({ block: 'start' });
    const timer = window.setTimeout(
      () => setScenarioIndex(nextScenarioIndex(scenarioIndex)),
      scenario.durationS * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [scenarioIndex, controller, store]);

  if (scenarioIndex === null) return null;
  const scenario = ATTRACT_SCENARIOS[scenarioIndex];
  return (
    <div className="attract" aria-live="polite">
      <div className="attract-banner">
        <p className="attract-title">
          {text.demo(scenarioIndex + 1, ATTRACT_SCENARIOS.length, text.captions[scenario.id])}
        </p>
        <p className="attract-hint">{text.touchToStart}</p>
      </div>
    </div>
  );
}
