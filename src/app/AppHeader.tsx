// The page header: the name, one sentence of what the page shows, the presenter-view toggle, the colour-profile menu, and on
// one-column screens a shortcut to the link parameters that follow the results.
import { PresenterToggle } from '../presenter/PresenterToggle';
import { ColorProfileSelect } from '../theme/ColorProfileSelect';

export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>QKD Lab</h1>
        <p className="tagline">Single photons travel down a fiber; most are lost; the survivors become a secret key, and a spy leaves fingerprints.</p>
      </div>
      <a className="jump-link" href="#link-parameters">Go to the link parameters</a>
      <PresenterToggle />
      <ColorProfileSelect />
    </header>
  );
}
