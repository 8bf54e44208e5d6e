// Text of the "Export / share" panel, the plot export buttons and the share link: button names, explanations,
// and the import and plot-export messages worded from their language-free codes (importRun.ts, plotImage.ts).
// Only an unexpected exception's own text is passed on, as a technical detail. File contents stay English.
import type { ImportIssue, ImportNote, ModelStamp } from '../../export/importRun';
import type { PlotExportFailure } from '../../export/plotImage';
import { formatCount } from '../../format/formatNumber';
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import type { FaultText } from './faults';
import { describeParamIssue } from './notices';
import { paramText } from './params';

export const exportText = defineText({
  en: {
    title: 'Export / share',
    runData: 'Run data',
    runDataHint:
      'CSV: one row per simulated batch (time, detections, sifted and error counts, ' +
      'QBER, key bits). JSON: seed, preset, every parameter, model version, totals, ' +
      'block reports and the series; “Import run” shows such a file’s results again.',
    exportCsv: 'Export run as CSV',
    exportJson: 'Export run as JSON',
    importRun: 'Import run',
    tooBig: (file: string, bytes: number, max: number) =>
      `Import run: ${file} was not loaded. file: ${formatCount(bytes)} bytes is more than ` +
      `a run file can be (at most ${formatCount(max)}).`,
    unreadableFile: (file: string) => `Import run: ${file} could not be read; nothing changed.`,
    notLoaded: (file: string, why: string) => `Import run: ${file} was not loaded, nothing changed. ${why}.`,
    loaded: (file: string, seed: number, preset: string | null) =>
      `Loaded ${file}: seed ${seed}${preset ? `, preset “${preset}”` : ''}. Press Start to run it.`,
    notes: (notes: string) => ` Note: ${notes}.`,
    missingParams: (count: number, fromPreset: boolean, ids: string) =>
      `${count} parameter(s) not in the file took the ${fromPreset ? 'preset' : 'default'} value: ${ids}`,
    otherModel: (made: string, here: string) =>
      `the file was made by QKD Lab ${made}; this is ${here}, so results may differ`,
    modelStamp: (version: string, buildId: string) => `${version} (build ${buildId})`,
    tooLarge: (chars: number, max: number) =>
      `file: ${formatCount(chars)} characters is more than a run file can be (at most ${formatCount(max)})`,
    tooDeep: (max: number) => `file: nested deeper than a run file can be (at most ${formatCount(max)} levels)`,
    tooManyItems: (max: number) => `file: holds more values than a run file can (at most ${formatCount(max)})`,
    notJson: 'file: not valid JSON (is it the JSON file that “Export run as JSON” saved?)',
    notARun: (found: string) => `file: expected a QKD Lab run object, found ${found}`,
    wrongFormat: (expected: string, found: string) => `format: expected "${expected}", found ${found}`,
    wrongVersion: (expected: number, found: string) => `formatVersion: this version reads ${expected}, found ${found}`,
    badSeed: (max: number, found: string) => `seed: expected a whole number from 0 to ${max}, found ${found}`,
    badPreset: (found: string) => `preset: ${found} is not a known preset`,
    paramsNotObject: (found: string) => `params: expected an object of parameter values, found ${found}`,
    notAParameter: (name: string) => `params.${name}: not a parameter of this model`,
    wrongType: (name: string, label: string, isNumber: boolean, found: string) =>
      `params.${name}: ${label} must be a ${isNumber ? 'number' : 'text option'}, found ${found}`,
    badParam: (id: string, issue: string, more: number) =>
      `params.${id}: ${issue}${more > 0 ? ` (and ${more} more)` : ''}`,
    notText: 'file: expected text',
    cannotRead: 'file: could not be read because of an unexpected error',
    badRecorded: (field: string) => `${field}: the recorded results do not have the shape a QKD Lab file writes`,
    loadedRecorded: (file: string, seed: number, preset: string | null) =>
      `Loaded ${file}: seed ${seed}${preset ? `, preset “${preset}”` : ''}. ` +
      'Its recorded results are shown, marked “Imported run”, until you press Start or Reset.',
    loadedLongRun: (file: string, seed: number) =>
      `Loaded ${file}: the long run with seed ${seed} is shown in the long-run panel, marked ` +
      `“Imported run”, until a new long run starts or you press Reset.`,
    importedBadge: 'Imported run',
    importedFrom: (seed: number, date: string) => `seed ${seed}${date ? `, exported ${date}` : ''}`,

    exportPlot: (name: string) => `Export ${name} plot`,
    exportPlotAs: (name: string, kind: string) => `Export ${name} plot as ${kind}`,
    exportWord: 'Export',
    exportFailed: (name: string, kind: string, why: string) => `Could not export the ${name} plot as ${kind}: ${why}.`,
    plotNoCanvas: 'this browser cannot draw on an offscreen canvas, which PNG export needs (SVG export still works)',
    plotNotDecoded: 'the browser could not turn the plot into an image',
    plotUnexpected: 'an unexpected error',

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
    runDataHint:
      'CSV: eine Zeile pro simuliertem Paket (Zeit, Detektionen, gesiebte Bits und ' +
      'Fehler, QBER, Schlüsselbits). JSON: Seed, Voreinstellung, alle Parameter, ' +
      'Modellversion, Summen, Blockberichte und die Zeitreihe; „Lauf importieren“ zeigt ' +
      'die Ergebnisse einer solchen Datei wieder an.',
    exportCsv: 'Lauf als CSV exportieren',
    exportJson: 'Lauf als JSON exportieren',
    importRun: 'Lauf importieren',
    tooBig: (file, bytes, max) =>
      `Lauf importieren: ${file} wurde nicht geladen. Datei: ${formatCount(bytes)} Bytes ` +
      `sind mehr, als eine Laufdatei haben kann (höchstens ${formatCount(max)}).`,
    unreadableFile: (file) => `Lauf importieren: ${file} konnte nicht gelesen werden; nichts wurde geändert.`,
    notLoaded: (file, why) => `Lauf importieren: ${file} wurde nicht geladen, nichts wurde geändert. ${why}.`,
    loaded: (file, seed, preset) =>
      `${file} geladen: Seed ${seed}${preset ? `, Voreinstellung „${preset}“` : ''}. ` +
      'Mit „Starten“ wird der Lauf ausgeführt.',
    notes: (notes) => ` Hinweis: ${notes}.`,
    missingParams: (count, fromPreset, ids) =>
      `${count} Parameter fehlten in der Datei und haben den Wert der ` +
      `${fromPreset ? 'Voreinstellung' : 'Standardstrecke'} ` +
      `erhalten: ${ids}`,
    otherModel: (made, here) =>
      `die Datei stammt von QKD Lab ${made}; dies ist ${here}, die Ergebnisse können abweichen`,
    modelStamp: (version, buildId) => `${version} (Build ${buildId})`,
    tooLarge: (chars, max) =>
      `Datei: ${formatCount(chars)} Zeichen sind mehr, als eine Laufdatei haben kann (höchstens ${formatCount(max)})`,
    tooDeep: (max) =>
      `Datei: tiefer verschachtelt, als eine Laufdatei sein kann (höchstens ${formatCount(max)} Ebenen)`,
    tooManyItems: (max) => `Datei: enthält mehr Werte, als eine Laufdatei haben kann (höchstens ${formatCount(max)})`,
    notJson: 'Datei: kein gültiges JSON (ist es die Datei, die „Lauf als JSON exportieren“ gespeichert hat?)',
    notARun: (found) => `Datei: erwartet wird ein Lauf von QKD Lab, gefunden ${found}`,
    wrongFormat: (expected, found) => `format: erwartet „${expected}“, gefunden ${found}`,
    wrongVersion: (expected, found) => `formatVersion: diese Version liest ${expected}, gefunden ${found}`,
    badSeed: (max, found) => `seed: erwartet wird eine ganze Zahl von 0 bis ${max}, gefunden ${found}`,
    badPreset: (found) => `preset: ${found} ist keine bekannte Voreinstellung`,
    paramsNotObject: (found) => `params: erwartet wird ein Objekt mit Parameterwerten, gefunden ${found}`,
    notAParameter: (name) => `params.${name}: kein Parameter dieses Modells`,
    wrongType: (name, label, isNumber, found) =>
      `params.${name}: ${label} muss ${isNumber ? 'eine Zahl' : 'eine Option als Text'} sein, gefunden ${found}`,
    badParam: (id, issue, more) => `params.${id}: ${issue}${more > 0 ? ` (und ${more} weitere)` : ''}`,
    notText: 'Datei: erwartet wird Text',
    cannotRead: 'Datei: konnte wegen eines unerwarteten Fehlers nicht gelesen werden',
    badRecorded: (field) => `${field}: Die aufgezeichneten Ergebnisse haben nicht die Form, die QKD Lab schreibt`,
    loadedRecorded: (file, seed, preset) =>
      `${file} geladen: Seed ${seed}${preset ? `, Voreinstellung „${preset}“` : ''}. ` +
      'Die aufgezeichneten Ergebnisse werden als „Importierter Lauf“ gezeigt, bis „Starten“ oder ' +
      '„Zurücksetzen“ gedrückt wird.',
    loadedLongRun: (file, seed) =>
      `${file} geladen: Der Langzeitlauf mit Seed ${seed} steht als „Importierter Lauf“ ` +
      `im Bereich Langzeitlauf, bis ein neuer Langzeitlauf beginnt oder „Zurücksetzen“ ` +
      `gedrückt wird.`,
    importedBadge: 'Importierter Lauf',
    importedFrom: (seed, date) => `Seed ${seed}${date ? `, exportiert am ${date}` : ''}`,

    exportPlot: (name) => `Diagramm „${name}“ exportieren`,
    exportPlotAs: (name, kind) => `Diagramm „${name}“ als ${kind} exportieren`,
    exportWord: 'Exportieren',
    exportFailed: (name, kind, why) => `Das Diagramm „${name}“ konnte nicht als ${kind} exportiert werden: ${why}.`,
    plotNoCanvas:
      'dieser Browser kann nicht auf eine Offscreen-Leinwand zeichnen, die der ' +
      'PNG-Export braucht (der SVG-Export funktioniert weiterhin)',
    plotNotDecoded: 'der Browser konnte das Diagramm nicht in ein Bild umwandeln',
    plotUnexpected: 'ein unerwarteter Fehler',

    shareTitle: 'Diesen Link teilen',
    shareHint:
      'Öffnet dieselbe Strecke mit Voreinstellung und Seed. Anzeige-Einstellungen ' +
      '(Präsentationsansicht, Farben) bleiben auf diesem Bildschirm.',
    shareLink: 'Link zum Teilen',
    copyLink: 'Link kopieren',
    copied: 'Link kopiert.',
    copyBlocked: 'Kopieren ist hier gesperrt: Der Link ist markiert, kopieren Sie ihn mit Strg+C.',
    qrLabel: 'QR-Code des Links zum Teilen',
  },
  zh: {
    title: '导出 / 分享',
    runData: '运行数据',
    runDataHint:
      'CSV：每个模拟批次一行（时间、探测数、筛选数和误码数、QBER、密钥比特）。' +
      'JSON：种子、预设、所有参数、模型版本、总计、数据块报告和各序列；“导入运行”可再次显示这样一个文件的结果。',
    exportCsv: '将运行导出为 CSV',
    exportJson: '将运行导出为 JSON',
    importRun: '导入运行',
    tooBig: (file, bytes, max) =>
      `导入运行：未加载 ${file}。文件：${formatCount(bytes)} 字节，超出运行文件的上限（最多 ${formatCount(max)}）。`,
    unreadableFile: (file) => `导入运行：无法读取 ${file}；没有任何更改。`,
    notLoaded: (file, why) => `导入运行：未加载 ${file}，没有任何更改。${why}。`,
    loaded: (file, seed, preset) => `已加载 ${file}：种子 ${seed}${preset ? `，预设“${preset}”` : ''}。按“开始”运行。`,
    notes: (notes) => ` 注意：${notes}。`,
    missingParams: (count, fromPreset, ids) =>
      `文件中缺少的 ${count} 个参数采用了${fromPreset ? '预设' : '默认'}值：${ids}`,
    otherModel: (made, here) => `该文件由 QKD Lab ${made} 生成；当前为 ${here}，结果可能不同`,
    modelStamp: (version, buildId) => `${version}（构建 ${buildId}）`,
    tooLarge: (chars, max) => `文件：${formatCount(chars)} 个字符，超出运行文件的上限（最多 ${formatCount(max)}）`,
    tooDeep: (max) => `文件：嵌套层数超出运行文件的上限（最多 ${formatCount(max)} 层）`,
    tooManyItems: (max) => `文件：包含的值超出运行文件的上限（最多 ${formatCount(max)} 个）`,
    notJson: '文件：不是有效的 JSON（是“将运行导出为 JSON”保存的那个 JSON 文件吗？）',
    notARun: (found) => `文件：应为 QKD Lab 运行对象，实际为 ${found}`,
    wrongFormat: (expected, found) => `format：应为 "${expected}"，实际为 ${found}`,
    wrongVersion: (expected, found) => `formatVersion：此版本读取 ${expected}，实际为 ${found}`,
    badSeed: (max, found) => `seed：应为 0 至 ${max} 之间的整数，实际为 ${found}`,
    badPreset: (found) => `preset：${found} 不是已知的预设`,
    paramsNotObject: (found) => `params：应为由参数值组成的对象，实际为 ${found}`,
    notAParameter: (name) => `params.${name}：不是本模型的参数`,
    wrongType: (name, label, isNumber, found) =>
      `params.${name}：${label} 必须是${isNumber ? '数字' : '文本选项'}，实际为 ${found}`,
    badParam: (id, issue, more) => `params.${id}：${issue}${more > 0 ? `（另有 ${more} 处）` : ''}`,
    notText: '文件：应为文本',
    cannotRead: '文件：因意外错误无法读取',
    badRecorded: (field) => `${field}：记录的结果不符合 QKD Lab 文件的结构`,
    loadedRecorded: (file, seed, preset) =>
      `已加载 ${file}：种子 ${seed}${preset ? `，预设“${preset}”` : ''}。` +
      `其记录的结果会标记为“导入的运行”显示，直到你按“开始”或“重置”。`,
    loadedLongRun: (file, seed) =>
      `已加载 ${file}：种子为 ${seed} 的长时间运行显示在长时间运行面板中，标记为“导入的运行”，` +
      `直到开始新的长时间运行或你按“重置”。`,
    importedBadge: '导入的运行',
    importedFrom: (seed, date) => `种子 ${seed}${date ? `，导出于 ${date}` : ''}`,

    exportPlot: (name) => `导出 ${name} 图`,
    exportPlotAs: (name, kind) => `将 ${name} 图导出为 ${kind}`,
    exportWord: '导出',
    exportFailed: (name, kind, why) => `无法将 ${name} 图导出为 ${kind}：${why}。`,
    plotNoCanvas: '此浏览器不能在离屏画布上绘图，而 PNG 导出需要它（SVG 导出仍然可用）',
    plotNotDecoded: '浏览器无法把图表转换为图像',
    plotUnexpected: '意外错误',

    shareTitle: '分享此链接',
    shareHint: '打开相同的链路、预设和种子。显示设置（演示视图、配色）保留在本屏幕上。',
    shareLink: '分享链接',
    copyLink: '复制链接',
    copied: '链接已复制。',
    copyBlocked: '此处无法复制：链接已选中，请用 Ctrl+C 复制。',
    qrLabel: '分享链接的二维码',
  },
});

