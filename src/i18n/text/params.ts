// Text of every registry parameter: label (the control's accessible name), description, option labels and
// unit words. English is read from the registry (workers/common/params.ts) so it has one source; German is written per
// id.
import { PARAMS, type ChoiceParamId, type LinkParams, type ParamId } from '../../../workers/common/params';
import { defineText } from '../defineText';
import type { Locale } from '../locale';

type ParamText = { label: string; description: string };

type OptionText = { [K in ChoiceParamId]: Readonly<Record<LinkParams[K], string>> };

const englishParams = Object.fromEntries(
  PARAMS.map((p) => [p.id, { label: p.label, description: p.description }]),
) as Record<ParamId, ParamText>;
const englishOptions = Object.fromEntries(
  PARAMS.flatMap((p) =>
    p.kind === 'choice' ? [[p.id, Object.fromEntries(p.options.map((o) => [o.value, o.label]))]] : [],
  ),
) as OptionText;

export const paramText = defineText<Record<ParamId, ParamText>>({
  en: englishParams,
  de: {
    source: {
      label: 'Quelle',
      description: 'Einzelphotonenquelle aus einem Quantenpunkt oder schwache kohärente (poissonverteilte) Laserpulse.',
    },
    repetitionRateHz: { label: 'Taktrate', description: 'Pulse, die Alice pro Sekunde sendet.' },
    meanPhotonNumber: {
      label: 'Mittlere Photonenzahl',
      description: 'μ: mittlere Zahl der Photonen pro Puls am Ausgang von Alice, nach allen Verlusten in ihrem Gerät.',
    },
    g2Zero: {
      label: 'g2(0)',
      description:
        'Korrelation zweiter Ordnung bei Verzögerung null: 0 für eine perfekte ' +
        'Einzelphotonenquelle, 1 für einen Laser.',
    },
    decoy: {
      label: 'Decoy-Zustände',
      description:
        'Nur beim Laser: schwächere Täuschpulse (Decoys) und leere Pulse beimischen, ' +
        'damit eine Photonenzahl-Aufspaltung in der Statistik auffällt.',
    },
    decoyMeanPhotonNumber: {
      label: 'Mittlere Photonenzahl der Decoys',
      description: 'ν: mittlere Photonenzahl der schwachen Decoy-Pulse (muss unter μ liegen).',
    },
    signalProbability: {
      label: 'Signalanteil',
      description:
        'Anteil der Pulse, die mit der Signalintensität μ gesendet werden, wenn Decoys an ' +
        'sind. Kleine Blöcke brauchen viele Decoy- und Vakuumpulse für die ' +
        'Decoy-Schranken endlicher Blöcke (30/35/35 % ergeben auf der Lehrbuchstrecke bei ' +
        '50 km in Blöcken zu 10^5 Bit einen Schlüssel).',
    },
    decoyProbability: {
      label: 'Decoy-Anteil',
      description: 'Anteil der Pulse, die mit der Decoy-Intensität ν gesendet werden; die übrigen sind Vakuum.',
    },
    encoding: {
      label: 'Kodierung',
      description:
        'Wie das Bit auf das Photon geschrieben wird: über Ankunftszeit und Phase oder über die Polarisation.',
    },
    basisBiasZ: {
      label: 'Wahrscheinlichkeit der Z-Basis',
      description: 'Wahrscheinlichkeit, mit der Alice (und Bob) die Z-Basis wählen; über 1/2 ist effizientes BB84.',
    },
    interferometerVisibility: {
      label: 'Sichtbarkeit',
      description: 'Interferenzsichtbarkeit V der Messung in der X-Basis; ihr intrinsischer Fehler ist (1 − V)/2.',
    },
    intrinsicErrorZ: {
      label: 'Intrinsischer Fehler der Z-Basis',
      description:
        'Fehler in der Z-Basis durch überlappende Zeitfenster und Zeitjitter (oder das ' +
        'Auslöschungsverhältnis des Polarisators).',
    },
    fiberLengthKm: { label: 'Faserlänge', description: 'Länge der Glasfaser zwischen Alice und Bob.' },
    fiberLossDbPerKm: {
      label: 'Faserdämpfung',
      description: 'Dämpfung α der Faser (0,2 dB/km ist im Telekom-C-Band üblich).',
    },
    receiverLossDb: { label: 'Empfängerdämpfung', description: 'Einfügedämpfung von Bobs Optik vor den Detektoren.' },
    detectorEfficiency: {
      label: 'Detektoreffizienz',
      description: 'Wahrscheinlichkeit, dass ein Photon, das einen Detektor erreicht, ihn auslöst.',
    },
    darkCountRateHz: { label: 'Dunkelzählrate', description: 'Klicks pro Sekunde und Detektor ganz ohne Licht.' },
    detectionWindowS: {
      label: 'Detektionsfenster',
      description: 'Zeitfenster pro Puls, in dem ein Klick zählt; Dunkelklicks pro Puls = Rate × Fensterlänge.',
    },
    deadTimeS: { label: 'Totzeit', description: 'So lange ist ein Detektor nach einem Klick blind.' },
    afterpulseProbability: {
      label: 'Nachpuls-Wahrscheinlichkeit',
      description: 'Wahrscheinlichkeit, dass auf einen Klick nach Ende der Totzeit ein falscher Klick folgt.',
    },
    eve: { label: 'Lauscher', description: 'Der Angriff, den Eve auf die Faser ausführt.' },
    interceptFraction: {
      label: 'Abgefangener Anteil',
      description: 'Anteil der Pulse, die Eve angreift (Abfangen und Neusenden, phasenkovariantes Klonen).',
    },
    cloningDisturbance: {
      label: 'Störung beim Klonen',
      description:
        'D: die Fehlerrate, die Eves Kloner auf den angegriffenen Photonen verursacht, in beiden Basen; ' +
        'sie errät jedes Bit mit der Wahrscheinlichkeit ½ + √(D(1 − D)) (phasenkovariantes Klonen).',
    },
    eveBasisChoice: { label: 'Eves Basis', description: 'Wie Eve beim Abfangen und Neusenden ihre Messbasis wählt.' },
    evePositionKm: {
      label: 'Eves Position',
      description:
        'Abstand von Alice, an dem Eve die Faser anzapft (Abfangen und Neusenden, Klonen); höchstens die Faserlänge.',
    },
    blockSizeBits: {
      label: 'Blockgröße',
      description:
        'Gesiebte Schlüsselbits, die gemeinsam destilliert werden; größere Blöcke ' +
        'verlieren weniger an die Statistik endlicher Blöcke.',
    },
    cascadeVariant: {
      label: 'Cascade-Variante',
      description: 'Ablauf der Fehlerkorrektur: das Original von 1994 oder ein verbesserter Plan der Blockgrößen.',
    },
    epsilonSec: {
      label: 'Geheimhaltungsparameter',
      description: 'ε_sec: wie weit der endgültige Schlüssel höchstens von einem vollkommen geheimen abweichen darf.',
    },
    epsilonCor: {
      label: 'Korrektheitsparameter',
      description:
        'ε_cor: Wahrscheinlichkeit, dass sich die endgültigen Schlüssel von Alice und Bob unbemerkt unterscheiden.',
    },
    drift: {
      label: 'Drift',
      description:
        'Interferometerphase (Zeit-Bin) oder Faserpolarisation (Polarisationskodierung), ' +
        'Helligkeit der Quelle und Detektoreffizienz wandern in simulierter Zeit langsam.',
    },
    phaseDriftRadPerSqrtHour: {
      label: 'Phasendrift',
      description:
        'Stärke σ der Zufallsbewegung der Phase (Zeit-Bin) oder des ' +
        'Polarisationsdrehwinkels auf der Poincaré-Kugel: nach t Stunden ist ihre ' +
        'Streuung σ·√t.',
    },
    driftPeriodicAmplitudeRad: {
      label: 'Amplitude der periodischen Drift',
      description:
        'Amplitude eines periodischen, temperaturartigen Anteils, der zur Phasen- oder Winkeldrift hinzukommt.',
    },
    driftPeriodS: {
      label: 'Periode der periodischen Drift',
      description: 'Periode des periodischen Anteils der Drift (z. B. der Zyklus einer Klimaanlage).',
    },
    brightnessWanderPerSqrtHour: {
      label: 'Helligkeitsschwankung',
      description:
        'Relative Zufallsbewegung der Quellhelligkeit μ (log-normal): Die Streuung von ' +
        'ln(μ/μ0) nach t Stunden ist dieser Wert mal √t.',
    },
    efficiencyWanderPerSqrtHour: {
      label: 'Effizienzschwankung',
      description: 'Relative Zufallsbewegung der Detektoreffizienz η (log-normal, höchstens 1).',
    },
    stabilisation: {
      label: 'Aktive Stabilisierung',
      description:
        'Ein Regelkreis, der den Phasen- oder Drehfehler aus den offengelegten Bits der ' +
        'X-Basis schätzt und korrigiert.',
    },
    stabilisationIntervalS: {
      label: 'Stabilisierungsintervall',
      description:
        'Simulierte Sekunden pro Korrektur; jede Hälfte des Intervalls wird mit entgegengesetztem Dither gemessen.',
    },
    stabilisationGain: {
      label: 'Stabilisierungsverstärkung',
      description:
        'Anteil des geschätzten Phasen- oder Winkelfehlers, der pro Intervall korrigiert ' +
        'wird (1 = die ganze Schätzung).',
    },
    stabilisationDitherRad: {
      label: 'Stabilisierungs-Dither',
      description:
        'Dither ±δ in den beiden Hälften jedes Intervalls, damit sich das Vorzeichen des ' +
        'Fehlers messen lässt; kostet etwa V·δ²/4 QBER in der X-Basis.',
    },
    classicalChannel: {
      label: 'Klassische Daten in der Faser',
      description:
        'Ein klassischer Datenkanal in derselben Faser: Seine spontane Raman-Streuung ' +
        '(vorwärts, wenn er mit den Photonen läuft, rückwärts, wenn gegen sie) und Licht, ' +
        'das durch den Filter dringt, erzeugen zusätzliche Rauschklicks.',
    },
    classicalLaunchPowerDbm: {
      label: 'Klassische Einkoppelleistung',
      description: 'Optische Leistung des klassischen Kanals beim Eintritt in die Faser.',
    },
    classicalWavelengthNm: {
      label: 'Klassische Wellenlänge',
      description:
        'Wellenlänge des klassischen Kanals (der Quantenkanal liegt bei 1550 nm); ' +
        'bestimmt die Energie seiner durchdringenden Photonen.',
    },
    classicalLossDbPerKm: {
      label: 'Klassische Faserdämpfung',
      description: 'Faserdämpfung bei der klassischen Wellenlänge (etwa 0,33 dB/km bei 1310 nm, 0,2 dB/km im C-Band).',
    },
    ramanCoefficientPerKmNm: {
      label: 'Raman-Koeffizient',
      description:
        'ρ(Δλ): Raman-gestreute Leistung je km und je nm Filterbreite bei der ' +
        'Quantenwellenlänge, pro Watt klassischer Leistung, für dieses Wellenlängenpaar ' +
        '(geschätzter Standardwert: ein C-Band-Nachbar wenige nm entfernt).',
    },
    filterBandwidthNm: {
      label: 'Filterbandbreite',
      description:
        'Breite von Bobs Filter auf dem Quantenkanal (0,8 nm: ein DWDM-Kanal zu 100 GHz); ' +
        'das Raman-Rauschen wächst mit ihr.',
    },
    filterIsolationDb: {
      label: 'Filterisolation',
      description:
        'Wie stark die Filter die klassische Wellenlänge unterdrücken; was sie ' +
        'durchlassen, erreicht die Detektoren als Rauschen.',
    },
  },
});

