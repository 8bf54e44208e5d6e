// Text of the long-run panel: its fields, buttons and states, each run's progress, totals, plot and block
// list, the sentence that stands in for a run's plot, and the messages when a run cannot start or stops.
import type { AbortReason } from '../../../workers/common/reports';
import { defineText } from '../defineText';

/** What a block list entry knows about an aborted block: its reason code and two figures, worded per language. */
export interface AbortedBlock {
  reason: AbortReason | null;
  /** Phase-error bound and X-basis (test-bit) error rate, already formatted. */
  bound: string;
  testErrors: string;
}

export const longRunText = defineText({
  en: {
    regionName: 'Long run',
    heading: 'Long run: drift and stabilisation',
    intro:
      'Replays hours of the selected link as fast as the workers go, with drift on (its ' +
      'strength is set under “Drift and stabilisation”). The same seed runs with and ' +
      'without the feedback loop, so the drift is identical and only the correction ' +
      'differs. Blocks are distilled as they fill; a block aborts when its error bounds ' +
      'leave no secret key (1 − h(phase-error bound) − h(QBER) ≤ 0: about 11 % when ' +
      'both are equal). Stop, or Reset in the run bar, ends it.',
    duration: 'Run duration',
    durationUnit: 'hours of simulated time',
    compare: 'Compare with stabilisation off',
    begin: 'Begin long run',
    stop: 'Stop long run',
    exportCsv: 'Export long run as CSV',
    exportJson: 'Export long run as JSON',
    exportHint:
      'CSV: one row per simulated minute and run (QBER Z and X, cumulative secret key, ' +
      'misalignment). JSON: the link, seed, duration and each run’s totals, minute ' +
      'series and blocks; “Import run” under “Export / share” shows it again.',
    stateName: 'Long run state',
    status: {
      idle: 'Ready',
      starting: 'Starting…',
      running: 'Running',
      done: 'Done',
      stopped: 'Stopped',
      error: 'Stopped by an error',
    },
    runStatus: {
      idle: '',
      starting: 'starting',
      running: 'running',
      done: 'done',
      stopped: 'stopped',
      error: 'failed',
    },
    variantTitle: { on: 'Stabilisation on', off: 'Stabilisation off' },
    /** The variant inside a sentence or a name ("Blocks, stabilisation off"). */
    variantInText: { on: 'stabilisation on', off: 'stabilisation off' },
    simulatedTimeName: (title: string) => `${title}: simulated time`,
    progressName: (title: string) => `${title} progress`,
    progress: (simulated: string, duration: string, wallSeconds: string, status: string) =>
      ` · ${simulated} of ${duration} simulated · ${wallSeconds} s wall · ${status}`,
    timeLeft: (duration: string) => ` · about ${duration} left`,
    totalsBlocks: 'Blocks',
    totalsSecretKey: 'Secret key',
    keptAborted: (kept: number, aborted: number) => `${kept} kept, ${aborted} aborted`,
    remainderAtEnd: 'remainder at the end',
    remainder: { kept: 'kept', aborted: 'aborted' },
    bits: (count: string) => `${count} bits`,
    setup: (link: string, seed: number, blockBits: string) =>
      `${link} · seed ${seed} · drift on · blocks of ${blockBits} bits (the long-run rule of `,
    setupEnd: ')',
    defaultLink: 'Default link',
    empty:
      'No long run yet. The default replays the six unattended hours of the 120 km quantum-dot link in a few seconds.',
    durationNotNumber: (min: string, max: string) =>
      `Run duration must be a number of hours between ${min} h and ${max} h.`,
    durationOutOfRange: (min: string, max: string, got: string) =>
      `Run duration must be between ${min} h and ${max} h; got ${got} h.`,
    cannotStart: (why: string) => `Cannot start the long run: ${why}`,
    noWorkerFree: 'no simulation worker is free.',
    runStopped: (title: string, why: string) => `${title}: the run stopped because ${why}.`,
    // The plot of one run
    plotExportName: (variant: string) => `long run ${variant}`,
    plotName: (variant: string) =>
      `Line chart, ${variant}: QBER of the Z and X bases per simulated minute with the ` +
      `abort threshold and the finished blocks, and the secret key over simulated time`,
    plotNoteOn: 'The feedback loop corrects the phase from disclosed X-basis errors.',
    plotNoteOff: 'Same seed and drift, no feedback loop.',
    legendMean: (basis: string, minutes: number) => `${basis}, ${minutes}-min mean`,
    legendRaw: 'one-minute values',
    legendKept: 'Kept block (its bound)',
    legendAborted: 'Aborted block',
    legendSecret: 'Secret key',
    yQber: 'QBER (%)',
    ySecret: 'Secret key (bits)',
    plotStarting: 'Starting the workers…',
    plotEmpty: 'Start a long run: the error rate appears here.',
    // The sentence for screen readers
    notMeasuredYet: 'not measured yet',
    tally: (kept: number, aborted: number, remainder: string | null) =>
      `${kept} kept, ${aborted} aborted${remainder ? `; remainder ${remainder}` : ''}`,
    describeRun: (v: {
      label: string;
      simulated: string;
      duration: string;
      points: string;
      z: string;
      x: string;
      window: number;
      highestX: string;
      threshold: string;
      tally: string;
      secretBits: string;
    }) =>
      `${v.label}: ${v.simulated} of ${v.duration} simulated, ${v.points} one-minute points. ` +
      `QBER over the run: Z ${v.z}, X ${v.x}; highest ${v.window}-minute mean of X ${v.highestX} ` +
      `(abort threshold ${v.threshold}). Blocks: ${v.tally}. ` +
      `Secret key: ${v.secretBits} bits.`,
    // The block list
    noBlocks: 'No block finished yet.',
    newest: (shown: number, total: string) => `Newest ${shown} of ${total} blocks.`,
    blocksName: (variant: string) => `Blocks, ${variant}`,
    blockName: (n: number) => `Block ${n}`,
    remainderWhen: 'the partial block distilled at the end',
    filledAt: (time: string) => `filled at ≈ ${time}`,
    boundPart: (percent: string) => `, phase-error bound ${percent}`,
    aborted: (why: string) => `aborted — ${why}`,
    abortWhy: (b: AbortedBlock) => {
      switch (b.reason) {
        case 'qber-above-threshold':
          return (
            `possible eavesdropper: key discarded (a phase-error bound of ${b.bound} at ${b.testErrors} ` +
            `errors in the test bits leaves no secret key)`
          );
        case 'too-few-bits':
          return 'too few bits to distil';
        case 'verification-failed':
          return 'keys still differ after error correction (hash tags disagree): block discarded';
        case 'key-length-not-positive':
          return 'no secret key: nothing is left after error correction and the finite-size security margin';
        case null:
          return 'no key';
      }
    },
    kept: (secretBits: string, keyBits: string) => `kept, ${secretBits} secret bits from ${keyBits} key bits`,
  },
  de: {
    regionName: 'Langzeitlauf',
    heading: 'Langzeitlauf: Drift und Stabilisierung',
    intro:
      'Spielt Stunden der gewählten Strecke so schnell wie möglich ab, mit ' +
      'eingeschalteter Drift (ihre Stärke steht unter „Drift und Stabilisierung“). ' +
      'Derselbe Seed läuft mit und ohne Regelschleife: Die Drift ist also identisch, ' +
      'nur die Korrektur unterscheidet sich. Blöcke werden destilliert, sobald sie voll ' +
      'sind; ein Block wird abgebrochen, wenn seine Fehlerschranken keinen geheimen ' +
      'Schlüssel übrig lassen (1 − h(Schranke des Phasenfehlers) − h(QBER) ≤ 0: etwa 11 ' +
      '%, wenn beide gleich sind). „Langzeitlauf stoppen“ oder „Zurücksetzen“ in der ' +
      'Laufleiste beendet ihn.',
    duration: 'Laufdauer',
    durationUnit: 'Stunden simulierter Zeit',
    compare: 'Mit ausgeschalteter Stabilisierung vergleichen',
    begin: 'Langzeitlauf beginnen',
    stop: 'Langzeitlauf stoppen',
    exportCsv: 'Langzeitlauf als CSV exportieren',
    exportJson: 'Langzeitlauf als JSON exportieren',
    exportHint:
      'CSV: eine Zeile pro simulierter Minute und Lauf (QBER Z und X, kumulierter ' +
      'geheimer Schlüssel, Fehlausrichtung). JSON: Strecke, Seed, Dauer und für jeden ' +
      'Lauf Summen, Minutenreihe und Blöcke; „Lauf importieren“ unter „Export / Teilen“ ' +
      'zeigt ihn wieder an.',
    stateName: 'Zustand des Langzeitlaufs',
    status: {
      idle: 'Bereit',
      starting: 'Startet…',
      running: 'Läuft',
      done: 'Fertig',
      stopped: 'Gestoppt',
      error: 'Durch einen Fehler gestoppt',
    },
    runStatus: {
      idle: '',
      starting: 'startet',
      running: 'läuft',
      done: 'fertig',
      stopped: 'gestoppt',
      error: 'fehlgeschlagen',
    },
    variantTitle: { on: 'Stabilisierung an', off: 'Stabilisierung aus' },
    variantInText: { on: 'Stabilisierung an', off: 'Stabilisierung aus' },
    simulatedTimeName: (title: string) => `${title}: simulierte Zeit`,
    progressName: (title: string) => `Fortschritt, ${title}`,
    progress: (simulated: string, duration: string, wallSeconds: string, status: string) =>
      ` · ${simulated} von ${duration} simuliert · ${wallSeconds} s Rechenzeit · ${status}`,
    timeLeft: (duration: string) => ` · noch etwa ${duration}`,
    totalsBlocks: 'Blöcke',
    totalsSecretKey: 'Geheimer Schlüssel',
    keptAborted: (kept: number, aborted: number) => `${kept} behalten, ${aborted} abgebrochen`,
    remainderAtEnd: 'Rest am Ende',
    remainder: { kept: 'behalten', aborted: 'abgebrochen' },
    bits: (count: string) => `${count} Bits`,
    setup: (link: string, seed: number, blockBits: string) =>
      `${link} · Seed ${seed} · Drift an · Blöcke zu ${blockBits} Bits (die Langzeitregel von `,
    setupEnd: ')',
    defaultLink: 'Standardstrecke',
    empty:
      'Noch kein Langzeitlauf. Voreingestellt spielt er die sechs unbeaufsichtigten ' +
      'Stunden der 120-km-Quantenpunktstrecke in wenigen Sekunden ab.',
    durationNotNumber: (min: string, max: string) =>
      `Die Laufdauer muss eine Zahl von Stunden zwischen ${min} h und ${max} h sein.`,
    durationOutOfRange: (min: string, max: string, got: string) =>
      `Die Laufdauer muss zwischen ${min} h und ${max} h liegen; eingegeben: ${got} h.`,
    cannotStart: (why: string) => `Der Langzeitlauf kann nicht starten: ${why}`,
    noWorkerFree: 'Kein Simulationsprozess ist frei.',
    runStopped: (title: string, why: string) => `${title}: Der Lauf wurde abgebrochen (${why}).`,
    plotExportName: (variant: string) => `Langzeitlauf ${variant}`,
    plotName: (variant: string) =>
      `Liniendiagramm, ${variant}: QBER der Z- und der X-Basis je simulierter Minute mit ` +
      `der Abbruchschwelle und den fertigen Blöcken, dazu der geheime Schlüssel über der ` +
      `simulierten Zeit`,
    plotNoteOn: 'Die Regelschleife korrigiert die Phase anhand der offengelegten Fehler der X-Basis.',
    plotNoteOff: 'Gleicher Seed und gleiche Drift, ohne Regelschleife.',
    legendMean: (basis: string, minutes: number) => `${basis}, ${minutes}-min-Mittel`,
    legendRaw: 'Minutenwerte',
    legendKept: 'Behaltener Block (seine Schranke)',
    legendAborted: 'Abgebrochener Block',
    legendSecret: 'Geheimer Schlüssel',
    yQber: 'QBER (%)',
    ySecret: 'Geheimer Schlüssel (Bits)',
    plotStarting: 'Die Simulationsprozesse starten…',
    plotEmpty: 'Einen Langzeitlauf beginnen: Hier erscheint die Fehlerrate.',
    notMeasuredYet: 'noch nicht gemessen',
    tally: (kept: number, aborted: number, remainder: string | null) =>
      `${kept} behalten, ${aborted} abgebrochen${remainder ? `; Rest ${remainder}` : ''}`,
    describeRun: (v: {
      label: string;
      simulated: string;
      duration: string;
      points: string;
      z: string;
      x: string;
      window: number;
      highestX: string;
      threshold: string;
      tally: string;
      secretBits: string;
    }) =>
      `${v.label}: ${v.simulated} von ${v.duration} simuliert, ${v.points} Minutenpunkte. ` +
      `QBER über den Lauf: Z ${v.z}, X ${v.x}; höchstes ${v.window}-Minuten-Mittel von X ${v.highestX} ` +
      `(Abbruchschwelle ${v.threshold}). Blöcke: ${v.tally}. ` +
      `Geheimer Schlüssel: ${v.secretBits} Bits.`,
    noBlocks: 'Noch kein Block fertig.',
    newest: (shown: number, total: string) => `Die neuesten ${shown} von ${total} Blöcken.`,
    blocksName: (variant: string) => `Blöcke, ${variant}`,
    blockName: (n: number) => `Block ${n}`,
    remainderWhen: 'der unvollständige Block, am Ende destilliert',
    filledAt: (time: string) => `voll bei ≈ ${time}`,
    boundPart: (percent: string) => `, Schranke des Phasenfehlers ${percent}`,
    aborted: (why: string) => `abgebrochen — ${why}`,
    abortWhy: (b: AbortedBlock) => {
      switch (b.reason) {
        case 'qber-above-threshold':
          return (
            `möglicher Lauscher: Schlüssel verworfen (die Schranke des Phasenfehlers von ${b.bound} ` +
            `bei ${b.testErrors} Fehlern in den Testbits lässt keinen geheimen Schlüssel übrig)`
          );
        case 'too-few-bits':
          return 'zu wenige Bits zum Destillieren';
        case 'verification-failed':
          return 'Schlüssel weichen nach der Fehlerkorrektur noch ab (Prüfsummen verschieden): Block verworfen';
        case 'key-length-not-positive':
          return (
            'kein geheimer Schlüssel: Nach Fehlerkorrektur und Sicherheitsabschlag für ' +
            'endliche Blöcke bleibt nichts übrig'
          );
        default:
          return 'kein Schlüssel';
      }
    },
    kept: (secretBits: string, keyBits: string) => `behalten, ${secretBits} geheime Bits aus ${keyBits} Schlüsselbits`,
  },
  zh: {
    regionName: '长时间运行',
    heading: '长时间运行：漂移与稳定',
    intro:
      '以后台线程所能达到的最快速度重放所选链路数小时的运行，并开启漂移（其强度在“漂移与稳定”中设置）。' +
      '相同的种子分别在有和没有反馈环的情况下运行，因此漂移完全相同，只有校正不同。' +
      '数据块填满即进行提取；当误差界不再留下秘密密钥时（1 − h(相位误差界) − h(QBER) ≤ 0：两者相等时约为 11 %），' +
      '该数据块中止。按“停止”或运行栏中的“重置”即可结束。',
    duration: '运行时长',
    durationUnit: '小时模拟时间',
    compare: '与关闭稳定时比较',
    begin: '开始长时间运行',
    stop: '停止长时间运行',
    exportCsv: '将长时间运行导出为 CSV',
    exportJson: '将长时间运行导出为 JSON',
    exportHint:
      'CSV：每个模拟分钟、每次运行一行（Z 和 X 的 QBER、累计秘密密钥、失准）。' +
      'JSON：链路、种子、时长以及每次运行的总计、分钟序列和数据块；“导出 / 分享”中的“导入运行”可再次显示。',
    stateName: '长时间运行状态',
    status: {
      idle: '就绪',
      starting: '正在启动……',
      running: '运行中',
      done: '完成',
      stopped: '已停止',
      error: '因错误而停止',
    },
    runStatus: {
      idle: '',
      starting: '正在启动',
      running: '运行中',
      done: '完成',
      stopped: '已停止',
      error: '失败',
    },
    variantTitle: { on: '稳定开启', off: '稳定关闭' },
    variantInText: { on: '稳定开启', off: '稳定关闭' },
    simulatedTimeName: (title) => `${title}：模拟时间`,
    progressName: (title) => `${title} 进度`,
    progress: (simulated, duration, wallSeconds, status) =>
      ` · 已模拟 ${simulated}/${duration} · 实际用时 ${wallSeconds} s · ${status}`,
    timeLeft: (duration) => ` · 约剩 ${duration}`,
    totalsBlocks: '数据块',
    totalsSecretKey: '秘密密钥',
    keptAborted: (kept, aborted) => `保留 ${kept}，中止 ${aborted}`,
    remainderAtEnd: '结束时的剩余部分',
    remainder: { kept: '保留', aborted: '中止' },
    bits: (count) => `${count} 比特`,
    setup: (link, seed, blockBits) =>
      `${link} · 种子 ${seed} · 漂移开启 · 数据块 ${blockBits} 比特（长时间运行的规则：`,
    setupEnd: '）',
    defaultLink: '默认链路',
    empty: '尚无长时间运行。默认设置会在几秒内重放 120 km 量子点链路无人值守的六个小时。',
    durationNotNumber: (min, max) => `运行时长必须是 ${min} h 至 ${max} h 之间的小时数。`,
    durationOutOfRange: (min, max, got) => `运行时长必须在 ${min} h 至 ${max} h 之间；输入的是 ${got} h。`,
    cannotStart: (why) => `无法开始长时间运行：${why}`,
    noWorkerFree: '没有空闲的模拟线程。',
    runStopped: (title, why) => `${title}：运行停止，因为${why}。`,
    plotExportName: (variant) => `长时间运行 ${variant}`,
    plotName: (variant) =>
      `折线图，${variant}：Z 基和 X 基每模拟分钟的 QBER，以及中止阈值和已完成的数据块，` +
      `还有随模拟时间变化的秘密密钥`,
    plotNoteOn: '反馈环根据公开的 X 基误码校正相位。',
    plotNoteOff: '相同的种子和漂移，没有反馈环。',
    legendMean: (basis, minutes) => `${basis}，${minutes} 分钟均值`,
    legendRaw: '每分钟数值',
    legendKept: '保留的数据块（其误差界）',
    legendAborted: '中止的数据块',
    legendSecret: '秘密密钥',
    yQber: 'QBER（%）',
    ySecret: '秘密密钥（比特）',
    plotStarting: '正在启动后台线程……',
    plotEmpty: '开始一次长时间运行：误码率会显示在这里。',
    notMeasuredYet: '尚未测量',
    tally: (kept, aborted, remainder) => `保留 ${kept}，中止 ${aborted}${remainder ? `；剩余部分${remainder}` : ''}`,
    describeRun: (v) =>
      `${v.label}：已模拟 ${v.simulated}/${v.duration}，共 ${v.points} 个分钟数据点。` +
      `整个运行的 QBER：Z ${v.z}，X ${v.x}；X 的 ${v.window} 分钟均值最高为 ${v.highestX}` +
      `（中止阈值 ${v.threshold}）。数据块：${v.tally}。` +
      `秘密密钥：${v.secretBits} 比特。`,
    noBlocks: '尚无完成的数据块。',
    newest: (shown, total) => `${total} 个数据块中最新的 ${shown} 个。`,
    blocksName: (variant) => `数据块，${variant}`,
    blockName: (n) => `数据块 ${n}`,
    remainderWhen: '结束时提取的不完整数据块',
    filledAt: (time) => `约在 ${time} 填满`,
    boundPart: (percent) => `，相位误差界 ${percent}`,
    aborted: (why) => `中止——${why}`,
    abortWhy: (b) => {
      switch (b.reason) {
        case 'qber-above-threshold':
          return `可能有窃听者：密钥被丢弃（测试比特误码率为 ${b.testErrors} 时，相位误差界 ${b.bound} 不留下任何秘密密钥）`;
        case 'too-few-bits':
          return '比特太少，无法提取';
        case 'verification-failed':
          return '纠错后密钥仍不一致（校验和不同）：数据块被丢弃';
        case 'key-length-not-positive':
          return '没有秘密密钥：纠错并扣除有限码长的安全余量后，什么也不剩';
        default:
          return '没有密钥';
      }
    },
    kept: (secretBits, keyBits) => `保留，由 ${keyBits} 个密钥比特得到 ${secretBits} 个秘密比特`,
  },
});

export type LongRunText = (typeof longRunText)['en'];
