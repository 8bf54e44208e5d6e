// Text of the preset registry: each preset's name, summary and source, the notes behind its provenance marks,
// and the mark words. English is read from workers/common/presets.ts (one source); German is written per preset.
import type { ParamId } from '../../../workers/common/params';
import { PRESETS, PRESET_IDS, type PresetId, type Provenance } from '../../../workers/common/presets';
import { defineText } from '../defineText';

type PresetText = { title: string; summary: string; citation: string };
type ProvenanceNotes = Partial<Record<ParamId, string>>;

const english = <T>(pick: (id: PresetId) => T) =>
  Object.fromEntries(PRESET_IDS.map((id) => [id, pick(id)])) as Record<PresetId, T>;

export const presetText = defineText<Record<PresetId, PresetText>>({
  en: english((id) => ({ title: PRESETS[id].title, summary: PRESETS[id].summary, citation: PRESETS[id].citation })),
  de: {
    'metro-qd': {
      title: 'Quantenpunkt quer durch eine Stadt, 25 km',
      summary:
        'Die Quantenpunkt-Hardware des 120-km-Experiments auf einer 25 km langen ' +
        'Stadtstrecke, mit Blöcken, die klein genug sind, um in Sekunden einen geheimen ' +
        'Schlüssel zu erzeugen.',
      citation:
        'Hardware wie in: Wang et al., Light: Science & Applications (2026); ' +
        'arXiv:2506.15520. Entfernung und Blockgröße sind eine Wahl für den Unterricht.',
    },
    'qd-timebin-120km': {
      title: 'Quantenpunkt, Zeit-Bin, 120 km',
      summary:
        'Eine Quantenpunkt-Einzelphotonenquelle im Telekom-Band mit Zeit-Bin-Kodierung in ' +
        'drei Zuständen über 120 km aufgespulte Glasfaser, mehr als sechs Stunden ' +
        'unbeaufsichtigt betrieben.',
      citation:
        'Wang et al., Light: Science & Applications (2026); arXiv:2506.15520 (Werte wie ' +
        'in Berichten über die Arbeit angegeben).',
    },
    'qd-intercity-2024': {
      title: 'Quantenpunkt, Polarisation, 79 km zwischen zwei Städten (228 MHz)',
      summary:
        'Polarisations-BB84 mit einem Quantenpunkt im C-Band über 79 km verlegte ' +
        'Glasfaser zwischen Hannover und Braunschweig (25,49 dB Verlust), im Takt von 228 ' +
        'MHz des Hauptergebnisses.',
      citation: 'Yang et al., Light: Science & Applications 13, 150 (2024); arXiv:2308.15922.',
    },
    'qd-intercity-2024-76mhz': {
      title: 'Quantenpunkt, Polarisation, 79 km zwischen zwei Städten (76 MHz)',
      summary:
        'Dieselbe Strecke Hannover–Braunschweig im Takt von 76 MHz, bei dem der ' +
        'Mehrphotonenanteil des Quantenpunkts etwa doppelt so groß ist wie bei 228 MHz.',
      citation: 'Yang et al., Light: Science & Applications 13, 150 (2024); arXiv:2308.15922.',
    },
    'gys-textbook': {
      title: 'Laserstrecke aus dem Lehrbuch (GYS)',
      summary:
        'Die Strecke mit schwachen kohärenten Pulsen, an der die Decoy-Arbeiten ' +
        'Protokolle vergleichen: 0,21 dB/km, 4,5 % Detektion, 3,3 % optischer Fehler.',
      citation:
        'Gobby, Yuan & Shields, Appl. Phys. Lett. 84, 3762 (2004); verwendet von Ma, Qi, ' +
        'Zhao & Lo, PRA 72, 012326 (2005).',
    },
    'ideal-classroom': {
      title: 'Strecke für den Unterricht',
      summary:
        'Eine kurze, saubere Strecke, auf der sich jeder Effekt in Sekunden zeigt: helle ' +
        'Einzelphotonen, 5 km Glasfaser, gute Detektoren.',
      citation: 'Eine idealisierte Lehrstrecke; keine Veröffentlichung.',
    },
  },
});

