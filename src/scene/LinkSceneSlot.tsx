// The page's slot for the link scene. It paints a static schematic at once, loads the 3D scene (and
// three.js, in its own chunk) after first paint, keeps the schematic under prefers-reduced-motion or
// without WebGL, and always renders a text alternative fed by the real photon stream (politely, throttled).
import { lazy, Suspense, useCallback, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useRunController } from '../engine/enginesContext';
import { textFor } from '../i18n/defineText';
import { sceneText } from '../i18n/text/scene';
import { useLocale } from '../i18n/useText';
import { useAppState, useAppStore } from '../store/useAppState';
import { DISPLAY_DETECTIONS_PER_S, LinkFeed } from './linkFeed';
import { LinkSchematic } from './LinkSchematic';
import { planLostDots } from './lostPhotons';
import { onClearLinkScene } from './sceneClear';
import { SceneLegend } from './SceneLegend';
import { describeDrawing, describeScene } from './sceneText';
import './linkScene.css';

const LinkScene = lazy(() => {
  performance.mark('link-scene:import');
  return import('./LinkScene').then((m) => {
    performance.measure('link-scene:load', 'link-scene:import');
    return m;
  });
});

/** The live sentence changes at most this often (ms): enough for a screen reader to finish it. */
const TEXT_INTERVAL_MS = 4000;
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  const mq = window.matchMedia(REDUCED_MOTION);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const prefersReducedMotion = () => window.matchMedia(REDUCED_MOTION).matches;

function hasWebGl(): boolean {
  try {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

type Phase = 'painting' | 'ready' | 'unavailable';

export function LinkSceneSlot() {
  const store = useAppStore();
  const controller = useRunController();
  const params = useAppState((s) => s.params);
  const [feed] = useState(() => new LinkFeed(store.getState().seed));
  const isReducedMotion = useSyncExternalStore(subscribeReducedMotion, prefersReducedMotion, () => false);
  const [phase, setPhase] = useState<Phase>('painting');
  const [live, setLive] = useState('');
  const [photonsPerDot, setPhotonsPerDot] = useState(1);
  const textId = useId();
  const locale = useLocale();
  const t = textFor(sceneText, locale);

  // The real stream: copy a sample of each batch before it is transferred to distillation.
  useEffect(() => {
    const off = controller.onBatch((batch, stats) =>
      feed.ingest(batch, stats, store.getState().params, performance.now()),
    );
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.runId !== prev.runId) feed.reset();
    });
    const offClear = onClearLinkScene(() => feed.reset());
    return () => {
      off();
      unsubscribe();
      offClear();
    };
  }, [controller, store, feed]);

  // Load three.js only after the page has painted (two frames), and only where it can draw.
  useEffect(() => {
    if (isReducedMotion || phase !== 'painting') return;
    let timer = 0;
    const raf = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPhase(hasWebGl() ? 'ready' : 'unavailable'), 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [isReducedMotion, phase]);

  // The text alternative: recomputed every second, announced at most every TEXT_INTERVAL_MS (and at once in a new
  // language).
  useEffect(() => {
    let lastText = '',
      lastSetMs = -Infinity;
    const words = textFor(sceneText, locale);
    const update = () => {
      const s = store.getState();
      const { fraction, isMeasured } = feed.detectedFraction(s.params);
      const text = describeScene(
        {
          params: s.params,
          isRunning: s.status === 'running',
          detectedFraction: fraction,
          isMeasured,
          last: feed.last,
        },
        words,
      );
      const now = performance.now();
      if (text !== lastText && now - lastSetMs >= TEXT_INTERVAL_MS) {
        lastText = text;
        lastSetMs = now;
        setLive(text);
      }
      setPhotonsPerDot(planLostDots(fraction, DISPLAY_DETECTIONS_PER_S).photonsPerDot);
    };
    update();
    const id = window.setInterval(update, 1000);
    return () => clearInterval(id);
  }, [store, feed, locale]);

  const onUnavailable = useCallback((reason: string) => {
    console.warn(`Link scene: 3D view unavailable (${reason}); showing the schematic.`);
    setPhase('unavailable');
  }, []);

  const show3d = phase === 'ready' && !isReducedMotion;
  const note = isReducedMotion ? t.noteReducedMotion : phase === 'unavailable' ? t.noteNoWebGl : t.noteLoading;
  const schematic = <LinkSchematic params={params} note={note} t={t} />;
  return (
    <div className="link-scene" data-mode={show3d ? '3d' : 'schematic'}>
      {show3d ? (
        <Suspense fallback={schematic}>
          <LinkScene feed={feed} describedBy={textId} onUnavailable={onUnavailable} />
        </Suspense>
      ) : (
        schematic
      )}
      <SceneLegend photonsPerDot={photonsPerDot} t={t} />
      <p className="scene-caption" aria-hidden="true">
        {t.caption}
      </p>
      <div id={textId} className="scene-visually-hidden">
        <p>{describeDrawing(params, photonsPerDot, t)}</p>
        <p role="status" aria-live="polite" aria-label={t.stateName}>
          {live}
        </p>
      </div>
    </div>
  );
}
