// The lessons panel: a list of the five lessons, or the open lesson with its text, its tasks (each with
// an automatic check against the live state), progress, the lesson's own exercise, and the controls it
// uses outlined in the parameter panel. Opened from the list or by ?lesson=<id>.
import { useCallback, useEffect, useState } from 'react';
import { useLocale, useText } from '../i18n/useText';
import { controlsText } from '../i18n/text/controls';
import { lessonText } from '../i18n/text/lessons';
import { lessonPanelText } from '../i18n/text/lessonWidgets';
import { useAppState } from '../store/useAppState';
import { CascadeWalk } from './CascadeWalk';
import { CHECKS } from './lessonChecks';
import { LESSONS, lessonById, type Lesson } from './lessons';
import { emptyLearnerProgress, lessonSnapshot, type LearnerProgress } from './lessonSnapshot';
import { MissChance } from './MissChance';
import { MultiPhotonNote } from './MultiPhotonNote';
import { PlobNote } from './PlobNote';
import { SiftingExercise } from './SiftingExercise';
import { useLessonSetup, writeLessonToUrl } from './useLessonSetup';
import { useParamHighlight } from './useParamHighlight';
import './lessons.css';

/** Scrolls the parameter panel (and the page) to the first outlined control the lesson uses. */
function showFirstControl(lesson: Lesson): void {
  const el = lesson.highlight.map((id) => document.querySelector(`[data-param="${id}"]`)).find((e) => e !== null);
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el?.querySelector<HTMLElement>('select, input')?.focus({ preventScroll: true });
}

function LessonList({ onOpen, doneIds }: { onOpen: (l: Lesson) => void; doneIds: Set<string> }) {
  const locale = useLocale();
  const ui = useText(lessonPanelText);
  return (
    <ol className="lesson-list">
      {LESSONS.map((l, i) => {
        const text = lessonText(l.id, locale);
        return (
          <li key={l.id}>
            <button type="button" className="button lesson-open" onClick={() => onOpen(l)}>
              <span className="lesson-open-title">
                {ui.heading(i + 1, text.title)}
                {doneIds.has(l.id) ? ' ✓' : ''}
              </span>
            </button>
            <span className="lesson-open-summary">{text.summary}</span>
          </li>
        );
      })}
    </ol>
  );
}

