// A "What is …?" button beside a term (QBER, g2(0), seed…) that shows its plain-word explanation under
// it: one tap away, never in the way. The term's own control keeps its accessible name; this is a separate button.
import { useEffect, useId, useRef, useState } from 'react';
import { glossaryText, type GlossaryTerm } from '../i18n/text/glossary';
import { useText } from '../i18n/useText';

export function TermTip({ term }: { term: GlossaryTerm }) {
  const [isOpen, setOpen] = useState(false);
  const textId = useId();
  const rootRef = useRef<HTMLSpanElement>(null);
  const t = useText(glossaryText);
  const entry = { term: t.terms[term], text: t.texts[term] };

  // A tap elsewhere closes it, as a tooltip would; Escape too (and gives the focus back to the button).
  useEffect(() => {
    if (!isOpen) return;
    const onDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [isOpen]);

  return (
    <span ref={rootRef} className="term-tip" data-open={isOpen ? 'true' : undefined}>
      <button
        type="button"
        className="term-button"
        aria-expanded={isOpen}
        aria-controls={textId}
        aria-label={term === 'preset' ? t.whatIsPreset : t.whatIs(entry.term)}
        onClick={() => setOpen(!isOpen)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && isOpen) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <span aria-hidden="true" className="term-glyph">
          ?
        </span>
      </button>
      <span id={textId} className="term-text" hidden={!isOpen}>
        {entry.text}
      </span>
    </span>
  );
}
