// Lesson 2's calculator: the chance that a full intercept-resend attack leaves no error on n checked bits,
// 0.75ⁿ, for the current intercept fraction f, (1 − f/4)ⁿ, and for a cloner of disturbance D, (1 − f·D)ⁿ.
import { useId, useState, type ReactNode } from 'react';
import { formatCount, formatSignificant } from '../format/formatNumber';
import { missChanceText } from '../i18n/text/lessonWidgets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { chanceParts, missChance, missChanceCloning } from './lessonChecks';

function asChance(perBitMiss: number, n: number, oneIn: (count: string) => string): ReactNode {
  const c = chanceParts(perBitMiss, n);
  if (c.kind === 'percent') return `${formatSignificant(c.percent, 3)} %`;
  if (c.kind === 'zero') return '0';
  return (
    <>
      {formatSignificant(c.mantissa, 3)} × 10<sup>−{-c.exponent}</sup> {c.oneIn !== null && oneIn(formatCount(c.oneIn))}
    </>
  );
}

export function MissChance({ onCheckedBits }: { onCheckedBits: (n: number | null) => void }) {
  const [typed, setTyped] = useState('10');
  const fraction = useAppState((s) => (s.params.eve === 'intercept-resend' ? s.params.interceptFraction : 1));
  const caughtPerBit = formatSignificant(fraction / 4, 3);
  // A cloner on a share f of the photons puts an error on f·D of the checked bits.
  const clonerError = useAppState((s) =>
    s.params.eve === 'phase-covariant-cloning' ? s.params.interceptFraction * s.params.cloningDisturbance : null,
  );
  const inputId = useId();
  const text = useText(missChanceText);
  const n = /^\d+$/.test(typed) ? Number(typed) : null;

  return (
    <div className="miss-chance">
      <label htmlFor={inputId}>{text.checkedBits}</label>
      <input
        id={inputId}
        type="number"
        min={0}
        max={10000}
        step={1}
        value={typed}
        inputMode="numeric"
        onChange={(e) => {
          setTyped(e.target.value);
          onCheckedBits(/^\d+$/.test(e.target.value) ? Number(e.target.value) : null);
        }}
      />
      {n === null ? (
        <p className="lesson-hint">{text.wholeNumber}</p>
      ) : (
        <p aria-live="polite">
          {text.lead(n)}
          {formatSignificant(0.75, 2)}
          <sup>{n}</sup> = <strong>{asChance(missChance(1), n, text.oneIn)}</strong>
          {fraction < 1 && (
            <>
              {text.withFraction(Math.round(fraction * 100))}(1 − {caughtPerBit})<sup>{n}</sup> ={' '}
              {asChance(missChance(1, fraction), n, text.oneIn)}
            </>
          )}
          {clonerError !== null && (
            <>
              {text.withCloner(formatSignificant(clonerError * 100, 3))}(1 − {formatSignificant(clonerError, 3)})
              <sup>{n}</sup> = {asChance(missChanceCloning(1, clonerError), n, text.oneIn)}
            </>
          )}
        </p>
      )}
    </div>
  );
}
