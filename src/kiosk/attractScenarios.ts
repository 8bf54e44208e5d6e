// The kiosk's attract loop as data: a few short scenarios on the classroom link (a clean key, intercept-
// resend caught, a long fiber), each with a caption for passers-by and how long it plays.
import type { LinkParams } from '../../workers/common/params';
import type { SpeedId } from '../engine/simClock';

export interface AttractScenario {
  id: string;
  caption: string;
  /** Applied on top of the classroom preset. */
  setup: Partial<LinkParams>;
  durationS: number;
  /** Real time where the link is bright enough to watch; faster for the long fiber. */
  speed: SpeedId;
}

export const ATTRACT_SCENARIOS: readonly AttractScenario[] = [
  { id: 'clean', caption: 'A clean link: single photons become a shared secret key.', setup: { eve: 'none', fiberLengthKm: 5 }, durationS: 20, speed: 'x1' },
  { id: 'caught', caption: 'A spy measures every photon: errors jump to 25 % and the key is thrown away.', setup: { eve: 'intercept-resend', interceptFraction: 1, fiberLengthKm: 5 }, durationS: 20, speed: 'x1' },
  { id: 'long', caption: 'A 120 km fiber: only about 1 photon in 250 gets through, and the key slows to a trickle.', setup: { eve: 'none', fiberLengthKm: 120 }, durationS: 20, speed: 'x100' },
];

/** The scenario after `index`, wrapping round. */
export function nextScenarioIndex(index: number, count = ATTRACT_SCENARIOS.length): number {
  return (index + 1) % count;
}