function OpenLesson({
  lesson,
  onClose,
  onOpen,
  onComplete,
}: {
  lesson: Lesson;
  onClose: () => void;
  onOpen: (l: Lesson) => void;
  onComplete: () => void;
}) {
  const [learner, setLearner] = useState<LearnerProgress>(emptyLearnerProgress);
  const [done, setDone] = useState<boolean[]>(() => lesson.checks.map(() => false));
  const locale = useLocale();
  const ui = useText(lessonPanelText);
  const panelName = useText(controlsText).linkParameters;
  const text = lessonText(lesson.id, locale);
  const params = useAppState((s) => s.params);
  const totals = useAppState((s) => s.totals);
  const blocksDone = useAppState((s) => s.blocksDone);
  const summary = useAppState((s) => s.summary);
  const lastKeyBlock = useAppState((s) => s.lastKeyBlock);
  const newestBlock = useAppState((s) => s.blockReports.at(-1) ?? null);
  const snapshot = lessonSnapshot({ params, totals, blocksDone, summary, lastKeyBlock, newestBlock }, learner);
  useParamHighlight(lesson.highlight);

  const results = lesson.checks.map((check) => CHECKS[check](snapshot));
  const resultsKey = results.join();
  useEffect(() => {
    // A task stays done once its check passed (the run may move on, e.g. after Pause or Reset).
    setDone((prev) => prev.map((d, i) => d || resultsKey.split(',')[i] === 'true'));
  }, [resultsKey]);
  const doneCount = done.filter(Boolean).length;
  const isComplete = doneCount === lesson.checks.length;
  useEffect(() => {
    if (isComplete) onComplete();
  }, [isComplete, onComplete]);

  const onSift = useCallback(
    (shown: number, correct: number) => setLearner((p) => ({ ...p, siftShown: shown, siftCorrect: correct })),
    [],
  );
  const onCheckedBits = useCallback((n: number | null) => setLearner((p) => ({ ...p, checkedBits: n })), []);
  const onCascade = useCallback(
    (seen: number, fix: boolean) =>
      setLearner((p) => ({ ...p, cascadeStepsSeen: seen, hasSeenCascadeFix: p.hasSeenCascadeFix || fix })),
    [],
  );
  const index = LESSONS.indexOf(lesson);
  const next = LESSONS[index + 1] ?? null;

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-head">
        <h2 id="lesson-title">{ui.heading(index + 1, text.title)}</h2>
        <p className="lesson-progress">{ui.progress(doneCount, lesson.checks.length)}</p>
        <button type="button" className="button small" onClick={onClose}>
          {ui.allLessons}
        </button>
      </header>
      <div className="lesson-body">
        <div className="lesson-text">
          {text.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        <ol className="lesson-tasks">
          {text.tasks.map((t, i) => {
            const isDone = done[i];
            const isCurrent = !isDone && done.slice(0, i).every(Boolean);
            return (
              <li key={i} className={isDone ? 'task done' : isCurrent ? 'task current' : 'task'}>
                <p className="task-goal">
                  <strong>
                    {ui.task(i + 1)}
                    {isDone ? ui.taskDone : ''}:
                  </strong>{' '}
                  {t.goal}
                </p>
                {!isDone && (
                  <ul>
                    {t.steps.map((s, j) => (
                      <li key={j}>{s}</li>
                    ))}
                  </ul>
                )}
                {isDone && (
                  <p className="task-done" aria-live="polite">
                    {t.done}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </div>
      {lesson.widget === 'sifting' && <SiftingExercise onProgress={onSift} />}
      {lesson.widget === 'miss-chance' && <MissChance onCheckedBits={onCheckedBits} />}
      {lesson.widget === 'multi-photon' && <MultiPhotonNote />}
      {lesson.widget === 'plob' && <PlobNote />}
      {lesson.widget === 'cascade' && <CascadeWalk onStep={onCascade} />}
      {lesson.highlight.length > 0 && (
        <p className="lesson-hint">
          {ui.controlsOutlined(panelName)}{' '}
          <button type="button" className="button small" onClick={() => showFirstControl(lesson)}>
            {ui.showThem}
          </button>
        </p>
      )}
      <div className="lesson-actions">
        <button type="button" className="button small" onClick={() => onOpen(lesson)}>
          {ui.setUpAgain}
        </button>
        {isComplete && (
          <p className="lesson-complete" aria-live="polite">
            {ui.complete}
          </p>
        )}
        {next && (
          <button type="button" className={isComplete ? 'button primary' : 'button'} onClick={() => onOpen(next)}>
            {ui.nextLesson(lessonText(next.id, locale).title)}
          </button>
        )}
      </div>
    </article>
  );
}

export function LessonPanel({ initialLessonId }: { initialLessonId: string | null }) {
  const [lesson, setLesson] = useState<Lesson | null>(() => lessonById(initialLessonId));
  const [doneIds, setDoneIds] = useState<Set<string>>(() => new Set());
  const setUp = useLessonSetup();
  // A lesson opened by its link gets its link set up once, as if chosen from the list.
  const [isInitialSetUp, setInitialSetUp] = useState(false);
  useEffect(() => {
    if (lesson && !isInitialSetUp) {
      setInitialSetUp(true);
      setUp(lesson);
    }
  }, [lesson, isInitialSetUp, setUp]);

  const open = useCallback(
    (l: Lesson) => {
      setInitialSetUp(true);
      setUp(l);
      setLesson(l);
    },
    [setUp],
  );
  const close = useCallback(() => {
    setLesson(null);
    writeLessonToUrl(null);
  }, []);
  const id = lesson?.id;
  const complete = useCallback(() => {
    if (id) setDoneIds((s) => (s.has(id) ? s : new Set(s).add(id)));
  }, [id]);
  const ui = useText(lessonPanelText);

  return (
    <section className="panel lessons" aria-label={ui.lessons}>
      {lesson ? (
        <OpenLesson key={lesson.id} lesson={lesson} onClose={close} onOpen={open} onComplete={complete} />
      ) : (
        <>
          <h2>{ui.lessons}</h2>
          <LessonList onOpen={open} doneIds={doneIds} />
        </>
      )}
    </section>
  );
}
