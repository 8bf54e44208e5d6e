// "Send a message": the run's real final key used. One-time pad: the text's bits XOR as many key bits from the
// buffer (taken once), Bob decrypts with his key, Eve with her guesses of it. AES-256-GCM: a new key from every
// 256 final bits, and how many rekeys per hour the run's key rate supports. Refuses when the key runs out.
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { deriveReadouts } from '../engine/runTotals';
import { formatCount, formatPercent, formatSignificant } from '../format/formatNumber';
import { messageText } from '../i18n/text/message';
import { useText } from '../i18n/useText';
import { Readout } from '../run/Readout';
import { useAppState } from '../store/useAppState';
import { AesRekeyer, open, rekeysPerHour, seal } from './aesRekey';
import { finalKeys } from './keyStore';
import { bitsToHex, bitsToText, decrypt, disagreement, encrypt, textToBits } from './otp';
import './message.css';

type Mode = 'otp' | 'aes';
type Outcome =
  | { kind: 'otp'; bits: number; cipherHex: string; bob: string; eve: string; eveWrong: number }
  | { kind: 'aes'; cipherHex: string; bob: string | null; eve: string | null }
  | { kind: 'refused'; needed: number; available: number }
  | { kind: 'refused-aes' };

const MAX_CHARS = 200;
// Control characters in Eve's garbled bytes would be invisible or break the line: shown as a middle dot.
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '·');
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function MessagePanel() {
  const text = useText(messageText);
  const id = useId();
  const runId = useAppState((s) => s.runId);
  const totals = useAppState((s) => s.totals);
  const finalKeyBits = useAppState((s) => s.summary?.finalKeyBits ?? 0);
  const keys = useSyncExternalStore(finalKeys.subscribe, () => finalKeys.get());
  const [mode, setMode] = useState<Mode>('otp');
  // null until the person types: the example text follows the page's language.
  const [typed, setTyped] = useState<string | null>(null);
  const message = typed ?? text.messageDefault;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [rekeyer, setRekeyer] = useState(() => new AesRekeyer());
  const [rekeys, setRekeys] = useState(0);
  // A new run (or Reset) makes the old run's key unusable: the buffer and the AES keys start again.
  useEffect(() => {
    if (finalKeys.get().runId !== runId) finalKeys.clear(runId);
    setRekeyer(new AesRekeyer());
    setRekeys(0);
    setOutcome(null);
  }, [runId]);
  // In AES mode every whole 256 bits that arrive become the next key.
  useEffect(() => {
    if (mode !== 'aes') return;
    let live = true;
    void rekeyer
      .refresh((n) => finalKeys.take(n))
      .then(() => {
        if (live) setRekeys(rekeyer.count);
      });
    return () => {
      live = false;
    };
  }, [mode, keys.received, rekeyer]);

  const isCurrent = keys.runId === runId;
  const available = isCurrent ? keys.available : 0;
  const rate = deriveReadouts(totals, finalKeyBits).secretKeyRate;

  const send = async () => {
    if (mode === 'otp') {
      const bits = textToBits(message);
      const pads = finalKeys.take(bits.length);
      if (!pads) return setOutcome({ kind: 'refused', needed: bits.length, available: finalKeys.get().available });
      const cipher = encrypt(bits, pads.alice);
      setOutcome({
        kind: 'otp',
        bits: bits.length,
        cipherHex: bitsToHex(cipher),
        bob: bitsToText(decrypt(cipher, pads.bob)),
        eve: bitsToText(decrypt(cipher, pads.eve)),
        eveWrong: disagreement(pads.alice, pads.eve),
      });
      return;
    }
    const k = rekeyer.current;
    if (!k) return setOutcome({ kind: 'refused-aes' });
    const sealed = await seal(k.alice, message);
    setOutcome({
      kind: 'aes',
      cipherHex: hex(sealed.data),
      bob: await open(k.bob, sealed),
      eve: await open(k.eve, sealed),
    });
  };

  const canSend = mode === 'otp' ? available > 0 : rekeys > 0;
  return (
    <section className="panel message-panel" id="message" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{text.title}</h2>
      <p className="muted">{text.intro}</p>
      <Readout label={text.buffer}>
        {text.bufferValue(formatCount(available), formatCount(isCurrent ? keys.consumed : 0))}
      </Readout>
      {isCurrent && keys.dropped > 0 && <p className="muted">{text.bufferDropped(formatCount(keys.dropped))}</p>}
      <fieldset className="message-mode">
        <legend>{text.mode}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'otp'}
            onChange={() => {
              setMode('otp');
              setOutcome(null);
            }}
          />{' '}
          {text.otp}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'aes'}
            onChange={() => {
              setMode('aes');
              setOutcome(null);
            }}
          />{' '}
          {text.aes}
        </label>
      </fieldset>
      {mode === 'aes' && (
        <div className="message-aes">
          <Readout label={text.rekeys}>{text.rekeysValue(formatCount(rekeys))}</Readout>
          <Readout label={text.rekeysPerHour}>
            {rate && rate > 0 ? formatSignificant(rekeysPerHour(rate), 3) : text.noRate}
          </Readout>
          <p className="muted">{text.aesNote}</p>
        </div>
      )}
      <label htmlFor={`${id}-text`}>{text.messageLabel}</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        maxLength={MAX_CHARS}
        value={message}
        onChange={(e) => setTyped(e.target.value)}
      />
      <div className="message-row">
        <button type="button" onClick={() => void send()} disabled={!canSend}>
          {text.send}
        </button>
        {!canSend && <span className="muted">{mode === 'otp' ? text.empty : text.refusedAes}</span>}
      </div>
      {outcome && <OutcomeView outcome={outcome} />}
      <p className="muted">{text.honesty}</p>
    </section>
  );
}

function OutcomeView({ outcome: o }: { outcome: Outcome }) {
  const text = useText(messageText);
  if (o.kind === 'refused') return <p role="alert">{text.refused(formatCount(o.needed), formatCount(o.available))}</p>;
  if (o.kind === 'refused-aes') return <p role="alert">{text.refusedAes}</p>;
  return (
    <div className="message-result">
      {o.kind === 'otp' && <p>{text.used(formatCount(o.bits))}</p>}
      <p>
        {text.cipher}: <code className="message-cipher">{o.cipherHex}</code>
      </p>
      <Readout label={text.bobReads} emphasis>
        {o.bob ?? '—'}
      </Readout>
      <Readout label={text.eveReads}>{o.kind === 'otp' ? printable(o.eve) : '—'}</Readout>
      <p className="muted">{o.kind === 'otp' ? text.eveWrong(formatPercent(o.eveWrong)) : text.eveAesFails}</p>
    </div>
  );
}
