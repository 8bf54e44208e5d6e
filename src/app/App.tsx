// The page layout: header, notices, the run bar, then the results (abort notice, big readouts, the 3D
// link scene slot, the plots, the key preview and the honesty panel) beside the parameter panel on wide
// screens, and in one column on phones. Each region lives in its own component.
import { ControlPanel } from '../controls/ControlPanel';
import { PresetMenu } from '../controls/PresetMenu';
import { SeedField } from '../controls/SeedField';
import { LongRunPanel } from '../longrun/LongRunPanel';
import { HonestyPanel } from '../panels/HonestyPanel';
import { BitStrip } from '../plots/BitStrip';
import { DistancePlot } from '../plots/DistancePlot';
import { FunnelPlot } from '../plots/FunnelPlot';
import { KeyRateTimePlot } from '../plots/KeyRateTimePlot';
import { QberTimePlot } from '../plots/QberTimePlot';
import { AbortNotice } from '../run/AbortNotice';
import { DistillPanel } from '../run/DistillPanel';
import { Readouts } from '../run/Readouts';
import { RunControls } from '../run/RunControls';
import { AppHeader } from './AppHeader';
import { NoticeList } from './NoticeList';
import { SceneSlot } from './SceneSlot';
import '../theme/profiles.css';
import '../plots/plots.css';
import '../panels/panels.css';

export function App() {
  return (
    <div className="app">
      <AppHeader />
      <NoticeList />
      <main className="layout">
        <section className="panel toolbar" aria-label="Run">
          <PresetMenu />
          <SeedField />
          <RunControls />
        </section>
        <div className="results">
          <AbortNotice />
          <div className="live-row">
            <Readouts />
            <SceneSlot />
          </div>
          <div className="plots-grid">
            <QberTimePlot />
            <KeyRateTimePlot />
            <DistancePlot />
            <FunnelPlot />
            <BitStrip />
          </div>
          <LongRunPanel />
          <DistillPanel />
          <HonestyPanel />
        </div>
        <ControlPanel />
      </main>
    </div>
  );
}