/** German notes of the 120 km experiment's values; the city link shares its hardware and so its notes. */
const timeBinNotesDe: ProvenanceNotes = {
  repetitionRateHz: 'Takt 75,947 MHz',
  g2Zero: 'g2(0) = 0,85 %',
  encoding: 'Zeit-Bin-Protokoll mit drei Zuständen und selbststabilisiertem Kodierer',
  fiberLengthKm: '120 km aufgespulte Glasfaser',
  fiberLossDbPerKm: '0,1956 dB/km',
  detectorEfficiency: 'SNSPDs, 74 % Effizienz',
  darkCountRateHz: 'etwa 100 Dunkelklicks pro Sekunde',
  meanPhotonNumber:
    'hier nicht veröffentlicht; so angepasst, dass die modellierte QBER der Z-Basis ' +
    'bei 120 km bei 2 % Z-Fehler den veröffentlichten 6,85 % entspricht. Ihr Anteil ' +
    'an Dunkelklicks (~10 % der Klicks) legt auch die asymptotische Reichweite auf ' +
    '~126–129 km, wie veröffentlicht (≈127 km); μ und die 1 dB Empfängerverlust gehen ' +
    'nur als Produkt ein',
  intrinsicErrorZ:
    'hier nicht veröffentlicht; 2 % Fehler durch überlappende Zeitfenster und Jitter, ' +
    'typisch für die Zeitauflösung von SNSPDs bei diesem Takt; mit μ legt er Z-QBER ' +
    'und Reichweite zusammen fest',
  interferometerVisibility:
    'hier nicht veröffentlicht; angepasst an die veröffentlichte QBER der X-Basis von ' +
    '9,60 % bei 120 km. Nur das mittlere Zeitfenster von Bobs Interferometer zählt: ' +
    'Es enthält die Hälfte der Photonen, aber alle Dunkelklicks, daher muss V bei ~99 ' +
    '% liegen (ein stabilisiertes Interferometer)',
  basisBiasZ:
    'hier nicht veröffentlicht; 75 % Z. Die asymptotische Rate des Modells ist dann ' +
    '13,9 bit/s (die veröffentlichten ≈15 bit/s verlangen p_Z ≈ 0,78), und die ' +
    'Finite-Key-Pipeline erzeugt von 0,75 bis 0,8 etwa gleich viel Schlüssel: Mehr Z ' +
    'lässt weniger X-Testbits für die Phasenfehler-Schätzung der drei Zustände. ' +
    'docs/model.md (Presets) zeigt den Vergleich',
  receiverLossDb: 'hier nicht veröffentlicht; 1 dB Einfügedämpfung des aktiv stabilisierten Dekodierers',
  detectionWindowS: 'hier nicht veröffentlicht; 1 ns Akzeptanzfenster pro Zeitfenster',
  deadTimeS: 'hier nicht veröffentlicht; 20 ns, typische Erholzeit eines SNSPD',
  blockSizeBits:
    'hier nicht veröffentlicht; Blöcke zu 10^6 Bit (je ~3,3 h bei 120 km). Die ' +
    'Phasenfehler-Schätzung der drei Zustände braucht große Blöcke: Der ganze ' +
    '6-Stunden-Lauf als ein Block ergibt 8,4 bit/s, Blöcke zu 10^6 Bit 6,6 bit/s ' +
    '(docs/model.md, Presets)',
  phaseDriftRadPerSqrtHour:
    'nicht veröffentlicht; 0,05 rad/√h langsame Wanderung des ' +
    'Dekodier-Interferometers, so dass ein Regelkreis, der nur ~38 offengelegte ' +
    'X-Bits/s erhält, sie bei der veröffentlichten X-QBER von 9,60 % halten kann ' +
    '(docs/model.md, Abschnitt Drift)',
  driftPeriodicAmplitudeRad:
    'nicht veröffentlicht; ein täglicher Zyklus der Interferometerphase von ±0,4 rad: ' +
    'etwa ±45 mK an einer Faserverzögerung von 1 ns (dφ/dT ≈ 2π·n·L·(1/L·dL/dT + ' +
    '1/n·dn/dT)/λ ≈ 9 rad/K für L = 20 cm), der allein die unstabilisierte Strecke ' +
    'binnen Stunden zum Abbruch bringt',
  driftPeriodS: 'nicht veröffentlicht; ein Tag',
  brightnessWanderPerSqrtHour:
    'nicht veröffentlicht; 0,5 %/√h Wanderung der Quantenpunkt-Helligkeit (Drift von Pumpe und Kopplung)',
  efficiencyWanderPerSqrtHour:
    'nicht veröffentlicht; 0,2 %/√h Wanderung der SNSPD-Effizienz (Vorspannung und Polarisation)',
  stabilisationIntervalS:
    'der Dekodierer war aktiv stabilisiert; sein Regelkreis ist nicht veröffentlicht. ' +
    '600 s: abgestimmt auf die kleinste zusätzliche X-QBER bei dieser Drift und ' +
    'Zählrate',
  stabilisationGain: 'nicht veröffentlicht; 0,5 (siehe stabilisationIntervalS)',
  stabilisationDitherRad: 'nicht veröffentlicht; ±0,06 rad Dither kostet ~0,07 % X-QBER',
};

