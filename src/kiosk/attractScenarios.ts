// The kiosk's attract loop as data: a few short scenarios on the classroom link (a clean key, intercept-
// resend caught, a long fiber) and how long each plays; their captions are in src/i18n/text/kiosk.ts by id.
import type { LinkParams } from '../../workers/common/params';
import type { SpeedId } from '../engine/simClock';

export type AttractScenarioId = 'clean' | 'caught' | 'long';

export interface AttractScenario {
  id: AttractScenarioId;
  /** Applied on top of the classroom preset. */
  setup: Partial<LinkParams>;
  durationS: number;
  /** Real time where the link is bright enough to watch; faster for the long fiber. */
  speed: SpeedId;
}

export const ATTRACT_SCENARIOS: readonly AttractScenario[] = [
  { id: 'clean', setup: { eve: 'none', fiberLengthKm: 5 }, durationS: 20, speed: 'x1' },
  {
    id: 'caught',
    setup: { eve: 'intercept-resend', interceptFraction: 1, fiberLengthKm: 5 },
    durationS: 20,
    speed: 'x1',
  },
  { id: 'long', setup: { eve: 'none', fiberLengthKm: 120 }, durationS: 20, speed: 'x100' },
];

/** The scenario after `index`, wrapping round. */
export function nextScenarioIndex(index: number, count = ATTRACT_SCENARIOS.length): number {
  return (index + 1) % count;
}
