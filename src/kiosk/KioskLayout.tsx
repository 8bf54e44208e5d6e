// The kiosk's own screen (?kiosk=1): a big call to action, the link scene filling the screen with the three
// headline readouts, and a few large controls (Start/Pause/Reset, distance, source, eavesdropper, speed),
// the language and the optional detector clicks. No seed, import, export, presenter, colours, links or drawers.
import { useState } from 'react';
import { SceneSlot } from '../app/SceneSlot';
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS } from '../i18n/locale';
import { kioskText } from '../i18n/text/kiosk';
import { runText } from '../i18n/text/run';
import { useLocale, useText } from '../i18n/useText';
import { AbortNotice } from '../run/AbortNotice';
import { BlockProgress } from '../run/BlockProgress';
import { HeadlineReadouts } from '../run/Readouts';
import { QuickParam } from '../controls/QuickControls';
import { RunControls } from '../run/RunControls';
import { useAppState } from '../store/useAppState';
import { useDetectorClicks } from './useDetectorClicks';

function LanguageButtons() {
  const locale = useLocale();
  const setLocale = useAppState((s) => s.setLocale);
  const text = useText(kioskText);
  return (
    <div className="kiosk-languages" role="group" aria-label={text.language}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          className="button"
          lang={LOCALE_TAGS[l]}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

export function KioskLayout() {
  const text = useText(kioskText);
  const run = useText(runText);
  const isActive = useAppState((s) => s.status === 'running' || s.status === 'starting');
  const [isSoundOn, setSoundOn] = useState(false);
  const clicks = useDetectorClicks(isSoundOn);

  return (
    <div className="kiosk-screen">
      <header className="kiosk-header">
        <h1>QKD Lab</h1>
        <p className="kiosk-cta">{isActive ? text.callToActionRunning : text.callToAction}</p>
        <LanguageButtons />
        <button
          type="button"
          className="button kiosk-sound"
          aria-pressed={isSoundOn}
          onClick={() => {
            if (!isSoundOn) clicks.prime();
            setSoundOn(!isSoundOn);
          }}
        >
          <span aria-hidden="true" className="kiosk-sound-glyph">
            ♪
          </span>{' '}
          {text.sound}
        </button>
      </header>
      <main className="kiosk-main">
        <section className="kiosk-stage" aria-label={run.region}>
          <SceneSlot />
          <HeadlineReadouts />
          <AbortNotice />
        </section>
        <section className="kiosk-controls panel" aria-label={text.controlsRegion}>
          <RunControls />
          <QuickParam id="fiberLengthKm" />
          <QuickParam id="source" />
          <QuickParam id="eve" />
          <QuickParam id="interceptFraction" />
          <BlockProgress />
        </section>
      </main>
    </div>
  );
}