/** German notes of the intercity link at 228 MHz; the 76 MHz entry changes the clock, g2(0) and μ. */
const intercityNotesDe: ProvenanceNotes = {
  repetitionRateHz:
    '228 MHz Anregung: der Takt der Hauptschlüsselrate (weitere veröffentlichte Takte: 76, 608 und 1063 MHz)',
  g2Zero: 'g2(0) = 0,056 bei 228 MHz',
  encoding: 'Polarisations-BB84 mit passiver Basiswahl 50:50',
  basisBiasZ: 'passiver 50:50-Strahlteiler als Basiswahl',
  fiberLengthKm: '79 km verlegte Glasfaser',
  fiberLossDbPerKm: '25,49 dB Gesamtverlust des Kanals auf 79 km (0,3227 dB/km einschließlich Spleißen)',
  meanPhotonNumber:
    'nicht aus der Arbeit gelesen; 0,03 Photonen pro Puls in die Faser, nahe am ' +
    'besten μ des Modells für g2(0) = 0,056 bei 25,49 dB. Das Modell gibt dann 0,62 % ' +
    'QBER und einen asymptotisch höchsten tolerierbaren Verlust von 28,4 dB ' +
    '(veröffentlicht 0,65 % und 28,11 dB), aber 1,15·10⁻⁵ bit/Puls, 4,2× unter den ' +
    'veröffentlichten 4,8·10⁻⁵: Seine GLLP-Schranke zählt jeden möglichen ' +
    'Zwei-Photonen-Puls (g2·μ²/2, 47 % der Klicks bei diesem μ) als detektiert und ' +
    'Eve bekannt, und ein helleres μ erhöht nur diesen Anteil',
  detectorEfficiency: 'nicht aus der Arbeit gelesen; 80 % für SNSPDs',
  darkCountRateHz:
    'nicht aus der Arbeit gelesen; 20 Hz bei 0,5 ns Fenster, so dass Dunkelklicks ' +
    '~0,1 % zur veröffentlichten QBER von 0,65 % beitragen',
  detectionWindowS: 'nicht aus der Arbeit gelesen; 0,5 ns',
  interferometerVisibility:
    'Polarisationskontrast nach QBER-gesteuerter Kompensation; 99 %, so dass der ' +
    'X-Fehler (0,5 %) nahe am Z-Fehler liegt',
  intrinsicErrorZ:
    'nicht aus der Arbeit gelesen; 0,6 % Polarisationsfehler, so dass die modellierte ' +
    'QBER nahe an den veröffentlichten 0,65 % liegt',
  receiverLossDb: 'nicht aus der Arbeit gelesen; 1 dB',
  blockSizeBits: 'nicht veröffentlicht; Blöcke zu 10^6 Bit',
  phaseDriftRadPerSqrtHour:
    'nicht veröffentlicht; verlegte Faser dreht die Polarisation schneller als eine ' +
    'Laborspule: 1 rad/√h auf der Poincaré-Kugel',
  stabilisationIntervalS:
    'eine QBER-gesteuerte Polarisationskompensation wurde verwendet; ihr Regelkreis ist nicht veröffentlicht. 20 s',
  stabilisationGain: 'nicht veröffentlicht; 0,7',
};

/**
 * The note behind each provenance mark. TypeScript checks every preset is here; presetText.test.ts checks each
 * German preset notes exactly the parameters the registry notes.
 */
export const provenanceNoteText = defineText<Record<PresetId, ProvenanceNotes>>({
  en: english(
    (id) => Object.fromEntries(Object.entries(PRESETS[id].provenance).map(([p, n]) => [p, n.note])) as ProvenanceNotes,
  ),
  de: {
    'metro-qd': {
      ...timeBinNotesDe,
      fiberLengthKm:
        'eine Wahl für den Unterricht: eine Strecke in Stadtgröße, damit ein Schlüssel binnen Sekunden erscheint',
      blockSizeBits:
        'eine Wahl für den Unterricht: Blöcke zu 10^5 Bit füllen sich bei 25 km in etwa einer Sekunde simulierter Zeit',
    },
    'qd-timebin-120km': timeBinNotesDe,
    'qd-intercity-2024': intercityNotesDe,
    'qd-intercity-2024-76mhz': {
      ...intercityNotesDe,
      repetitionRateHz: '76 MHz Anregung (der niedrigste Takt der Arbeit)',
      g2Zero: 'g2(0) = 0,108 bei 76 MHz',
      meanPhotonNumber:
        'nicht aus der Arbeit gelesen; 0,02 Photonen pro Puls, nahe am besten μ des ' +
        'Modells für g2(0) = 0,108 (doppelter Mehrphotonenanteil gegenüber 228 MHz)',
    },
    'gys-textbook': {
      fiberLossDbPerKm: 'α = 0,21 dB/km',
      intrinsicErrorZ: 'e_det = 3,3 %',
      interferometerVisibility: 'e_det = 3,3 % in beiden Basen, also V = 1 − 2·0,033',
      detectorEfficiency: 'η_Bob = 4,5 % (Detektor und Empfänger zusammen)',
      darkCountRateHz: 'Y0 = 1,7×10⁻⁶ pro Puls für beide Detektoren: 850 Hz × 1 ns pro Detektor',
      repetitionRateHz: '2 MHz',
      meanPhotonNumber: '0,48, nahe am Optimum der Decoy-Arbeiten bei mittlerer Entfernung',
      decoyMeanPhotonNumber: 'ν = 0,1, eine übliche Wahl für den schwachen Decoy',
    },
    'ideal-classroom': {},
  },
});

/** The words of the provenance marks beside the controls. */
export const provenanceText = defineText<Record<Provenance, string>>({
  en: { published: 'published', estimated: 'estimated', calibrated: 'calibrated' },
  de: { published: 'veröffentlicht', estimated: 'geschätzt', calibrated: 'kalibriert' },
});
