// One live readout: a labelled value with role="status" whose accessible name is its label, so a
// person (and a test) finds "QBER" or "Secret key rate" by name. Not announced on every update.
// An optional "What is …?" button explains the term without changing that name.
import { useId, type ReactNode } from 'react';
import { TermTip } from '../app/TermTip';
import type { GlossaryTerm } from '../i18n/text/glossary';

interface Props {
  label: string;
  children: ReactNode;
  detail?: ReactNode;
  emphasis?: boolean;
  term?: GlossaryTerm;
}

export function Readout({ label, children, detail, emphasis, term }: Props) {
  const labelId = useId();
  return (
    <div className={emphasis ? 'readout readout-emphasis' : 'readout'}>
      <span className="readout-head">
        <span id={labelId} className="readout-label">
          {label}
        </span>
        {term && <TermTip term={term} />}
      </span>
      {/* aria-live off: values change ten times a second; the run status is what gets announced. */}
      <span role="status" aria-live="off" aria-labelledby={labelId} className="readout-value">
        {children}
      </span>
      {detail && <span className="readout-detail">{detail}</span>}
    </div>
  );
}
