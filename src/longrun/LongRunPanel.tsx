// The "Long run" panel: replays hours of the selected link at full speed with drift on, side by side with
// and without active stabilisation for the same seed. The visitor sets the duration (default 6 h), starts
// and stops; each run shows its progress (simulated and wall time), plot, totals and finished blocks.
// The engine (workers, chunking, buffers) is in longRunController.ts, built with the page's other engines
// (src/engine/engines.ts); its state is the app store's longRun slice. This file only reads and draws.
import { useId, useMemo, useState } from 'react';
import { TechnicalDetail } from '../app/TechnicalDetail';
import { formatCount, formatDuration, formatPercent, formatSignificant } from '../format/formatNumber';
import type { Locale } from '../i18n/locale';
import { longRunText, type LongRunText } from '../i18n/text/longrun';
import { describeParamIssues } from '../i18n/text/notices';
import { presetText } from '../i18n/text/presets';
import { describeFaultCause } from '../i18n/text/run';
import { useLocale, useText } from '../i18n/useText';
import { modelVersion } from '../export/buildInfo';
import { ImportedBadge } from '../export/ImportedBadge';
import { saveFile } from '../export/saveFile';
import { useEngines } from '../engine/enginesContext';
import { useAppState, useAppStore } from '../store/useAppState';
import { BlockList } from './BlockList';
import {
  DEFAULT_DURATION_S,
  describeDurationError,
  MAX_DURATION_S,
  MIN_DURATION_S,
  parseDurationHours,
  type DurationError,
} from './chunkSchedule';
import type { LongRunController } from './longRunController';
import { buildLongRunCsv, buildLongRunJson, type LongRunSnapshot } from './longRunFile';
import { longRunParams } from './longRunParams';
import type { LongRunMessage, RunProgress, Variant } from './longRunStore';
import { LongRunPlot } from './LongRunPlot';
import { tallyBlocks } from './longRunSummary';
import type { SeriesRing } from './seriesRing';
import './longRun.css';

function ratio(k: number, n: number): string {
  return n > 0 ? formatPercent(k / n) : '—';
}

function sessionMessage(m: LongRunMessage, t: LongRunText, locale: Locale): string {
  return t.cannotStart(m.kind === 'no-worker' ? t.noWorkerFree : describeParamIssues(m.issues, locale));
}

