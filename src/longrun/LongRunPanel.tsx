// The "Long run" panel: replays hours of the selected link at full speed with drift on, side by side with
// and without active stabilisation for the same seed. The visitor sets the duration (default 6 h), starts
// and stops; each run shows its progress (simulated and wall time), plot, totals and finished blocks.
// The engine (workers, chunking, buffers) is in longRunController.ts; this file only reads and draws.
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { PRESETS } from '../../workers/common/presets';
import { formatCount, formatDuration, formatPercent, formatSignificant } from '../format/formatNumber';
import { useAppStore } from '../store/useAppState';
import { BlockList } from './BlockList';
import { DEFAULT_DURATION_S, MAX_DURATION_S, MIN_DURATION_S, parseDurationHours } from './chunkSchedule';
import { createLongRunController, createLongRunPool, type LongRunController } from './longRunController';
import { longRunParams } from './longRunParams';
import { createLongRunStore, VARIANT_TITLE, type LongRunStatus, type RunProgress, type Variant } from './longRunStore';
import { LongRunPlot } from './LongRunPlot';
import { tallyBlocks } from './longRunSummary';
import type { SeriesRing } from './seriesRing';
import './longRun.css';

const STATUS_TEXT: Record<LongRunStatus, string> = {
  idle: 'Ready',
  starting: 'Starting…',
  running: 'Running',
  done: 'Done',
  stopped: 'Stopped',
  error: 'Stopped by an error',
};

const RUN_STATUS_TEXT: Partial<Record<LongRunStatus, string>> = { starting: 'starting', running: 'running', done: 'done', stopped: 'stopped', error: 'failed' };

function ratio(k: number, n: number): string {
  return n > 0 ? formatPercent(k / n) : '—';
}

function RunTotals({ run }: { run: RunProgress }) {
  const tally = tallyBlocks(run.blocks);
  return (
    <dl className="long-run-totals">
      <div><dt>QBER Z</dt><dd>{ratio(run.errorsZ, run.siftedZ)}</dd></div>
      <div><dt>QBER X</dt><dd>{ratio(run.errorsX, run.siftedX)}</dd></div>
      <div><dt>Blocks</dt><dd>{tally.kept} kept, {tally.aborted} aborted{tally.remainder && <span className="long-run-total-note">remainder at the end {tally.remainder}</span>}</dd></div>
      <div><dt>Secret key</dt><dd>{formatCount(run.secretBits)} bits</dd></div>
    </dl>
  );
}

interface RunColumnProps {
  variant: Variant;
  run: RunProgress;
  durationS: number;
  rings: readonly SeriesRing[];
  controller: LongRunController;
  sharedScaleKey: string;
  sharedSecretMax: number;
}

function RunColumn({ variant, run, durationS, rings, controller, sharedScaleKey, sharedSecretMax }: RunColumnProps) {
  const title = VARIANT_TITLE[variant];
  const fraction = Math.min(1, run.simulatedSeconds / durationS);
  // Wall time left at the pace so far (a bright short link simulates only a few seconds per second).
  const etaS = run.status === 'running' && run.simulatedSeconds > 0 ? ((durationS - run.simulatedSeconds) * run.wallSeconds) / run.simulatedSeconds : null;
  return (
    <div className={`long-run-column long-run-${variant}`}>
      <div className="long-run-progress">
        <progress max={durationS} value={run.simulatedSeconds} aria-label={`${title}: simulated time`} aria-valuetext={`${Math.round(fraction * 100)} %`} />
        {/* Updates several times a second: findable as a status, but not spoken (the session state and the plot summary are). */}
        <p role="status" aria-live="off" aria-label={`${title} progress`}>
          <strong>{title}</strong> · {formatDuration(run.simulatedSeconds)} of {formatDuration(durationS)} simulated · {formatSignificant(run.wallSeconds, 2)} s wall · {RUN_STATUS_TEXT[run.status]}{etaS !== null && etaS >= 5 ? ` · about ${formatDuration(etaS)} left` : ''}
        </p>
      </div>
      <LongRunPlot title={title} ring={controller.series[variant]} rings={rings} progress={run} durationS={durationS} isStabilised={variant === 'on'} sharedScaleKey={sharedScaleKey} sharedSecretMax={sharedSecretMax} />
      <RunTotals run={run} />
      {run.errorMessage && <p className="long-run-error" role="alert">{run.errorMessage}</p>}
      <BlockList title={title} blocks={run.blocks} />
    </div>
  );
}

