// The "Be Eve" challenge: the visitor picks an attack, its strength and Alice's source, runs the real
// link, and gets a score from that run: caught or not (a block aborted) and how much of the final key Eve
// knows beyond guessing, with the reason she loses against single photons and privacy amplification.
import { useEffect, useId, useState } from 'react';
import { EVE_ATTACKS, type EveAttack, type SourceKind } from '../../workers/common/params';
import { useRunController } from '../engine/enginesContext';
import { formatPercent } from '../format/formatNumber';
import { beEveText } from '../i18n/text/beeve';
import { useText } from '../i18n/useText';
import { useAppState, useAppStore } from '../store/useAppState';
import { beEveVerdict } from './beEveVerdict';
import './beEve.css';

/** Every attack of the registry but 'none', in the Eavesdropper menu's order. */
const ATTACKS = EVE_ATTACKS.filter((a): a is Exclude<EveAttack, 'none'> => a !== 'none');
const EMITTERS: readonly SourceKind[] = ['qd', 'wcp'];
/** Blocks distilled before the challenge stops the run and scores it. */
const BLOCKS_TO_SCORE = 3;
const FIBER_KM = 25;

export function BeEvePanel() {
  const store = useAppStore();
  const controller = useRunController();
  const text = useText(beEveText);
  const [attack, setAttack] = useState<Exclude<EveAttack, 'none'>>('intercept-resend');
  const [strength, setStrength] = useState(100);
  const [disturbance, setDisturbance] = useState(10);
  const [source, setSource] = useState<SourceKind>('qd');
  const [myRunId, setMyRunId] = useState<number | null>(null);
  const runId = useAppState((s) => s.runId);
  const status = useAppState((s) => s.status);
  const blocksDone = useAppState((s) => s.blocksDone);
  const blocksAborted = useAppState((s) => s.summary?.blocksAborted ?? 0);
  const totals = useAppState((s) => s.totals);
  const agreement = useAppState((s) => s.lastKeyBlock?.eveFinalKeyAgreement ?? null);
  const ids = { attack: useId(), strength: useId(), disturbance: useId(), source: useId() };
  const isMine = myRunId !== null && myRunId === runId;
  const isRunning = isMine && (status === 'running' || status === 'starting');

  useEffect(() => {
    if (isRunning && (blocksDone >= BLOCKS_TO_SCORE || blocksAborted > 0)) controller.pause();
  }, [isRunning, blocksDone, blocksAborted, controller]);

  const steal = () => {
    controller.reset();
    const s = store.getState();
    s.applyPreset('ideal-classroom');
    s.setParam('source', source);
    s.setParam('decoy', 'none');
    s.setParam('fiberLengthKm', FIBER_KM);
    s.setParam('eve', attack);
    // Cloning attacks every photon; its strength is how much it disturbs each one.
    s.setParam('interceptFraction', attack === 'phase-covariant-cloning' ? 1 : strength / 100);
    if (attack === 'phase-covariant-cloning') s.setParam('cloningDisturbance', disturbance / 100);
    s.setSpeed('max');
    controller.start();
    setMyRunId(store.getState().runId);
  };

  const verdict =
    isMine && blocksDone > 0
      ? beEveVerdict(
          {
            attack,
            source,
            blocksDone,
            blocksAborted,
            qberZ: totals.siftedZ > 0 ? totals.errorsZ / totals.siftedZ : null,
            eveKnownSifted: totals.siftedZ > 0 ? totals.eveExactSiftedZ / totals.siftedZ : null,
            eveAgreementSifted: totals.siftedZ > 0 ? totals.eveAgreeSiftedZ / totals.siftedZ : null,
            eveFinalKeyAgreement: agreement,
          },
          text.verdict,
        )
      : null;

  return (
    <section className="panel be-eve" aria-labelledby="be-eve-title">
      <h2 id="be-eve-title">{text.title}</h2>
      <p>{text.intro(FIBER_KM)}</p>
      <div className="be-eve-controls">
        <div className="field">
          <label htmlFor={ids.attack}>{text.attack}</label>
          <select
            id={ids.attack}
            value={attack}
            disabled={isRunning}
            onChange={(e) => setAttack(e.target.value as typeof attack)}
          >
            {ATTACKS.map((a) => (
              <option key={a} value={a}>
                {text.attacks[a]}
              </option>
            ))}
          </select>
        </div>
        {attack === 'intercept-resend' ? (
          <div className="field">
            <label htmlFor={ids.strength}>{text.strength}</label>
            <input
              id={ids.strength}
              type="range"
              min={0}
              max={100}
              step={5}
              value={strength}
              disabled={isRunning}
              aria-valuetext={`${strength} %`}
              onChange={(e) => setStrength(Number(e.target.value))}
            />
            <span className="be-eve-value" aria-hidden="true">
              {strength} %
            </span>
          </div>
        ) : attack === 'phase-covariant-cloning' ? (
          <div className="field">
            <label htmlFor={ids.disturbance}>{text.disturbance}</label>
            <input
              id={ids.disturbance}
              type="range"
              min={0}
              max={50}
              step={1}
              value={disturbance}
              disabled={isRunning}
              aria-valuetext={`${disturbance} %`}
              onChange={(e) => setDisturbance(Number(e.target.value))}
            />
            <span className="be-eve-value" aria-hidden="true">
              {disturbance} %
            </span>
          </div>
        ) : (
          <p className="be-eve-note">{text.noStrength}</p>
        )}
        <div className="field">
          <label htmlFor={ids.source}>{text.emitter}</label>
          <select
            id={ids.source}
            value={source}
            disabled={isRunning}
            onChange={(e) => setSource(e.target.value as SourceKind)}
          >
            {EMITTERS.map((e) => (
              <option key={e} value={e}>
                {text.emitters[e]}
              </option>
            ))}
          </select>
        </div>
        <div className="be-eve-buttons">
          <button type="button" className="button primary" onClick={steal} disabled={isRunning}>
            {text.steal}
          </button>
          {isRunning && (
            <button type="button" className="button" onClick={controller.pause}>
              {text.stop}
            </button>
          )}
        </div>
      </div>
      {isMine && !verdict && <p aria-live="polite">{text.attacking}</p>}
      {verdict && (
        <div className={verdict.isCaught ? 'be-eve-result caught' : 'be-eve-result'} aria-live="polite">
          <p className="be-eve-headline">
            <strong>{verdict.headline}</strong>
          </p>
          <dl className="be-eve-score">
            <div>
              <dt>{text.caught}</dt>
              <dd>{verdict.isCaught ? text.caughtYes(blocksAborted, blocksDone) : text.caughtNo(blocksDone)}</dd>
            </div>
            <div>
              <dt>{text.knowledge}</dt>
              <dd>{text.beyondGuessing(formatPercent(verdict.finalKeyKnowledge))}</dd>
            </div>
          </dl>
          <p>{verdict.why}</p>
        </div>
      )}
    </section>
  );
}
