// The number box beside a slider for typing an exact value (in % for percentages). Commits on Enter
// or blur through the registry's parser; a bad entry shows the parameter's range and keeps the old value.
import { useId, useState, type KeyboardEvent } from 'react';
import { parseParamValue, describeRange, type NumberParamSpec } from '../../workers/common/params';

interface Props {
  spec: NumberParamSpec;
  value: number;
  disabled: boolean;
  onCommit: (value: number) => void;
}

function toDisplay(spec: NumberParamSpec, value: number): string {
  const shown = spec.percent ? value * 100 : value;
  return String(Number(shown.toPrecision(10)));
}

export function ExactValueInput({ spec, value, disabled, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  function commit(): void {
    if (draft === null) return;
    const typed = draft.trim();
    const asNumber = typed === '' ? Number.NaN : Number(typed);
    const candidate = spec.percent && Number.isFinite(asNumber) ? Number((asNumber / 100).toPrecision(12)) : typed;
    const result = parseParamValue(spec.id, candidate);
    if ('error' in result) {
      const range = spec.percent ? `from ${spec.min * 100} to ${spec.max * 100} %` : describeRange(spec).replace(/^a number /, '');
      setError(`${spec.label} must be ${range}.`);
      return;
    }
    setError(null);
    setDraft(null);
    onCommit(result.value as number);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') { setDraft(null); setError(null); }
  }

  return (
    <span className="exact">
      <input
        className="exact-input"
        type="number"
        inputMode="decimal"
        step="any"
        aria-label={`${spec.label} value`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        value={draft ?? toDisplay(spec, value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span className="exact-unit" aria-hidden="true">{spec.percent ? '%' : spec.unit}</span>
      {error && <span id={errorId} className="exact-error" role="alert">{error}</span>}
    </span>
  );
}
