// Text of the "Export / share" panel, the plot export buttons and the share link: button names, explanations,
// and the import messages worded from their codes (in English exactly importRun's messages). File contents stay English.
import type { ImportIssue, ImportNote } from '../../export/importRun';
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import { describeParamIssue } from './notices';
import { paramText } from './params';

export const exportText = defineText({
  en: {
    title: 'Export / share',
    runData: 'Run data',
    runDataHint: 'CSV: one row per simulated batch (time, detections, sifted and error counts, QBER, key bits). JSON: seed, preset, every parameter, model version, totals and block reports.',
    exportCsv: 'Export run as CSV',
    exportJson: 'Export run as JSON',
    importRun: 'Import run',
    tooBig: (file: string, bytes: number) => `Import run: ${file} was not loaded. file: ${bytes} bytes is more than a run file can be.`,
    unreadableFile: (file: string, why: string) => `Import run: ${file} could not be read (${why}).`,
    unknownError: 'unknown error',
    notLoaded: (file: string, why: string) => `Import run: ${file} was not loaded, nothing changed. ${why}.`,
    loaded: (file: string, seed: number, preset: string | null) => `Loaded ${file}: seed ${seed}${preset ? `, preset ${preset}` : ''}. Press Start to run it.`,
    notes: (notes: string) => ` Note: ${notes}.`,
    missingParams: (count: number, fromPreset: boolean, ids: string) => `${count} parameter(s) not in the file took the ${fromPreset ? 'preset' : 'default'} value: ${ids}`,
    otherModel: (made: string, here: string) => `the file was made by QKD Lab ${made}; this is ${here}, so results may differ`,
    tooLarge: (chars: number, max: number) => `file: ${chars} characters is more than a run file can be (${max})`,
    notJson: (why: string) => `file: not valid JSON (${why})`,
    notARun: (found: string) => `file: expected a QKD Lab run object, found ${found}`,
    wrongFormat: (expected: string, found: string) => `format: expected "${expected}", found ${found}`,
    wrongVersion: (expected: number, found: string) => `formatVersion: this version reads ${expected}, found ${found}`,
    badSeed: (max: number, found: string) => `seed: expected a whole number from 0 to ${max}, found ${found}`,
    badPreset: (found: string) => `preset: ${found} is not a known preset`,
    paramsNotObject: (found: string) => `params: expected an object of parameter values, found ${found}`,
    notAParameter: (name: string) => `params.${name}: not a parameter of this model`,
    wrongType: (name: string, label: string, isNumber: boolean, found: string) => `params.${name}: ${label} must be a ${isNumber ? 'number' : 'text option'}, found ${found}`,
    badParam: (id: string, issue: string, more: number) => `params.${id}: ${issue}${more > 0 ? ` (and ${more} more)` : ''}`,
    notText: (found: string) => `file: expected text, found ${found}`,
    cannotRead: (why: string) => `file: could not be read (${why})`,

    exportPlot: (name: string) => `Export ${name} plot`,
    exportPlotAs: (name: string, kind: string) => `Export ${name} plot as ${kind}`,
    exportWord: 'Export',
    exportFailed: (name: string, kind: string, why: string) => `Could not export the ${name} plot as ${kind}: ${why}`,

    shareTitle: 'Share this link',
    shareHint: 'Opens the same link, preset and seed. Display settings (presenter view, colours) stay on this screen.',
    shareLink: 'Share link',
    copyLink: 'Copy link',
    copied: 'Link copied.',
    copyBlocked: 'Copying is blocked here: the link is selected, copy it with Ctrl+C.',
    qrLabel: 'QR code of the share link',
  },
  de: {
    title: 'Export / Teilen',
    runData: 'Daten des Laufs',
    runDataHint: 'CSV: eine Zeile pro simuliertem Paket (Zeit, Detektionen, gesiebte Bits und Fehler, QBER, Schlüsselbits). JSON: Seed, Voreinstellung, alle Parameter, Modellversion, Summen und Blockberichte.',
    exportCsv: 'Lauf als CSV exportieren',
    exportJson: 'Lauf als JSON exportieren',
    importRun: 'Lauf importieren',
    tooBig: (file, bytes) => `Lauf importieren: ${file} wurde nicht geladen. Datei: ${bytes} Bytes sind mehr, als eine Laufdatei haben kann.`,
    unreadableFile: (file, why) => `Lauf importieren: ${file} konnte nicht gelesen werden (${why}).`,
    unknownError: 'unbekannter Fehler',
    notLoaded: (file, why) => `Lauf importieren: ${file} wurde nicht geladen, nichts wurde geändert. ${why}.`,
    loaded: (file, seed, preset) => `${file} geladen: Seed ${seed}${preset ? `, Voreinstellung ${preset}` : ''}. Mit „Starten“ wird der Lauf ausgeführt.`,
    notes: (notes) => ` Hinweis: ${notes}.`,
    missingParams: (count, fromPreset, ids) => `${count} Parameter fehlten in der Datei und haben den Wert der ${fromPreset ? 'Voreinstellung' : 'Standardstrecke'} erhalten: ${ids}`,
    otherModel: (made, here) => `die Datei stammt von QKD Lab ${made}; dies ist ${here}, die Ergebnisse können abweichen`,
    tooLarge: (chars, max) => `Datei: ${chars} Zeichen sind mehr, als eine Laufdatei haben kann (${max})`,
    notJson: () => 'Datei: kein gültiges JSON',
    notARun: (found) => `Datei: erwartet wird ein Lauf von QKD Lab, gefunden ${found}`,
    wrongFormat: (expected, found) => `format: erwartet „${expected}“, gefunden ${found}`,
    wrongVersion: (expected, found) => `formatVersion: diese Version liest ${expected}, gefunden ${found}`,
    badSeed: (max, found) => `seed: erwartet wird eine ganze Zahl von 0 bis ${max}, gefunden ${found}`,
    badPreset: (found) => `preset: ${found} ist keine bekannte Voreinstellung`,
    paramsNotObject: (found) => `params: erwartet wird ein Objekt mit Parameterwerten, gefunden ${found}`,
    notAParameter: (name) => `params.${name}: kein Parameter dieses Modells`,
    wrongType: (name, label, isNumber, found) => `params.${name}: ${label} muss ${isNumber ? 'eine Zahl' : 'eine Option als Text'} sein, gefunden ${found}`,
    badParam: (id, issue, more) => `params.${id}: ${issue}${more > 0 ? ` (und ${more} weitere)` : ''}`,
    notText: (found) => `Datei: erwartet wird Text, gefunden ${found}`,
    cannotRead: () => 'Datei: konnte nicht gelesen werden',

    exportPlot: (name) => `Diagramm „${name}“ exportieren`,
    exportPlotAs: (name, kind) => `Diagramm „${name}“ als ${kind} exportieren`,
    exportWord: 'Exportieren',
    exportFailed: (name, kind, why) => `Das Diagramm „${name}“ konnte nicht als ${kind} exportiert werden: ${why}`,

    shareTitle: 'Diesen Link teilen',
    shareHint: 'Öffnet dieselbe Strecke mit Voreinstellung und Seed. Anzeige-Einstellungen (Präsentationsansicht, Farben) bleiben auf diesem Bildschirm.',
    shareLink: 'Link zum Teilen',
    copyLink: 'Link kopieren',
    copied: 'Link kopiert.',
    copyBlocked: 'Kopieren ist hier gesperrt: Der Link ist markiert, kopieren Sie ihn mit Strg+C.',
    qrLabel: 'QR-Code des Links zum Teilen',
  },
});

