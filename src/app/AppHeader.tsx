// The page header: the name, one sentence of what the page shows, a link to the lessons, the keyboard
// help, the presenter-view toggle, and the language and colour menus.
import { PresenterToggle } from '../presenter/PresenterToggle';
import { ColorProfileSelect } from '../theme/ColorProfileSelect';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { headerText } from '../i18n/text/header';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function AppHeader() {
  const text = useText(headerText);
  const setHelpOpen = useAppState((s) => s.setHelpOpen);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>QKD Lab</h1>
        <p className="tagline">{text.tagline}</p>
      </div>
      <div className="header-tools">
        <a className="lessons-link" href="#lessons">
          {text.lessonsLink}
        </a>
        <button type="button" className="button help-button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          <span aria-hidden="true" className="help-glyph">
            ?
          </span>{' '}
          <span className="help-text">{text.helpButton}</span>
        </button>
        <PresenterToggle />
        <LanguageSelect />
        <ColorProfileSelect />
      </div>
    </header>
  );
}
