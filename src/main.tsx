// Entry point of the QKD Lab web app: builds the store from the URL, starts the URL sync and the
// worker engine, and mounts the React tree. All simulation work happens in Web Workers (src/engine).
// First: in a frame of another site this stops the app before anything else runs.
import './security/frameGuard';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createEngines } from './engine/engines';
import { EnginesContext } from './engine/enginesContext';
import { createAppStore } from './store/appState';
import { AppStoreContext } from './store/useAppState';
import { loadStateFromUrl, startUrlSync } from './url/urlSync';
import { startLocaleSync } from './i18n/applyLocale';
import { startAppUpdates } from './update/appUpdate';
import { withDefaultPreset } from './app/defaultLink';
import { defaultSettingsOpen } from './app/layoutDefaults';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/results.css';
import './styles/firstScreen.css';

const store = createAppStore();
// A bare address loads the default preset (src/app/defaultLink.ts); links that name their state keep it.
loadStateFromUrl(store, withDefaultPreset(window.location.search));
store.getState().setSettingsOpen(defaultSettingsOpen());
startLocaleSync(store);
startUrlSync(store);
startAppUpdates();
const engines = createEngines(store);
// Load one photon and one distillation worker while the page is idle, so pressing Start does not also
// parse and compile both worker bundles (on a 2-core machine that stretched the Start click to ~50 ms).
if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(engines.prewarm, { timeout: 3000 });
else setTimeout(engines.prewarm, 1000);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext.Provider value={store}>
      <EnginesContext.Provider value={engines}>
        <App />
      </EnginesContext.Provider>
    </AppStoreContext.Provider>
  </StrictMode>,
);
