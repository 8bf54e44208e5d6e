// The page header: the name, one sentence of what the page shows, the presenter-view toggle, the language and colour menus, and on
// one-column screens a shortcut to the link parameters that follow the results.
import { PresenterToggle } from '../presenter/PresenterToggle';
import { ColorProfileSelect } from '../theme/ColorProfileSelect';
import { LanguageSelect } from '../i18n/LanguageSelect';
import { headerText } from '../i18n/text/header';
import { useText } from '../i18n/useText';

export function AppHeader() {
  const text = useText(headerText);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>QKD Lab</h1>
        <p className="tagline">{text.tagline}</p>
      </div>
      <a className="jump-link" href="#link-parameters">{text.jumpToParameters}</a>
      <PresenterToggle />
      <LanguageSelect />
      <ColorProfileSelect />
    </header>
  );
}
