// Text of the link scene: the labels over the 3D view and the static schematic, its legend and notes, the
// "Default view" button, and the words of the text alternative that a screen reader hears instead of the picture.
import { defineText } from '../defineText';

type Scale = readonly [size: number, singular: string, plural: string];

/** 75 947 000 → "76 million"; 2 500 → "2.5 thousand": two significant digits below ten, whole numbers above. */
function countWithScale(n: number, scales: readonly Scale[], decimalMark: string): string {
  for (const [size, singular, plural] of scales) {
    if (n >= size) {
      const v = n / size;
      const rounded = v >= 10 ? Math.round(v) : Number(v.toPrecision(2));
      return `${String(rounded).replace('.', decimalMark)} ${rounded === 1 ? singular : plural}`;
    }
  }
  return String(Math.round(n));
}

const EN_SCALES: readonly Scale[] = [
  [1e12, 'trillion', 'trillion'],
  [1e9, 'billion', 'billion'],
  [1e6, 'million', 'million'],
  [1e3, 'thousand', 'thousand'],
];
// German long scale: 10⁹ is a Milliarde, 10¹² a Billion.
const DE_SCALES: readonly Scale[] = [
  [1e12, 'Billion', 'Billionen'],
  [1e9, 'Milliarde', 'Milliarden'],
  [1e6, 'Million', 'Millionen'],
  [1e3, 'Tausend', 'Tausend'],
];