/** Option labels of every choice parameter (the accessible option names "None", "Intercept-resend"… in English). */
export const optionText = defineText<OptionText>({
  en: englishOptions,
  de: {
    source: { qd: 'Quantenpunkt', wcp: 'Abgeschwächter Laser' },
    decoy: { none: 'Keine', 'vacuum-weak': 'Vakuum + schwacher Decoy' },
    encoding: {
      'time-bin': 'Zeit-Bin-BB84 (4 Zustände)',
      'time-bin-3state': 'Zeit-Bin, 3 Zustände',
      polarisation: 'Polarisations-BB84',
    },
    eve: {
      none: 'Keiner',
      'intercept-resend': 'Abfangen und Neusenden',
      pns: 'Photonenzahl-Aufspaltung (PNS)',
      'beam-splitting': 'Strahlteilung',
      'phase-covariant-cloning': 'Phasenkovariantes Klonen',
    },
    eveBasisChoice: { random: 'Zufällig', 'fixed-z': 'Immer Z', 'fixed-x': 'Immer X' },
    cascadeVariant: { original: 'Original (4 Durchgänge)', optimised: 'Optimiert (Martinez-Mateo 2015)' },
    drift: { off: 'Aus', on: 'An' },
    stabilisation: { off: 'Aus', on: 'An' },
    classicalChannel: { off: 'Keine', 'co-propagating': 'Gleiche Richtung', 'counter-propagating': 'Gegenrichtung' },
  },
});

/**
 * Unit words of the registry that a language writes its own way; symbols (Hz, km, dB, s, rad) are the same everywhere.
 */
const UNIT_WORDS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: {},
  de: { 'photons/pulse': 'Photonen/Puls', bits: 'Bits' },
  zh: { 'photons/pulse': '光子/脉冲', bits: '比特' },
};

/** A registry unit as a language writes it: "photons/pulse" → "Photonen/Puls". */
export function unitLabel(unit: string, locale: Locale): string {
  return UNIT_WORDS[locale][unit] ?? unit;
}

/** The label of a parameter in a language, for code outside React (notices, summaries). */
export function paramLabel(id: ParamId, locale: Locale): string {
  return paramText[locale][id].label;
}
