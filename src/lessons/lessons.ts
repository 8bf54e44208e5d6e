// The five guided lessons as language-neutral structure: the link each one sets up, the controls it points
// at, its exercise widget and its tasks' checks (lessonChecks.ts). Their words live in src/i18n/text/lessons.ts.
import type { LinkParams, ParamId } from '../../workers/common/params';
import type { CheckId } from './lessonChecks';

export type LessonWidget = 'sifting' | 'miss-chance' | 'multi-photon' | 'plob' | 'cascade' | null;

export type LessonId = 'bb84-photons' | 'catch-eve' | 'single-photons' | 'how-far' | 'raw-to-secret';

export interface Lesson {
  id: LessonId;
  /** Applied on top of the classroom preset when the lesson opens. */
  setup: Readonly<Partial<LinkParams>>;
  /** Controls the lesson uses; they are outlined in the parameter panel. */
  highlight: readonly ParamId[];
  widget: LessonWidget;
  /**
   * One check per task, in the order the tasks are shown. The catalogue's task texts are typed from this list
   * (task1 … taskN, LessonTaskKey), so a task without text or text without a check fails the type check.
   */
  checks: readonly CheckId[];
}

/** The lessons with their literal types kept, so the text catalogue can be typed from each lesson's checks. */
const LESSON_LIST = [
  {
    id: 'bb84-photons',
    setup: { eve: 'none' },
    highlight: [],
    widget: 'sifting',
    checks: ['sortedDetections'],
  },
  {
    id: 'catch-eve',
    setup: { eve: 'none', interceptFraction: 1 },
    highlight: ['eve', 'interceptFraction', 'cloningDisturbance'],
    widget: 'miss-chance',
    checks: ['qberPastThreshold', 'millionToOne', 'gentleCloner'],
  },
  {
    id: 'single-photons',
    setup: { source: 'wcp', decoy: 'none', meanPhotonNumber: 0.6, fiberLengthKm: 50, eve: 'pns' },
    highlight: ['source', 'decoy', 'eve', 'g2Zero'],
    widget: 'multi-photon',
    checks: ['pnsReadsLaser', 'decoysCatchPns', 'pnsFailsOnDot'],
  },
  {
    id: 'how-far',
    setup: { eve: 'none', fiberLengthKm: 5, darkCountRateHz: 10 },
    highlight: ['fiberLengthKm', 'darkCountRateHz', 'classicalChannel', 'classicalLaunchPowerDbm'],
    widget: 'plob',
    checks: ['longFiber', 'darkCountsWin', 'experimentKey', 'classicalKillsKey'],
  },
  {
    id: 'raw-to-secret',
    setup: { eve: 'intercept-resend', interceptFraction: 0.1, blockSizeBits: 4000 },
    highlight: ['blockSizeBits', 'interceptFraction'],
    widget: 'cascade',
    checks: ['tracedKeyBlock', 'walkedToFix', 'eveAtCoinFlip'],
  },
] as const satisfies readonly Lesson[];

export const LESSONS: readonly Lesson[] = LESSON_LIST;

/** The checks of one lesson, in task order, as a tuple type. */
export type LessonChecks<Id extends LessonId> = Extract<(typeof LESSON_LIST)[number], { id: Id }>['checks'];

/** Task keys by position: the first check's text is task1, and so on. */
type TaskKeys = ['task1', 'task2', 'task3', 'task4', 'task5', 'task6', 'task7', 'task8'];

/** 'task1' | … | 'taskN' for a tuple of N checks (a mapped type over a tuple parameter maps its elements only). */
type TaskKeysOf<C extends readonly unknown[]> = {
  [I in keyof C]: I extends keyof TaskKeys ? TaskKeys[I] : never;
}[number];

/** The task text keys a lesson's catalogue must have: exactly one per check ('task1' | 'task2' | …). */
export type LessonTaskKey<Id extends LessonId> = TaskKeysOf<LessonChecks<Id>>;

/** The catalogue key of task `index` (0-based), the runtime twin of LessonTaskKey. */
export function taskKey(index: number): string {
  return `task${index + 1}`;
}

export const LESSON_IDS: readonly LessonId[] = LESSONS.map((l) => l.id);

export function lessonById(id: string | null): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