export function LongRunPanel() {
  const appStore = useAppStore();
  const [engine] = useState(() => {
    const store = createLongRunStore();
    return { store, controller: createLongRunController(store, createLongRunPool()) };
  });
  useEffect(() => () => engine.controller.dispose(), [engine]);
  // The run bar's Reset (the only way the page's run returns to idle) stops a long run too.
  useEffect(() => appStore.subscribe((s, prev) => { if (s.status === 'idle' && prev.status !== 'idle') engine.controller.stop(); }), [appStore, engine]);
  const status = useStore(engine.store, (s) => s.status);
  const setup = useStore(engine.store, (s) => s.setup);
  const runs = useStore(engine.store, (s) => s.runs);
  const message = useStore(engine.store, (s) => s.message);
  const [durationText, setDurationText] = useState(String(DEFAULT_DURATION_S / 3600));
  const [durationError, setDurationError] = useState<string | null>(null);
  const [isComparing, setIsComparing] = useState(true);
  const durationId = useId();
  const durationHelpId = useId();
  const isActive = status === 'running' || status === 'starting';

  function start(): void {
    const parsed = parseDurationHours(durationText);
    if ('error' in parsed) { setDurationError(parsed.error); return; }
    setDurationError(null);
    const { params, presetId, seed } = appStore.getState();
    const prepared = longRunParams(params, presetId);
    engine.controller.start({ params: prepared, seed, durationS: parsed.seconds, isComparing, linkLabel: presetId ? PRESETS[presetId].title : 'Default link' });
  }

  const variants = useMemo(() => setup?.variants ?? [], [setup]);
  const rings = useMemo(() => variants.map((v) => engine.controller.series[v]), [variants, engine]);
  // Each plot redraws on its own run's points; this makes both redraw when a figure behind the shared scales moves.
  const sharedScaleKey = variants.map((v) => `${runs[v]?.secretBits}:${runs[v]?.status}`).join('|');
  const sharedSecretMax = Math.max(0, ...variants.map((v) => runs[v]?.secretBits ?? 0));
  return (
    <section className="panel long-run" aria-label="Long run">
      <h2>Long run: drift and stabilisation</h2>
      <p className="long-run-intro">
        Replays hours of the selected link as fast as the workers go, with drift on (its strength is set under
        “Drift and stabilisation”). The same seed runs with and without the feedback loop, so the drift is identical
        and only the correction differs. Blocks are distilled as they fill; a block aborts when its error bounds leave no secret key
        (1 − h(phase-error bound) − h(QBER) ≤ 0: about 11 % when both are equal).
        Stop, or Reset in the run bar, ends it.
      </p>
      <div className="long-run-controls">
        <div className="field long-run-duration">
          <label htmlFor={durationId}>Run duration</label>
          <span className="long-run-duration-input">
            <input id={durationId} type="number" inputMode="decimal" min={MIN_DURATION_S / 3600} max={MAX_DURATION_S / 3600} step={0.25}
              value={durationText} disabled={isActive} aria-describedby={durationHelpId} aria-invalid={durationError !== null}
              onChange={(e) => { setDurationText(e.target.value); setDurationError(null); }}
              onKeyDown={(e) => { if (e.key === 'Enter' && !isActive) start(); }} />
            <span id={durationHelpId} className="long-run-unit">hours of simulated time</span>
          </span>
        </div>
        <label className="long-run-check">
          <input type="checkbox" checked={isComparing} disabled={isActive} onChange={(e) => setIsComparing(e.target.checked)} />
          Compare with stabilisation off
        </label>
        <div className="run-buttons">
          <button type="button" className="button primary" onClick={start} disabled={isActive}>Begin long run</button>
          <button type="button" className="button" onClick={engine.controller.stop} disabled={!isActive}>Stop long run</button>
        </div>
        <p className={`run-status long-run-status-${status}`} role="status" aria-label="Long run state">
          <span className="run-status-dot" aria-hidden="true" />{STATUS_TEXT[status]}
        </p>
      </div>
      {durationError && <p className="long-run-error" role="alert">{durationError}</p>}
      {message && <p className="long-run-error" role="alert">{message}</p>}
      {setup && (
        <p className="long-run-setup muted">
          {setup.linkLabel} · seed {setup.seed} · drift on · blocks of {formatCount(setup.blockSizeBits)} bits (the long-run rule of <code>npm run sim -- --drift on</code>)
        </p>
      )}
      {setup ? (
        <div className={`long-run-grid long-run-grid-${variants.length}`}>
          {variants.map((v) => runs[v] && (
            <RunColumn key={v} variant={v} run={runs[v]} durationS={setup.durationS} rings={rings} controller={engine.controller} sharedScaleKey={sharedScaleKey} sharedSecretMax={sharedSecretMax} />
          ))}
        </div>
      ) : (
        <p className="muted long-run-empty">No long run yet. The default replays the six unattended hours of the 120 km quantum-dot link in a few seconds.</p>
      )}
    </section>
  );
}
