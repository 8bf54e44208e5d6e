// The five guided lessons as data: plain-words text for a 15-year-old, the link each one sets up, the
// controls it points at, and tasks whose automatic checks (lessonChecks.ts) read the live state.
import type { LinkParams, ParamId } from '../../workers/common/params';
import type { CheckId } from './lessonChecks';

export type LessonWidget = 'sifting' | 'miss-chance' | 'plob' | 'cascade' | null;

export interface LessonTask {
  /** What to do, in order, naming buttons and controls as they are labelled on the page. */
  steps: string[];
  /** The goal the check confirms. */
  goal: string;
  check: CheckId;
  /** Shown once the check passes: what just happened and why. */
  done: string;
}

export interface Lesson {
  id: string;
  title: string;
  /** One line for the lesson list. */
  summary: string;
  paragraphs: string[];
  /** Applied on top of the classroom preset when the lesson opens. */
  setup: Partial<LinkParams>;
  /** Controls the lesson uses; they are outlined in the parameter panel. */
  highlight: ParamId[];
  widget: LessonWidget;
  tasks: LessonTask[];
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'bb84-photons',
    title: 'BB84, photon by photon',
    summary: 'Bases, bits and sifting: how two strangers end up with the same random bits.',
    paragraphs: [
      'Alice sends single photons to Bob. Each photon carries one bit, written in one of two "bases": Z (the bit is, say, horizontal or vertical polarisation) or X (the bit is one of the two diagonals). For every photon she picks the basis and the bit at random.',
      'Bob cannot know Alice\'s basis, so he picks Z or X at random too. If he happens to pick her basis, he reads her bit (apart from rare errors). If he picks the other one, quantum physics gives him a coin flip: his bit has nothing to do with hers.',
      'Afterwards they say in public which basis each of them used, never the bits. They keep the bits where the bases matched and drop the rest. This is called sifting: about half of the detected photons survive it.',
      'Most photons never reach Bob\'s detectors (the fiber loses them, or the detector misses them), so the list below only shows photons that were detected.',
    ],
    setup: { eve: 'none' },
    highlight: [],
    widget: 'sifting',
    tasks: [{
      steps: ['Press Step in the run bar: the link runs until 1 000 photons have been detected and then waits.', 'For each of the newest detections shown below, press Keep if Alice and Bob used the same basis and Drop if they did not. Press Step again for new photons.'],
      goal: 'Sort every detection shown: keep same basis, drop different basis.',
      check: 'sortedDetections',
      done: 'That is sifting. Look at the kept ones: Alice\'s and Bob\'s bits agree (apart from an occasional error). The dropped ones agree only half the time, by chance.',
    }],
  },
  {
    id: 'catch-eve',
    title: 'Catch the eavesdropper',
    summary: 'Intercept-resend leaves errors in a quarter of the key: 25 % QBER.',
    paragraphs: [
      'Eve cuts into the fiber, measures every photon and sends Bob a new one showing what she saw. Like Bob, she has to guess the basis, and half the time she guesses wrong.',
      'When she guesses wrong, the photon she sends on is in the wrong basis. Even if Bob then uses Alice\'s basis, his result is a coin flip, wrong half the time. Half of a half: a quarter of the kept bits come out wrong. The error rate of the kept bits is called the QBER, and Eve pushes it to 25 %.',
      'Alice and Bob compare a random sample of their kept bits in public (and then throw those bits away). With Eve on every photon, each checked bit is correct with chance 3/4, so the chance that Eve stays hidden after n checked bits is 0.75ⁿ: 5.6 % after 10 bits, less than one in a million after 49.',
      'Above about 11 % errors no secret key can be made at all, so the protocol stops and throws the block away. Eve has learned bits of a key that will never be used.',
    ],
    setup: { eve: 'none', interceptFraction: 1 },
    highlight: ['eve', 'interceptFraction'],
    widget: 'miss-chance',
    tasks: [
      {
        steps: ['In Link parameters, set Eavesdropper to Intercept-resend (keep Intercept fraction at 100 %).', 'Press Start and watch the QBER readout.'],
        goal: 'Make the QBER pass 11 %.',
        check: 'qberPastThreshold',
        done: 'About 25 %, as predicted, and the key blocks are aborted: the alarm went off.',
      },
      {
        steps: ['Type a number into Checked bits below and watch Eve\'s chance of hiding.'],
        goal: 'Find a number of checked bits that leaves Eve less than one chance in a million.',
        check: 'millionToOne',
        done: 'A few dozen checked bits are enough. Real links check thousands, so a full intercept-resend attack has no chance.',
      },
    ],
  },
  {
    id: 'single-photons',
    title: 'Why single photons?',
    summary: 'A dimmed laser sometimes sends two photons, and Eve can steal one without a trace.',
    paragraphs: [
      'Cheap QKD uses a laser dimmed so much that a pulse holds less than one photon on average. But a laser pulse is not one photon: the number is random (a Poisson distribution), so some pulses carry two or more.',
      'Photon-number splitting (PNS): Eve takes one photon out of every pulse that has two or more and lets the rest travel on. She keeps her photon until Alice and Bob announce their bases, then measures it in the right basis and knows that bit exactly, without causing a single error. She replaces the lossy fiber with a perfect one and blocks some single-photon pulses, so Bob counts the usual number of clicks.',
      'Fix one, decoy states: Alice mixes in pulses of other brightnesses at random. Eve cannot tell which pulse is which, so her blocking changes the click rates of the decoys differently from the signal pulses, and Alice and Bob can bound what she could have learned.',
      'Fix two, a real single-photon source: a quantum dot is a tiny crystal that gives out one photon at a time. Its g2(0) says how often two photons come out together compared with a laser: 1 for a laser, 0 for a perfect single-photon source. The dot in the 120 km experiment had g2(0) = 0.85 %.',
    ],
    setup: { source: 'wcp', decoy: 'none', meanPhotonNumber: 0.6, fiberLengthKm: 50, eve: 'pns' },
    highlight: ['source', 'eve', 'g2Zero'],
    widget: null,
    tasks: [
      {
        steps: ['The link is a laser (Source: Attenuated laser) over 50 km, and Eve does photon-number splitting.', 'Press Start and watch Eve\'s knowledge and the QBER.'],
        goal: 'See Eve learn at least half of the key while the QBER stays low.',
        check: 'pnsReadsLaser',
        done: 'Over 50 km the fiber loses so much that Eve can pretend the losses happened and keep only multi-photon pulses: she knows every kept bit and Alice and Bob see no errors.',
      },
      {
        steps: ['Press Reset (the source cannot change during a run).', 'In Link parameters, set Source to Quantum dot (g2(0) stays at 1 %).', 'Press Start again.'],
        goal: 'With the quantum dot, keep Eve\'s knowledge below 6 % over at least 1 000 key bits.',
        check: 'pnsFailsOnDot',
        done: 'A quantum dot almost never sends two photons, so there is almost nothing to split. The few bits Eve still learns are counted and removed by privacy amplification.',
      },
    ],
  },
  {
    id: 'how-far',
    title: 'How far can a key go?',
    summary: 'Fiber loss, dark counts, the 120 km experiment and a limit no link can beat.',
    paragraphs: [
      'Glass fiber is very clear, but not perfect: it loses about 0.2 dB per km, so half of the light is gone every 15 km. After 120 km only about 1 photon in 250 is left, before the detector even tries.',
      'Detectors sometimes click with no photon at all (dark counts). Such a click gives a random bit, wrong half the time. Close by, real photons far outnumber dark counts. Far away, the few photons that arrive drown in them, and the QBER climbs until no key is possible.',
      'In 2026 a team sent photons from a quantum dot over 120 km of fiber, with detectors that had about 100 dark counts per second, and kept the link running for more than six hours (preset "Quantum dot, time-bin, 120 km").',
      'Even perfect equipment has a limit. Without quantum repeaters, no protocol can make more than −log₂(1 − η) secret bits per pulse, where η is the share of photons the channel lets through (the PLOB bound, Pirandola, Laurenza, Ottaviani and Banchi, 2017). When η is small this is about 1.44 η: the key falls as fast as the light does.',
    ],
    setup: { eve: 'none', fiberLengthKm: 5, darkCountRateHz: 10 },
    highlight: ['fiberLengthKm', 'darkCountRateHz'],
    widget: 'plob',
    tasks: [
      {
        steps: ['In Link parameters, set Fiber length to 120 km.', 'Press Start (choose a faster Speed if you like) and wait for 200 sifted bits.'],
        goal: 'Get sifted bits through 120 km of fiber.',
        check: 'longFiber',
        done: 'Photons still arrive, but far fewer per second: compare the sifted key rate with the 5 km link.',
      },
      {
        steps: ['Keep Fiber length at 120 km or more and raise Dark count rate (try 300 000 Hz).'],
        goal: 'Make the QBER pass 11 % with no eavesdropper at all.',
        check: 'darkCountsWin',
        done: 'Noise alone can end a key: at this distance dark counts make too many errors. This is why the 120 km experiment needed detectors with very few dark counts.',
      },
    ],
  },
  {
    id: 'raw-to-secret',
    title: 'From raw bits to a secret key',
    summary: 'Cascade\'s binary search fixes errors; privacy amplification wipes out what Eve knows.',
    paragraphs: [
      'After sifting, Alice\'s and Bob\'s bits still differ in a few places. They must find those places without saying the key out loud.',
      'Cascade cuts the key into blocks and compares only each block\'s parity: is the number of 1s even or odd? If the parities differ, the block hides an error. They compare the parity of its first half: if those agree, the error is in the second half. Halve again and again; after about log₂(block size) questions the error is pinned to one bit and Bob flips it. Then they shuffle the key and repeat with bigger blocks, to catch errors that were hiding in pairs.',
      'Every parity said in public can tell Eve up to one bit about the key. The app counts them as leaked bits, and the final key is made shorter by that many bits.',
      'Privacy amplification: Alice and Bob mix their key with a random public recipe (a hash) into a shorter key. Every new bit depends on many old ones, so the few bits Eve knew and the parities she heard stop helping her: her guess of the final key is right about half the time, like a coin flip.',
    ],
    setup: { eve: 'intercept-resend', interceptFraction: 0.1, blockSizeBits: 4000 },
    highlight: ['blockSizeBits', 'interceptFraction'],
    widget: 'cascade',
    tasks: [
      {
        steps: ['The link uses small 4 000-bit blocks, and Eve intercepts 10 % of the photons (too few to stop the key).', 'Press Start, wait until the first block is distilled, then press Pause.'],
        goal: 'Distil a block into a key.',
        check: 'tracedKeyBlock',
        done: 'The block went through error correction and privacy amplification. Its Cascade questions were recorded.',
      },
      {
        steps: ['Below, press Next question to follow one of Cascade\'s binary searches.'],
        goal: 'Follow a search until Bob flips a wrong bit.',
        check: 'walkedToFix',
        done: 'Each question halves the part where the error can be. A handful of parities found one wrong bit among thousands.',
      },
      {
        steps: ['Read Eve\'s guess against the final key below.'],
        goal: 'See Eve\'s guess of the final key match it only about half the time.',
        check: 'eveAtCoinFlip',
        done: 'Eve knew a few percent of the raw bits exactly, but after privacy amplification her guess is no better than tossing a coin.',
      },
    ],
  },
];

export const LESSON_IDS = LESSONS.map((l) => l.id);

export function lessonById(id: string | null): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null;
}