function RunTotals({ run, t }: { run: RunProgress; t: LongRunText }) {
  const tally = tallyBlocks(run.blocks);
  return (
    <dl className="long-run-totals">
      <div>
        <dt>QBER Z</dt>
        <dd>{ratio(run.errorsZ, run.siftedZ)}</dd>
      </div>
      <div>
        <dt>QBER X</dt>
        <dd>{ratio(run.errorsX, run.siftedX)}</dd>
      </div>
      <div>
        <dt>{t.totalsBlocks}</dt>
        <dd>
          {t.keptAborted(tally.kept, tally.aborted)}
          {tally.remainder && (
            <span className="long-run-total-note">
              {t.remainderAtEnd} {t.remainder[tally.remainder]}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t.totalsSecretKey}</dt>
        <dd>{t.bits(formatCount(run.secretBits))}</dd>
      </div>
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
  t: LongRunText;
}

function RunColumn({ variant, run, durationS, rings, controller, sharedScaleKey, sharedSecretMax, t }: RunColumnProps) {
  const title = t.variantTitle[variant];
  const locale = useLocale();
  const fault = run.errorFault ? describeFaultCause(run.errorFault, locale) : null;
  const fraction = Math.min(1, run.simulatedSeconds / durationS);
  // Wall time left at the pace so far (a bright short link simulates only a few seconds per second).
  const etaS =
    run.status === 'running' && run.simulatedSeconds > 0
      ? ((durationS - run.simulatedSeconds) * run.wallSeconds) / run.simulatedSeconds
      : null;
  return (
    <div className={`long-run-column long-run-${variant}`}>
      <div className="long-run-progress">
        <progress
          max={durationS}
          value={run.simulatedSeconds}
          aria-label={t.simulatedTimeName(title)}
          aria-valuetext={`${Math.round(fraction * 100)} %`}
        />
        {/* Updates several times a second: findable as a status, but not spoken
            (the session state and the plot summary are). */}
        <p role="status" aria-live="off" aria-label={t.progressName(title)}>
          <strong>{title}</strong>
          {t.progress(
            formatDuration(run.simulatedSeconds),
            formatDuration(durationS),
            formatSignificant(run.wallSeconds, 2),
            t.runStatus[run.status],
          )}
          {etaS !== null && etaS >= 5 ? t.timeLeft(formatDuration(etaS)) : ''}
        </p>
      </div>
      <LongRunPlot
        variant={variant}
        ring={controller.series[variant]}
        rings={rings}
        progress={run}
        durationS={durationS}
        sharedScaleKey={sharedScaleKey}
        sharedSecretMax={sharedSecretMax}
      />
      <RunTotals run={run} t={t} />
      {fault && (
        <p className="long-run-error" role="alert">
          {t.runStopped(title, fault.text)}
          <TechnicalDetail detail={fault.detail} />
        </p>
      )}
      <BlockList name={t.variantInText[variant]} blocks={run.blocks} t={t} />
    </div>
  );
}

export function LongRunPanel() {
  const appStore = useAppStore();
  const { longRun: controller } = useEngines();
  const status = useAppState((s) => s.longRun.status);
  const setup = useAppState((s) => s.longRun.setup);
  const runs = useAppState((s) => s.longRun.runs);
  const message = useAppState((s) => s.longRun.message);
  const imported = useAppState((s) => s.longRun.imported);
  const [durationText, setDurationText] = useState(String(DEFAULT_DURATION_S / 3600));
  const [durationError, setDurationError] = useState<DurationError | null>(null);
  const t = useText(longRunText);
  const locale = useLocale();
  const presets = useText(presetText);
  const [isComparing, setIsComparing] = useState(true);
  const durationId = useId();
  const durationHelpId = useId();
  const isActive = status === 'running' || status === 'starting';

  function start(): void {
    const parsed = parseDurationHours(durationText);
    if ('error' in parsed) {
      setDurationError(parsed.error);
      return;
    }
    setDurationError(null);
    const { params, presetId, seed } = appStore.getState();
    const prepared = longRunParams(params, presetId);
    controller.start({ params: prepared, seed, durationS: parsed.seconds, isComparing, presetId });
  }

  function snapshot(): LongRunSnapshot | null {
    const s = appStore.getState().longRun;
    return s.setup ? { setup: s.setup, runs: s.runs, series: controller.series } : null;
  }
  const fileName = (kind: string) => `qkd-lab-long-run-seed${setup?.seed ?? 0}.${kind}`;
  function exportCsv(): void {
    const s = snapshot();
    if (s) saveFile(new Blob([buildLongRunCsv(s)], { type: 'text/csv' }), fileName('csv'));
  }
  function exportJson(): void {
    const s = snapshot();
    if (s)
      saveFile(
        new Blob([`${JSON.stringify(buildLongRunJson(s, modelVersion()))}\n`], { type: 'application/json' }),
        fileName('json'),
      );
  }

  const variants = useMemo(() => setup?.variants ?? [], [setup]);
  const rings = useMemo(() => variants.map((v) => controller.series[v]), [variants, controller]);
  // Each plot redraws on its own run's points; this makes both redraw when a figure behind the shared scales moves.
  const sharedScaleKey = variants.map((v) => `${runs[v]?.secretBits}:${runs[v]?.status}`).join('|');
  const sharedSecretMax = Math.max(0, ...variants.map((v) => runs[v]?.secretBits ?? 0));
  return (
    <section className="panel long-run" aria-label={t.regionName}>
      <h2>{t.heading}</h2>
      <p className="long-run-intro">{t.intro}</p>
      <div className="long-run-controls">
        <div className="field long-run-duration">
          <label htmlFor={durationId}>{t.duration}</label>
          <span className="long-run-duration-input">
            <input
              id={durationId}
              type="number"
              inputMode="decimal"
              min={MIN_DURATION_S / 3600}
              max={MAX_DURATION_S / 3600}
              step={0.25}
              value={durationText}
              disabled={isActive}
              aria-describedby={durationHelpId}
              aria-invalid={durationError !== null}
              onChange={(e) => {
                setDurationText(e.target.value);
                setDurationError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !isActive) start();
              }}
            />
            <span id={durationHelpId} className="long-run-unit">
              {t.durationUnit}
            </span>
          </span>
        </div>
        <label className="long-run-check">
          <input
            type="checkbox"
            checked={isComparing}
            disabled={isActive}
            onChange={(e) => setIsComparing(e.target.checked)}
          />
          {t.compare}
        </label>
        <div className="run-buttons">
          <button type="button" className="button primary" onClick={start} disabled={isActive}>
            {t.begin}
          </button>
          <button type="button" className="button" onClick={controller.stop} disabled={!isActive}>
            {t.stop}
          </button>
        </div>
        <p className={`run-status long-run-status-${status}`} role="status" aria-label={t.stateName}>
          <span className="run-status-dot" aria-hidden="true" />
          {t.status[status]}
        </p>
      </div>
      {durationError && (
        <p className="long-run-error" role="alert">
          {describeDurationError(durationError, t)}
        </p>
      )}
      {message && (
        <p className="long-run-error" role="alert">
          {sessionMessage(message, t, locale)}
        </p>
      )}
      {setup && (
        <p className="long-run-setup muted">
          {t.setup(
            setup.presetId ? presets[setup.presetId].title : t.defaultLink,
            setup.seed,
            formatCount(setup.blockSizeBits),
          )}
          {/* A command to type, the same in every language. */}
          <code translate="no">npm run sim -- --drift on</code>
          {t.setupEnd}
        </p>
      )}
      {setup && (
        <div className="long-run-export">
          {imported && <ImportedBadge seed={imported.seed} exportedAt={imported.exportedAt} />}
          <div className="export-actions">
            <button type="button" className="button" onClick={exportCsv}>
              {t.exportCsv}
            </button>
            <button type="button" className="button" onClick={exportJson}>
              {t.exportJson}
            </button>
          </div>
          <p className="muted long-run-export-hint">{t.exportHint}</p>
        </div>
      )}
      {setup ? (
        <div className={`long-run-grid long-run-grid-${variants.length}`}>
          {variants.map(
            (v) =>
              runs[v] && (
                <RunColumn
                  key={v}
                  variant={v}
                  run={runs[v]}
                  durationS={setup.durationS}
                  rings={rings}
                  controller={controller}
                  sharedScaleKey={sharedScaleKey}
                  sharedSecretMax={sharedSecretMax}
                  t={t}
                />
              ),
          )}
        </div>
      ) : (
        <p className="muted long-run-empty">{t.empty}</p>
      )}
    </section>
  );
}
