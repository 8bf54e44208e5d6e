// Text of the parameter panel and the run bar's preset menu and seed field: group titles, range notes,
// the number box's name and its error, the seed's error. Parameter names themselves live in params.ts.
import type { ParamGroup } from '../../../workers/common/params';
import { defineText } from '../defineText';

export const controlsText = defineText({
  en: {
    linkParameters: 'Link parameters',
    groups: {
      emitter: 'Emitter',
      fiber: 'Fiber',
      detectors: 'Detectors',
      eve: 'Eavesdropper',
      encoding: 'Protocol: encoding and bases',
      distillation: 'Protocol: key distillation',
      stability: 'Drift and stabilisation',
    } satisfies Record<ParamGroup, string>,
    fixedForRun: 'Fixed for this run; Reset to change.',
    runKeepsLastValid: 'The running simulation keeps the last settings that fit together until this is resolved.',
    logScale: ' (log scale)',
    rangeSentence: (min: string, max: string) => `Range ${min} to ${max}.`,
    /** The number box's accessible name ("Fiber length value" is part of the English contract). */
    exactValueName: (label: string) => `${label} value`,
    /** `range` comes from `range` below. */
    mustBe: (label: string, range: string) => `${label} must be ${range}.`,
    range: (min: string, max: string, unit: string, isWhole: boolean) =>
      `from ${min} to ${max}${unit ? ` ${unit}` : ''}${isWhole ? ' (whole number)' : ''}`,
    seed: 'Seed',
    seedError: (max: string) => `Seed must be a whole number from 0 to ${max}.`,
    preset: 'Preset',
    defaultLink: 'Custom link (command-line defaults)',
    modified: (title: string) => `${title} (modified)`,
    quickTitle: 'Your link',
    showAllSettings: 'All link settings',
    hideAllSettings: 'Hide link settings',
    sourceFixedForRun: 'The source is fixed for this run; Reset to change it.',
  },
  de: {
    linkParameters: 'Parameter der Strecke',
    groups: {
      emitter: 'Sender',
      fiber: 'Glasfaser',
      detectors: 'Detektoren',
      eve: 'Lauscher',
      encoding: 'Protokoll: Kodierung und Basen',
      distillation: 'Protokoll: Schlüsseldestillation',
      stability: 'Drift und Stabilisierung',
    },
    fixedForRun: 'Für diesen Lauf festgelegt; zum Ändern zurücksetzen.',
    runKeepsLastValid:
      'Die laufende Simulation behält die letzten zueinander passenden Einstellungen, bis das behoben ist.',
    logScale: ' (logarithmische Skala)',
    rangeSentence: (min, max) => `Bereich ${min} bis ${max}.`,
    exactValueName: (label) => `${label}, genauer Wert`,
    mustBe: (label, range) => `${label}: erlaubt ist ${range}.`,
    range: (min, max, unit, isWhole) =>
      `${isWhole ? 'eine ganze Zahl' : 'eine Zahl'} von ${min} bis ${max}${unit ? ` ${unit}` : ''}`,
    seed: 'Seed (Startwert)',
    seedError: (max) => `Der Seed muss eine ganze Zahl von 0 bis ${max} sein.`,
    preset: 'Voreinstellung',
    defaultLink: 'Eigene Strecke (Vorgaben der Kommandozeile)',
    modified: (title) => `${title} (geändert)`,
    quickTitle: 'Deine Strecke',
    showAllSettings: 'Alle Einstellungen der Strecke',
    hideAllSettings: 'Einstellungen der Strecke ausblenden',
    sourceFixedForRun: 'Die Quelle ist für diesen Lauf festgelegt; zum Ändern zurücksetzen.',
  },
});
