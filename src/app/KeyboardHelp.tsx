// The keyboard-help dialog (opened by "?" or the header's button): the page's shortcuts and, below them,
// every term the page uses in plain words. A modal <dialog>: focus stays inside, Escape closes it.
import { useModalDialog } from './useModalDialog';
import { GLOSSARY_TERMS, glossaryText } from '../i18n/text/glossary';
import { headerText } from '../i18n/text/header';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

const SHORTCUTS = ['space', 'help', 'restoreAll', 'tab', 'arrows', 'enter', 'escape'] as const;

export function KeyboardHelp() {
  const isOpen = useAppState((s) => s.isHelpOpen);
  const setHelpOpen = useAppState((s) => s.setHelpOpen);
  const ref = useModalDialog(isOpen);
  const text = useText(headerText);
  const words = useText(glossaryText);

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
      onClick={(e) => {
        if (e.target === e.currentTarget) setHelpOpen(false);
      }}
    >
      <div className="help-body">
        <div className="help-head">
          <h2 id="help-title">{text.helpTitle}</h2>
          <button type="button" className="button" onClick={() => setHelpOpen(false)}>
            {text.close}
          </button>
        </div>
        <table className="help-keys">
          <caption className="visually-hidden">{text.shortcutsHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{text.keyColumn}</th>
              <th scope="col">{text.actionColumn}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((id) => (
              <tr key={id}>
                <th scope="row">
                  <kbd>{text.keys[id]}</kbd>
                </th>
                <td>{text.shortcuts[id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="help-words-title">{words.heading}</h3>
        <dl className="help-words">
          {GLOSSARY_TERMS.map((term) => (
            <div key={term}>
              <dt>{words.terms[term]}</dt>
              <dd>{words.texts[term]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </dialog>
  );
}