/** Why a run file was refused, naming the field; only an unexpected exception's own text comes back as the detail. */
export function describeImportIssue(d: ImportIssue, locale: Locale): FaultText {
  const t = exportText[locale];
  const text = (s: string): FaultText => ({ text: s, detail: null });
  switch (d.code) {
    case 'too-large':
      return text(t.tooLarge(d.chars, d.max));
    case 'too-complex':
      return text(d.limit === 'depth' ? t.tooDeep(d.max) : t.tooManyItems(d.max));
    case 'not-json':
      return text(t.notJson);
    case 'not-a-run':
      return text(t.notARun(d.found));
    case 'wrong-format':
      return text(t.wrongFormat(d.expected, d.found));
    case 'wrong-version':
      return text(t.wrongVersion(d.expected, d.found));
    case 'bad-seed':
      return text(t.badSeed(d.max, d.found));
    case 'bad-preset':
      return text(t.badPreset(d.found));
    case 'params-not-object':
      return text(t.paramsNotObject(d.found));
    case 'not-a-parameter':
      return text(t.notAParameter(d.name));
    case 'wrong-type':
      return text(t.wrongType(d.name, paramText[locale][d.name].label, d.want === 'number', d.found));
    case 'bad-param':
      return text(t.badParam(d.issue.param, describeParamIssue(d.issue, locale), d.more));
    case 'not-text':
      return text(t.notText);
    case 'unreadable':
      return { text: t.cannotRead, detail: d.text };
  }
}

const stamp = (m: ModelStamp, locale: Locale) => exportText[locale].modelStamp(m.version, m.buildId);

/** A note about a loaded run file. */
export function describeImportNote(n: ImportNote, locale: Locale): string {
  const t = exportText[locale];
  return n.code === 'missing-params'
    ? t.missingParams(n.ids.length, n.fromPreset, n.ids.join(', '))
    : t.otherModel(stamp(n.made, locale), stamp(n.here, locale));
}

/** Why a plot could not be exported as `kind` (SVG, PNG); an unexpected exception's own text is the detail. */
export function describePlotExportFailure(name: string, kind: string, f: PlotExportFailure, locale: Locale): FaultText {
  const t = exportText[locale];
  const why = f.code === 'no-canvas' ? t.plotNoCanvas : f.code === 'not-decoded' ? t.plotNotDecoded : t.plotUnexpected;
  return { text: t.exportFailed(name, kind, why), detail: f.code === 'unexpected' ? f.text || null : null };
}