/** Why a run file was refused; in English exactly importRun's message. */
export function describeImportIssue(d: ImportIssue, locale: Locale): string {
  const t = exportText[locale];
  switch (d.code) {
    case 'too-large': return t.tooLarge(d.chars, d.max);
    case 'not-json': return t.notJson(d.text);
    case 'not-a-run': return t.notARun(d.found);
    case 'wrong-format': return t.wrongFormat(d.expected, d.found);
    case 'wrong-version': return t.wrongVersion(d.expected, d.found);
    case 'bad-seed': return t.badSeed(d.max, d.found);
    case 'bad-preset': return t.badPreset(d.found);
    case 'params-not-object': return t.paramsNotObject(d.found);
    case 'not-a-parameter': return t.notAParameter(d.name);
    case 'wrong-type': return t.wrongType(d.name, paramText[locale][d.name].label, d.want === 'number', d.found);
    case 'bad-param': return t.badParam(d.id, describeParamIssue(d.id, d.issue, locale), d.more);
    case 'not-text': return t.notText(d.found);
    case 'unreadable': return t.cannotRead(d.text);
  }
}

/** A note about a loaded run file; in English exactly importRun's note. */
export function describeImportNote(n: ImportNote, locale: Locale): string {
  const t = exportText[locale];
  return n.code === 'missing-params' ? t.missingParams(n.ids.length, n.fromPreset, n.ids.join(', ')) : t.otherModel(n.made, n.here);
}
