// The seed of the run's random generator: part of the shareable URL, so the same link and seed give
// the same photons and the same key. Fixed while a session is open.
import { useId, useState } from 'react';
import { controlsText } from '../i18n/text/controls';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

const MAX_SEED = 0xffff_ffff;

export function SeedField() {
  const seed = useAppState((s) => s.seed);
  const setSeed = useAppState((s) => s.setSeed);
  const isSessionOpen = useAppState((s) => s.status !== 'idle');
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = useId();
  const text = useText(controlsText);
  const errorId = useId();
  const isValid = draft === null || (/^\d+$/.test(draft.trim()) && Number(draft) <= MAX_SEED);

  function commit(): void {
    if (draft === null) return;
    if (isValid) {
      setSeed(Number(draft));
      setDraft(null);
    }
  }

  return (
    <div className="field seed-field">
      <label htmlFor={inputId}>{text.seed}</label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        value={draft ?? String(seed)}
        disabled={isSessionOpen}
        aria-invalid={isValid ? undefined : true}
        aria-describedby={isValid ? undefined : errorId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {!isValid && (
        <span id={errorId} className="exact-error" role="alert">
          {text.seedError(String(MAX_SEED))}
        </span>
      )}
    </div>
  );
}
