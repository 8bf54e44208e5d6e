// The run bar: Start, Pause, Step, Reset, the speed of simulated time, the simulated clock (with the pace really
// kept when it falls short of the speed), the run's status and, when a worker fails, the error that ended the run
// (the readouts keep what they showed). Restore all (PhET's Reset All) puts back every value of the preset and view.
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { SINGLE_STEP, SPEEDS, isSpeedId } from '../engine/simClock';
import { paceToShow } from '../engine/paceMeter';
import { formatCount, formatDuration, formatSignificant } from '../format/formatNumber';
import { TechnicalDetail } from '../app/TechnicalDetail';
import { useRunController } from '../engine/enginesContext';
import { describeRunFault, runText } from '../i18n/text/run';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { useResetAll } from './useResetAll';
import { useRunPace } from './useRunPace';

export function RunControls() {
  const controller = useRunController();
  const status = useAppState((s) => s.status);
  const speed = useAppState((s) => s.speed);
  const setSpeed = useAppState((s) => s.setSpeed);
  const hasResults = useAppState((s) => s.totals.batches > 0);
  const errorFault = useAppState((s) => s.errorFault);
  const simulatedSeconds = useAppState((s) => s.totals.simulatedSeconds);
  const pace = paceToShow(useRunPace(), speed);
  const speedId = useId();
  const resetAll = useResetAll();
  const locale = useLocale();
  const text = runText[locale];
  const isActive = status === 'running' || status === 'starting';
  // Start, Pause and Reset disable themselves when pressed: the focus moves to the button that undoes the
  // press (Start <-> Pause, Reset -> Start), so a keyboard user does not drop back to the top of the page.
  const startRef = useRef<HTMLButtonElement>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<HTMLButtonElement | null>(null);
  const handOver = (e: MouseEvent<HTMLButtonElement>, to: HTMLButtonElement | null) => {
    if (document.activeElement === e.currentTarget) focusNext.current = to;
  };
  useEffect(() => {
    const to = focusNext.current;
    focusNext.current = null; // only right after the press (a start that fails at once leaves Pause disabled)
    if (!to) return;
    // In the next frame, not in the press's own task: focus() forces a style and layout pass over everything
    // the press changed (9–12 ms on Start), which the frame does anyway. Only if the focus is still lost.
    requestAnimationFrame(() => {
      // Lost: on the page body, or still on the pressed button, which is disabled now.
      const at = document.activeElement;
      const lost = at === null || at === document.body || (at instanceof HTMLButtonElement && at.disabled);
      if (lost && to.isConnected && !to.disabled) to.focus();
    });
  });
  // The store holds the fault as a code; it is worded here, in the page's language.
  const error = errorFault ? describeRunFault(errorFault, locale) : null;

  return (
    <div className="run-controls">
      <div className="run-buttons">
        <button
          ref={startRef}
          type="button"
          className="button primary"
          onClick={(e) => {
            handOver(e, pauseRef.current);
            controller.start();
          }}
          disabled={isActive}
        >
          {text.start}
        </button>
        <button
          ref={pauseRef}
          type="button"
          className="button"
          onClick={(e) => {
            handOver(e, startRef.current);
            controller.pause();
          }}
          disabled={!isActive}
        >
          {text.pause}
        </button>
        {/* Enabled while a Step opens its session, so keyboard focus stays on it for the next press. */}
        <button
          type="button"
          className="button step-button"
          onClick={controller.step}
          disabled={status === 'running'}
          title={text.stepHint(formatCount(SINGLE_STEP.maxDetections), SINGLE_STEP.simulatedSeconds)}
        >
          {text.step}
        </button>
        <button
          type="button"
          className="button"
          onClick={(e) => {
            handOver(e, startRef.current);
            controller.reset();
          }}
          disabled={status === 'idle' && !hasResults}
        >
          {text.reset}
        </button>
        {/* Never disabled (a changed value is reason enough); its name shares no word with Start, Pause or Reset. */}
        <button
          type="button"
          className="button restore-all"
          onClick={(e) => {
            handOver(e, startRef.current);
            resetAll();
          }}
          title={text.restoreAllHint}
        >
          <span aria-hidden="true">↺ </span>
          <span className="restore-text">{text.restoreAll}</span>
        </button>
      </div>
      <div className="field speed-field">
        <label htmlFor={speedId}>{text.speed}</label>
        <select
          id={speedId}
          value={speed}
          onChange={(e) => {
            if (isSpeedId(e.target.value)) setSpeed(e.target.value);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {text.speeds[s.id]}
            </option>
          ))}
        </select>
      </div>
      <p className="sim-clock">
        <span className="sim-clock-label">{text.simulatedClock}</span>{' '}
        <span className="sim-clock-value">{formatDuration(simulatedSeconds)}</span>
        {pace !== null && (
          <span className="sim-pace" title={speed === 'max' ? text.paceHintMax : text.paceHint}>
            {text.pace(pace < 100 ? formatSignificant(pace, 2) : formatCount(pace))}
          </span>
        )}
      </p>
      <p className={`run-status run-status-${status}`} role="status" aria-label={text.runStatus}>
        <span className="run-status-dot" aria-hidden="true" />
        {text.status[status]}
      </p>
      {status === 'error' && error && (
        <p className="run-error" role="alert">
          {error.text}
          <TechnicalDetail detail={error.detail} />
        </p>
      )}
    </div>
  );
}
