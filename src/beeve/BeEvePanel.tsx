// The "Be Eve" challenge: the visitor picks an attack, its strength and Alice's source, runs the real
// link, and gets a score from that run: caught or not (a block aborted) and how much of the final key Eve
// knows beyond guessing, with the reason she loses against single photons and privacy amplification.
import { useEffect, useId, useState } from 'react';
import type { EveAttack, SourceKind } from '../../workers/common/params';
import { useRunController } from '../engine/runControllerContext';
import { formatPercent } from '../format/formatNumber';
import { useAppState, useAppStore } from '../store/useAppState';
import { beEveVerdict } from './beEveVerdict';
import './beEve.css';

const ATTACKS: { value: Exclude<EveAttack, 'none'>; label: string }[] = [
  { value: 'intercept-resend', label: 'Intercept-resend: measure and resend' },
  { value: 'pns', label: 'Photon-number splitting: keep a spare photon' },
  { value: 'beam-splitting', label: 'Beam splitting: keep the light the fiber loses' },
];
/** Blocks distilled before the challenge stops the run and scores it. */
const BLOCKS_TO_SCORE = 3;
const FIBER_KM = 25;

export function BeEvePanel() {
  const store = useAppStore();
  const controller = useRunController();
  const [attack, setAttack] = useState<Exclude<EveAttack, 'none'>>('intercept-resend');
  const [strength, setStrength] = useState(100);
  const [source, setSource] = useState<SourceKind>('qd');
  const [myRunId, setMyRunId] = useState<number | null>(null);
  const runId = useAppState((s) => s.runId);
  const status = useAppState((s) => s.status);
  const blocksDone = useAppState((s) => s.blocksDone);
  const blocksAborted = useAppState((s) => s.summary?.blocksAborted ?? 0);
  const totals = useAppState((s) => s.totals);
  const agreement = useAppState((s) => s.lastKeyBlock?.eveFinalKeyAgreement ?? null);
  const ids = { attack: useId(), strength: useId(), source: useId() };
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
    s.setParam('interceptFraction', strength / 100);
    s.setSpeed('max');
    controller.start();
    setMyRunId(store.getState().runId);
  };

  const verdict = isMine && blocksDone > 0 ? beEveVerdict({
    attack, source, blocksDone, blocksAborted,
    qberZ: totals.siftedZ > 0 ? totals.errorsZ / totals.siftedZ : null,
    eveKnownSifted: totals.siftedZ > 0 ? totals.eveExactSiftedZ / totals.siftedZ : null,
    eveFinalKeyAgreement: agreement,
  }) : null;

  return (
    <section className="panel be-eve" aria-labelledby="be-eve-title">
      <h2 id="be-eve-title">Be Eve: steal the key unnoticed</h2>
      <p>You are the spy in the fiber ({FIBER_KM} km, classroom link). Pick an attack and try to learn the final key without setting off the alarm.</p>
      <div className="be-eve-controls">
        <div className="field">
          <label htmlFor={ids.attack}>Eve’s attack</label>
          <select id={ids.attack} value={attack} disabled={isRunning} onChange={(e) => setAttack(e.target.value as typeof attack)}>
            {ATTACKS.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
          </select>
        </div>
        {attack === 'intercept-resend' ? (
          <div className="field">
            <label htmlFor={ids.strength}>Attack strength (photons intercepted)</label>
            <input id={ids.strength} type="range" min={0} max={100} step={5} value={strength} disabled={isRunning}
              aria-valuetext={`${strength} %`} onChange={(e) => setStrength(Number(e.target.value))} />
            <span className="be-eve-value" aria-hidden="true">{strength} %</span>
          </div>
        ) : <p className="be-eve-note">This attack works on every pulse it can use; it has no strength setting.</p>}
        <div className="field">
          <label htmlFor={ids.source}>Alice’s emitter</label>
          <select id={ids.source} value={source} disabled={isRunning} onChange={(e) => setSource(e.target.value as SourceKind)}>
            <option value="qd">Quantum dot (single photons)</option>
            <option value="wcp">Attenuated laser (sometimes two photons)</option>
          </select>
        </div>
        <div className="be-eve-buttons">
          <button type="button" className="button primary" onClick={steal} disabled={isRunning}>Steal the key</button>
          {isRunning && <button type="button" className="button" onClick={controller.pause}>Stop the attack</button>}
        </div>
      </div>
      {isMine && !verdict && <p aria-live="polite">Attacking… waiting for Alice and Bob to distil a block.</p>}
      {verdict && (
        <div className={verdict.isCaught ? 'be-eve-result caught' : 'be-eve-result'} aria-live="polite">
          <p className="be-eve-headline"><strong>{verdict.headline}</strong></p>
          <dl className="be-eve-score">
            <div><dt>Caught</dt><dd>{verdict.isCaught ? `yes (${blocksAborted} of ${blocksDone} blocks aborted)` : `no (${blocksDone} blocks distilled)`}</dd></div>
            <div><dt>Eve’s knowledge of the final key</dt><dd>{formatPercent(verdict.finalKeyKnowledge)} beyond guessing</dd></div>
          </dl>
          <p>{verdict.why}</p>
        </div>
      )}
    </section>
  );
}
