// The five guided lessons as language-neutral structure: the link each one sets up, the controls it points
// at, its exercise widget and its tasks' checks (lessonChecks.ts). Their words live in src/i18n/text/lessons.ts.
import type { LinkParams, ParamId } from '../../workers/common/params';
import type { CheckId } from './lessonChecks';

export type LessonWidget = 'sifting' | 'miss-chance' | 'multi-photon' | 'plob' | 'cascade' | null;

export type LessonId = 'bb84-photons' | 'catch-eve' | 'single-photons' | 'how-far' | 'raw-to-secret';

export interface Lesson {
  id: LessonId;
  /** Applied on top of the classroom preset when the lesson opens. */
  setup: Partial<LinkParams>;
  /** Controls the lesson uses; they are outlined in the parameter panel. */
  highlight: ParamId[];
  widget: LessonWidget;
  /** One check per task, in the order the tasks are shown (task texts: task1, task2, … in the catalogue). */
  checks: CheckId[];
}

export const LESSONS: readonly Lesson[] = [
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
];

export const LESSON_IDS: readonly LessonId[] = LESSONS.map((l) => l.id);

export function lessonById(id: string | null): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
