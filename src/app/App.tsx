// The page layout. The first screen holds what a visitor needs in the first minute: the run bar, the link
// scene, the three headline readouts and the block's progress, with the few quick controls beside them (under
// them on phones); every other setting is in a drawer one tap away. Lessons, the plots and the researcher
// tools follow. ?kiosk=1 gets a layout of its own (src/kiosk/KioskLayout.tsx).
import { useCallback, useMemo, useState } from 'react';
import { BeEvePanel } from '../beeve/BeEvePanel';
import { ControlPanel } from '../controls/ControlPanel';
import { QuickControls } from '../controls/QuickControls';
import { ExportPanel } from '../export/ExportPanel';
import { ClassroomLayer } from '../kiosk/ClassroomLayer';
import { KioskLayout } from '../kiosk/KioskLayout';
import { LessonPanel } from '../lessons/LessonPanel';
import { LESSON_IDS } from '../lessons/lessons';
import { LongRunPanel } from '../longrun/LongRunPanel';
import { MessagePanel } from '../message/MessagePanel';
import { NetworkSlot } from '../network/NetworkSlot';
import { HonestyPanel } from '../panels/HonestyPanel';
import { BitStrip } from '../plots/BitStrip';
import { DistancePlot } from '../plots/DistancePlot';
import { FunnelPlot } from '../plots/FunnelPlot';
import { KeyRateTimePlot } from '../plots/KeyRateTimePlot';
import { QberTimePlot } from '../plots/QberTimePlot';
import { AbortNotice } from '../run/AbortNotice';
import { DistillPanel } from '../run/DistillPanel';
import { HeadlineReadouts, MoreReadouts } from '../run/Readouts';
import { RunControls } from '../run/RunControls';
import { AppHeader } from './AppHeader';
import { KeyboardHelp } from './KeyboardHelp';
import { NoticeList } from './NoticeList';
import { SceneSlot } from './SceneSlot';
import { useShortcuts } from './useShortcuts';
import { useAppliedColorProfile } from '../theme/ColorProfileSelect';
import { parseClassroomParams } from '../url/classroomParams';
import { runText } from '../i18n/text/run';
import { useText } from '../i18n/useText';
import '../theme/profiles.css';
import '../plots/plots.css';
import '../panels/panels.css';

function Lessons({ epoch, lessonId }: { epoch: number; lessonId: string | null }) {
  return (
    <div id="lessons" className="lessons-slot">
      <LessonPanel key={`lessons-${epoch}`} initialLessonId={lessonId} />
    </div>
  );
}

export function App() {
  // Lessons and kiosk options come from the address bar once; kiosk's "back to start" remounts the page's panels.
  const classroom = useMemo(() => parseClassroomParams(window.location.search, LESSON_IDS).options, []);
  const [epoch, setEpoch] = useState(0);
  const backToStart = useCallback(() => setEpoch((e) => e + 1), []);
  const text = useText(runText);
  useShortcuts();
  useAppliedColorProfile();
  // A lesson named by the link is what the teacher sent: it opens above the first screen.
  const isLessonFirst = classroom.lessonId !== null;
  return (
    <div className="app">
      <ClassroomLayer options={classroom} onBackToStart={backToStart} />
      {classroom.isKiosk ? (
        <KioskLayout key={`kiosk-${epoch}`} />
      ) : (
        <>
          <AppHeader />
          <NoticeList />
          <main className="layout">
            {isLessonFirst && <Lessons epoch={epoch} lessonId={classroom.lessonId} />}
            <section className="stage" aria-label={text.region}>
              <RunControls />
              <SceneSlot />
              <HeadlineReadouts />
              <AbortNotice />
            </section>
            <div className="side">
              <QuickControls />
              <ControlPanel />
            </div>
            <div className="results">
              {!isLessonFirst && <Lessons epoch={epoch} lessonId={null} />}
              <MoreReadouts />
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
              <MessagePanel />
              <NetworkSlot />
              <ExportPanel />
              <HonestyPanel />
            </div>
          </main>
        </>
      )}
      <KeyboardHelp />
    </div>
  );
}
