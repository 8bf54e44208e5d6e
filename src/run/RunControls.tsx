// The run bar: Start, Pause, Step, Reset, the speed of simulated time, the simulated clock, the run's
// status and, when a worker fails, the error that ended the run (the readouts keep what they showed).
import { useId } from 'react';
import { SINGLE_STEP, SPEEDS, isSpeedId } from '../engine/simClock';
import { formatCount, formatDuration } from '../format/formatNumber';
import { useRunController } from '../engine/runControllerContext';
import { describeRunFault, runText } from '../i18n/text/run';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function RunControls() {
  const controller = useRunController();
  const status = useAppState((s) => s.status);
  const speed = useAppState((s) => s.speed);
  const setSpeed = useAppState((s) => s.setSpeed);
  const hasResults = useAppState((s) => s.totals.batches > 0);
  const errorMessage = useAppState((s) => s.errorMessage);
  const errorFault = useAppState((s) => s.errorFault);
  const simulatedSeconds = useAppState((s) => s.totals.simulatedSeconds);
  const speedId = useId();
  const locale = useLocale();
  const text = runText[locale];
  const isActive = status === 'running' || status === 'starting';
  const error = errorFault ? describeRunFault(errorFault, locale) : errorMessage;

  return (
    <div className="run-controls">
      <div className="run-buttons">
        <button type="button" className="button primary" onClick={controller.start} disabled={isActive}>{text.start}</button>
        <button type="button" className="button" onClick={controller.pause} disabled={!isActive}>{text.pause}</button>
        {/* Enabled while a Step opens its session, so keyboard focus stays on it for the next press. */}
        <button type="button" className="button" onClick={controller.step} disabled={status === 'running'}
          title={text.stepHint(formatCount(SINGLE_STEP.maxDetections), SINGLE_STEP.simulatedSeconds)}>{text.step}</button>
        <button type="button" className="button" onClick={controller.reset} disabled={status === 'idle' && !hasResults}>{text.reset}</button>
      </div>
      <div className="field speed-field">
        <label htmlFor={speedId}>{text.speed}</label>
        <select id={speedId} value={speed} onChange={(e) => { if (isSpeedId(e.target.value)) setSpeed(e.target.value); }}>
          {SPEEDS.map((s) => <option key={s.id} value={s.id}>{text.speeds[s.id]}</option>)}
        </select>
      </div>
      <p className="sim-clock"><span className="sim-clock-label">{text.simulatedClock}</span> <span className="sim-clock-value">{formatDuration(simulatedSeconds)}</span></p>
      <p className={`run-status run-status-${status}`} role="status" aria-label={text.runStatus}>
        <span className="run-status-dot" aria-hidden="true" />{text.status[status]}
      </p>
      {status === 'error' && error && <p className="run-error" role="alert">{error}</p>}
    </div>
  );
}
