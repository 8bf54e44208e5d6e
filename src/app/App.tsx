// The page layout: header, notices, the run bar, then the results (abort notice, big readouts, the 3D
// link scene slot, the plots, the key preview and the honesty panel) beside the parameter panel on wide
// screens, and in one column on phones. Each region lives in its own component.
import { useCallback, useMemo, useState } from 'react';
import { BeEvePanel } from '../beeve/BeEvePanel';
import { ControlPanel } from '../controls/ControlPanel';
import { ExportPanel } from '../export/ExportPanel';
import { ClassroomLayer } from '../kiosk/ClassroomLayer';
import { LessonPanel } from '../lessons/LessonPanel';
import { LESSON_IDS } from '../lessons/lessons';
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
import { parseClassroomParams } from '../url/classroomParams';
import { runText } from '../i18n/text/run';
import { useText } from '../i18n/useText';
import '../theme/profiles.css';
import '../plots/plots.css';
import '../panels/panels.css';

export function App() {
  // Lessons and kiosk options come from the address bar once; kiosk's "back to start" remounts the classroom panels.
  const classroom = useMemo(() => parseClassroomParams(window.location.search, LESSON_IDS).options, []);
  const [epoch, setEpoch] = useState(0);
  const backToStart = useCallback(() => setEpoch((e) => e + 1), []);
  const text = useText(runText);
  return (
    <div className="app">
      <ClassroomLayer options={classroom} onBackToStart={backToStart} />
      <AppHeader />
      <NoticeList />
      <main className="layout">
        <section className="panel toolbar" aria-label={text.region}>
          <PresetMenu />
          <SeedField />
          <RunControls />
        </section>
        <div className="results">
          <AbortNotice />
          <LessonPanel key={`lessons-${epoch}`} initialLessonId={classroom.lessonId} />
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
          <BeEvePanel key={`be-eve-${epoch}`} />
          <LongRunPanel />
          <DistillPanel />
          <ExportPanel />
          <HonestyPanel />
        </div>
        <ControlPanel />
      </main>
    </div>
  );
}