export const sceneText = defineText({
  en: {
    count: (n: number) => countWithScale(n, EN_SCALES, '.'),
    noPhotonReaches: 'no photon reaches',
    nearlyEveryPhotonReaches: 'nearly every photon reaches',
    oneInPhotonsReach: (count: string) => `1 in ${count} photons reaches`,
    aliceQd: "Alice's quantum dot",
    aliceLaser: "Alice's attenuated laser",
    allPulses: 'all pulses',
    noPulses: 'no pulses',
    percentOfPulses: (percent: number) => `${percent} % of pulses`,
    eveIntercepting: (share: string, km: number) =>
      `Eve is intercepting ${share} at ${km} km and resending what she measured`,
    eveCloning: (share: string, km: number, percent: number) =>
      `Eve clones the photons of ${share} at ${km} km, disturbing each by ${percent} % (phase-covariant cloning)`,
    evePns: 'Eve splits one photon off every multi-photon pulse (photon-number splitting)',
    eveBeamSplitting: 'Eve keeps the photons the fiber would lose (beam splitting)',
    noEve: 'no eavesdropper',
    noDetectionYet: 'no detection yet',
    outcomes: { correct: 'correct', error: 'error', discarded: 'bases differ, discarded' },
    darkCount: 'dark count',
    doubleClick: 'double click',
    resentByEve: 'resent by Eve',
    lastDetection: (basis: string, bit: number, verdict: string, extras: string) =>
      `last detection: ${basis} basis, bit ${bit}, ${verdict}${extras ? ` (${extras})` : ''}`,
    sending: (source: string, isRunning: boolean, count: string, km: number) =>
      `${source} ${isRunning ? 'sends' : 'is set to send'} ${count} pulses per second over ${km} km of fiber`,
    reaching: (reach: string, isMeasured: boolean) =>
      `${isMeasured ? '' : 'expected: '}${reach} Bob and makes a detector click`,
    pressStart: 'press Start to send photons',
    receiverPolarisation: 'polarisation optics',
    receiverInterferometer: 'an unbalanced interferometer',
    dotIsOnePhoton: 'each faded dot is one lost photon',
    dotStandsFor: (count: string) => `each faded dot stands for ${count} lost photons`,
    drawing: (source: string, hasEve: boolean, receiver: string, dots: string) =>
      `Link diagram: ${source} on the left, the fiber in the middle${hasEve ? " with Eve's tap" : ''}, ` +
      `Bob's receiver with ${receiver} and two detectors on the right. ` +
      ('Bright photons are real detections sampled from the simulation (Z basis: blue ' +
        'squares, X basis: orange diamonds; red ring: resent by Eve). ') +
      (`Faded dots are photons lost on the way, drawn at the measured loss rate (the simulator ` +
        `does not track photons that never click); ${dots}.`),
    labels: {
      aliceQd: 'Alice: quantum dot, cooled to −269 °C',
      aliceLaser: 'Alice: laser + attenuator',
      bobPolarisation: 'Bob: polarisation optics',
      bobInterferometer: 'Bob: unbalanced interferometer',
      detector0: 'Detector 0 (bit 0)',
      detector1: 'Detector 1 (bit 1)',
      bit0: 'bit 0',
      bit1: 'bit 1',
      eveInterceptResend: 'Eve measures and resends',
      evePns: 'Eve splits multi-photon pulses',
      eveBeamSplitting: 'Eve keeps the lost photons',
      eveCloning: 'Eve clones the photons',
    },
    fiberKm: (km: number) => `${km} km of fiber`,
    schematicName: 'Link schematic (static)',
    schematicAliceQd: 'Alice: quantum dot, cooled to −269 °C',
    schematicBobInterferometer: 'Bob: interferometer',
    noteReducedMotion: 'Static diagram: your system asks for reduced motion.',
    noteNoWebGl: 'Static diagram: this browser cannot draw the 3D view (WebGL unavailable).',
    noteLoading: 'Loading the 3D view…',
    caption:
      'Bright shapes are real detections, sampled from the running simulation. Faded ' +
      'dots are photons lost on the way, drawn at the measured loss rate: the simulator ' +
      'never tracks photons that do not click.',
    stateName: 'Link scene state',
    canvasName: '3D view of the link. Drag or use the arrow keys to turn it.',
    defaultView: 'Default view',
    legend: {
      zBasis: 'Z basis',
      xBasis: 'X basis',
      touchedByEve: 'touched by Eve',
      lost: 'lost',
      flashHeading: 'Detector flash:',
      rightBit: 'right bit',
      error: 'error',
      basesDiffer: 'bases differ',
      darkCount: 'dark count',
    },
    photonsPerDot: (count: string) => ` (1 dot = ${count} photons)`,
  },
  de: {
    count: (n: number) => countWithScale(n, DE_SCALES, ','),
    noPhotonReaches: 'kein Photon erreicht',
    nearlyEveryPhotonReaches: 'fast jedes Photon erreicht',
    oneInPhotonsReach: (count: string) => `1 von ${count} Photonen erreicht`,
    aliceQd: 'Alices Quantenpunkt',
    aliceLaser: 'Alices abgeschwächter Laser',
    allPulses: 'alle Pulse',
    noPulses: 'keine Pulse',
    percentOfPulses: (percent: number) => `${percent} % der Pulse`,
    eveIntercepting: (share: string, km: number) =>
      `Eve fängt bei ${km} km ${share} ab und sendet neu, was sie gemessen hat`,
    eveCloning: (share: string, km: number, percent: number) =>
      `Eve klont bei ${km} km Photonen (${share}) und stört jedes um ${percent} % (phasenkovariantes Klonen)`,
    evePns: 'Eve spaltet von jedem Mehrphotonenpuls ein Photon ab (Photonenzahl-Aufspaltung, PNS)',
    eveBeamSplitting: 'Eve behält die Photonen, die die Faser verlieren würde (Strahlteilung)',
    noEve: 'kein Lauscher',
    noDetectionYet: 'noch keine Detektion',
    outcomes: { correct: 'richtig', error: 'Fehler', discarded: 'Basen verschieden, verworfen' },
    darkCount: 'Dunkelzählung',
    doubleClick: 'Doppelklick',
    resentByEve: 'von Eve neu gesendet',
    lastDetection: (basis: string, bit: number, verdict: string, extras: string) =>
      `letzte Detektion: ${basis}-Basis, Bit ${bit}, ${verdict}${extras ? ` (${extras})` : ''}`,
    sending: (source: string, isRunning: boolean, count: string, km: number) =>
      isRunning
        ? `${source} sendet ${count} Pulse pro Sekunde über ${km} km Glasfaser`
        : `${source} ist auf ${count} Pulse pro Sekunde über ${km} km Glasfaser eingestellt`,
    reaching: (reach: string, isMeasured: boolean) =>
      `${isMeasured ? '' : 'erwartet: '}${reach} Bob und löst einen Detektor aus`,
    pressStart: '„Starten“ drücken, um Photonen zu senden',
    receiverPolarisation: 'Polarisationsoptik',
    receiverInterferometer: 'einem unsymmetrischen Interferometer',
    dotIsOnePhoton: 'jeder blasse Punkt ist ein verlorenes Photon',
    dotStandsFor: (count: string) => `jeder blasse Punkt steht für ${count} verlorene Photonen`,
    drawing: (source: string, hasEve: boolean, receiver: string, dots: string) =>
      `Streckendiagramm: links ${source}, in der Mitte die Glasfaser${hasEve ? ' mit Eves Abgriff' : ''}, ` +
      `rechts Bobs Empfänger mit ${receiver} und zwei Detektoren. ` +
      ('Helle Photonen sind echte Detektionen, als Stichprobe aus der Simulation gezogen ' +
        '(Z-Basis: blaue Quadrate, X-Basis: orange Rauten; roter Ring: von Eve neu ' +
        'gesendet). ') +
      (`Blasse Punkte sind unterwegs verlorene Photonen, gezeichnet mit der gemessenen Verlustrate ` +
        `(der Simulator verfolgt keine Photonen, die nie einen Klick auslösen); ${dots}.`),
    labels: {
      aliceQd: 'Alice: Quantenpunkt, gekühlt auf −269 °C',
      aliceLaser: 'Alice: Laser + Abschwächer',
      bobPolarisation: 'Bob: Polarisationsoptik',
      // Short: the full name (unsymmetrisch) ran into the detector label; the text alternative keeps it.
      bobInterferometer: 'Bob: Interferometer',
      detector0: 'Detektor 0 (Bit 0)',
      detector1: 'Detektor 1 (Bit 1)',
      bit0: 'Bit 0',
      bit1: 'Bit 1',
      eveInterceptResend: 'Eve misst und sendet neu',
      evePns: 'Eve spaltet Mehrphotonenpulse auf',
      eveBeamSplitting: 'Eve behält die verlorenen Photonen',
      eveCloning: 'Eve klont die Photonen',
    },
    fiberKm: (km: number) => `${km} km Glasfaser`,
    schematicName: 'Streckenschema (statisch)',
    schematicAliceQd: 'Alice: Quantenpunkt, gekühlt auf −269 °C',
    schematicBobInterferometer: 'Bob: Interferometer',
    noteReducedMotion: 'Statisches Diagramm: Das System wünscht reduzierte Bewegung.',
    noteNoWebGl: 'Statisches Diagramm: Dieser Browser kann die 3D-Ansicht nicht zeichnen (WebGL nicht verfügbar).',
    noteLoading: '3D-Ansicht wird geladen…',
    caption:
      'Helle Formen sind echte Detektionen, als Stichprobe aus der laufenden Simulation ' +
      'gezogen. Blasse Punkte sind unterwegs verlorene Photonen, gezeichnet mit der ' +
      'gemessenen Verlustrate: Der Simulator verfolgt keine Photonen, die keinen Klick ' +
      'auslösen.',
    stateName: 'Zustand der Streckenszene',
    canvasName: '3D-Ansicht der Strecke. Zum Drehen ziehen oder die Pfeiltasten benutzen.',
    defaultView: 'Standardansicht',
    legend: {
      zBasis: 'Z-Basis',
      xBasis: 'X-Basis',
      touchedByEve: 'von Eve berührt',
      lost: 'verloren',
      flashHeading: 'Detektorblitz:',
      rightBit: 'richtiges Bit',
      error: 'Fehler',
      basesDiffer: 'Basen verschieden',
      darkCount: 'Dunkelzählung',
    },
    photonsPerDot: (count: string) => ` (1 Punkt = ${count} Photonen)`,
  },
});

export type SceneText = (typeof sceneText)['en'];
