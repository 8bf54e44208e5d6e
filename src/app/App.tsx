// The page layout: header, notices, the run bar with the preset, the results (readouts and
// distillation) and the parameter panel. Wide screens put the parameters beside the results.
import { ControlPanel } from '../controls/ControlPanel';
import { PresetMenu } from '../controls/PresetMenu';
import { SeedField } from '../controls/SeedField';
import { AbortNotice } from '../run/AbortNotice';
import { DistillPanel } from '../run/DistillPanel';
import { Readouts } from '../run/Readouts';
import { RunControls } from '../run/RunControls';
import { NoticeList } from './NoticeList';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>QKD Lab</h1>
        <p className="tagline">Quantum key distribution, simulated photon by photon.</p>
        {/* On one-column screens the parameters come after the results: a shortcut saves a long scroll. */}
        <a className="jump-link" href="#link-parameters">Go to the link parameters</a>
      </header>
      <NoticeList />
      <main className="layout">
        <section className="panel toolbar" aria-label="Run">
          <PresetMenu />
          <SeedField />
          <RunControls />
        </section>
        <div className="results">
          <AbortNotice />
          <Readouts />
          <DistillPanel />
        </div>
        <ControlPanel />
      </main>
    </div>
  );
}
