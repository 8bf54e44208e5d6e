// Text of the run: the run bar (buttons, speed, clock, status, the error that ended a run), the live readouts,
// the key-distillation panel and the abort notice, with the abort reasons and run faults worded from their codes.
import type { AbortDetail, AbortReason } from '../../../workers/common/reports';
import type { SpeedId } from '../../engine/simClock';
import type { WorkerKind, WorkerStopCause } from '../../engine/workerFault';
import type { RunFault, RunStatus } from '../../store/runSlice';
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import { formatFixed } from '../numbers';
import type { FaultText } from './faults';
import { describeParamIssues } from './notices';

/** A fraction as the distillation core writes it in an abort reason: one decimal, "26.1 %" (German "26,1 %"). */
const pct = (locale: Locale, x: number) => runText[locale].percent(formatFixed(100 * x, 1, locale));

export const runText = defineText({
  en: {
    region: 'Run',
    start: 'Start',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    stepHint: (detections: string, seconds: number) =>
      `Simulate the next ${detections} detections (at most ${seconds} simulated seconds), then stay paused`,
    speed: 'Speed',
    speeds: { x1: 'Real time (×1)', x100: '×100', x10000: '×10 000', max: 'As fast as possible' } satisfies Record<
      SpeedId,
      string
    >,
    simulatedClock: 'Simulated clock',
    pace: (factor: string) => `now ×${factor}`,
    paceHint:
      'The pace this computer keeps: the link makes more detections per second than it can simulate at the speed ' +
      'chosen, so simulated time runs slower.',
    paceHintMax: 'The pace this computer keeps: simulated seconds per wall second, as fast as the workers go.',
    runStatus: 'Run status',
    status: {
      idle: 'Ready',
      starting: 'Starting…',
      running: 'Running',
      paused: 'Paused',
      error: 'Stopped',
    } satisfies Record<RunStatus, string>,
    simulationStopped: (why: string) => `The simulation stopped: ${why}`,
    cannotStart: (why: string) => `Cannot start: ${why}`,
    noWorkerFree: 'no simulation worker is free',
    workerStopped: (worker: string, why: string) => `the ${worker} worker stopped (${why})`,
    workerNames: {
      photon: 'photon simulation',
      distill: 'key distillation',
      'long-run-photon': 'long-run photon simulation',
    } satisfies Record<WorkerKind, string>,
    noAnswer: (seconds: number) => `no answer for ${seconds} s`,
    unreadableMessage: 'a message could not be read',
    scriptError: 'script error',
    unexpectedError: 'an unexpected error in a worker',

    liveReadouts: 'Live readouts',
    moreReadouts: 'More readouts',
    restoreAll: 'Restore all',
    restoreAllHint: 'Reset all: every value and view back to the preset as it loaded (Alt+Shift+R)',
    blockProgressName: 'Key block in progress',
    blockIntro: (size: string) =>
      `Key bits are distilled in blocks of ${size} bits: the first secret key comes when the first block is full.`,
    blockFilling: (percent: string, eta: string | null, isFirst: boolean) =>
      `Block ${percent} full${eta ? ` — ${isFirst ? 'first' : 'next'} key in about ${eta} at this speed` : ''}`,
    blockDistilling: (percent: string) => `Block full — distilling the key (next block ${percent} full)`,
    blockWaiting: (percent: string) => `Block ${percent} full`,
    durationUnits: {
      s: (n: number) => `${n} s`,
      min: (n: number) => `${n} min`,
      h: (n: number) => `${n} h`,
      d: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    },
    qber: 'QBER',
    qberDetail: 'quantum bit error rate: wrong bits among those kept',
    siftedKeyRate: 'Sifted key rate',
    siftedKeyRateDetail: 'sifted bits (Z + X) per simulated second',
    secretKeyRate: 'Secret key rate',
    secretKeyRateDetail: 'final key bits per simulated second',
    eveKnowledge: "Eve's knowledge",
    eveKnowledgeDetail:
      'of a bit per sifted key bit: a bit she knows counts whole, a guess by how often her guesses are right ' +
      '(only the simulator sees this)',
    detections: 'Detections',
    siftedBits: 'Sifted bits',
    simulatedTime: 'Simulated time',
    pulses: (count: string) => `${count} pulses`,

    distillation: 'Key distillation',
    leakedBits: 'Leaked bits (error correction)',
    blocksDistilled: 'Blocks distilled',
    abortedCount: (count: string) => ` (${count} aborted)`,
    eveGuess: 'Eve’s guess vs final key (newest block)',
    eveAgreement: (percent: string) => `${percent} agree (50 % = pure guessing)`,
    blockSize: 'Block size',
    bits: (count: string) => `${count} bits`,
    noKeyAllAborted: 'No final key: every block so far was aborted.',
    noKeyYet: 'No final key yet: the first block is distilled once it is full.',
    finalKeyOfBlock: (block: number, bits: number) => `Final key of block ${block} (first ${bits} bits)`,
    keysEqual: 'Keys equal, verified',
    keysDiffer: 'Keys differ',

    blockAborted: 'Block aborted:',
    abortedSoFar: (count: number) => ` (${count} blocks aborted so far)`,
    tooFewBits: (keyBits: number, testBits: number, minKey: number, minTest: number) =>
      `too few bits to distil: ${keyBits} key bits and ${testBits} test bits (need ${minKey} and ${minTest})`,
    qberAboveThreshold: (bound: string, testErrors: string, threshold: string) =>
      `possible eavesdropper: key discarded (phase-error bound ${bound} with ${testErrors} ` +
      `test-bit errors leaves no secret key; BB84 tolerates about ${threshold} when both ` +
      `are equal)`,
    verificationFailed: 'keys still differ after error correction (hash tags disagree): block discarded',
    keyLengthNotPositive: (bitsLeft: number, leakBits: number) =>
      `no secret key: the finite-size bound leaves ${bitsLeft} bits after error correction ` +
      `(${leakBits} bits leaked) and the security margin`,
    blockAbortedBecause: (block: number, reason: string) => `Block ${block} aborted (${reason})`,
    unknownReason: 'unknown reason',
    reasons: {
      'qber-above-threshold': 'error rate above the threshold',
      'key-length-not-positive': 'no secret key left',
      'too-few-bits': 'too few bits',
      'verification-failed': 'verification failed',
    } satisfies Record<AbortReason, string>,
    /** A percentage as the core writes it (number and sign apart); German keeps them together (no-break space). */
    percent: (value: string) => `${value} %`,
  },
  de: {
    region: 'Lauf',
    start: 'Starten',
    pause: 'Pausieren',
    step: 'Schritt',
    reset: 'Zurücksetzen',
    stepHint: (detections, seconds) =>
      `Die nächsten ${detections} Detektionen simulieren (höchstens ${seconds} simulierte ` +
      `Sekunden), dann pausiert bleiben`,
    speed: 'Tempo',
    speeds: { x1: 'Echtzeit (×1)', x100: '×100', x10000: '×10 000', max: 'So schnell wie möglich' },
    simulatedClock: 'Simulierte Uhr',
    pace: (factor) => `gerade ×${factor}`,
    paceHint:
      'Das Tempo, das dieser Computer hält: Die Strecke liefert mehr Detektionen pro Sekunde, als er im gewählten ' +
      'Tempo simulieren kann, also läuft die simulierte Zeit langsamer.',
    paceHintMax:
      'Das Tempo, das dieser Computer hält: simulierte Sekunden pro echter Sekunde, so schnell die Worker können.',
    runStatus: 'Laufstatus',
    status: { idle: 'Bereit', starting: 'Startet…', running: 'Läuft', paused: 'Pausiert', error: 'Angehalten' },
    simulationStopped: (why) => `Die Simulation wurde angehalten: ${why}`,
    cannotStart: (why) => `Start nicht möglich: ${why}`,
    noWorkerFree: 'kein Simulations-Worker ist frei',
    workerStopped: (worker, why) => `der Worker „${worker}“ ist ausgefallen (${why})`,
    workerNames: {
      photon: 'Photonensimulation',
      distill: 'Schlüsseldestillation',
      'long-run-photon': 'Photonensimulation des Langzeitlaufs',
    },
    noAnswer: (seconds) => `keine Antwort seit ${seconds} s`,
    unreadableMessage: 'eine Nachricht war nicht lesbar',
    scriptError: 'Skriptfehler',
    unexpectedError: 'ein unerwarteter Fehler in einem Worker',

    liveReadouts: 'Live-Messwerte',
    moreReadouts: 'Weitere Messwerte',
    restoreAll: 'Alles wiederherstellen',
    restoreAllHint:
      'Alles zurücksetzen: jeder Wert und jede Ansicht wie beim Laden der Voreinstellung (Alt+Umschalt+R)',
    blockProgressName: 'Schlüsselblock in Arbeit',
    blockIntro: (size) =>
      `Schlüsselbits werden in Blöcken zu ${size} Bits destilliert: Der erste geheime Schlüssel ` +
      `entsteht, wenn der erste Block voll ist.`,
    blockFilling: (percent, eta, isFirst) =>
      `Block zu ${percent} voll` +
      `${eta ? ` – ${isFirst ? 'erster' : 'nächster'} Schlüssel in etwa ${eta} bei diesem Tempo` : ''}`,
    blockDistilling: (percent) => `Block voll – der Schlüssel wird destilliert (nächster Block zu ${percent} voll)`,
    blockWaiting: (percent) => `Block zu ${percent} voll`,
    durationUnits: {
      s: (n) => `${n} s`,
      min: (n) => `${n} min`,
      h: (n) => `${n} h`,
      d: (n) => `${n} ${n === 1 ? 'Tag' : 'Tagen'}`,
    },
    qber: 'QBER',
    qberDetail: 'Quantenbitfehlerrate: falsche Bits unter den behaltenen',
    siftedKeyRate: 'Gesiebte Schlüsselrate',
    siftedKeyRateDetail: 'gesiebte Bits (Z + X) pro simulierter Sekunde',
    secretKeyRate: 'Geheime Schlüsselrate',
    secretKeyRateDetail: 'Bits des endgültigen Schlüssels pro simulierter Sekunde',
    eveKnowledge: 'Eves Wissen',
    eveKnowledgeDetail:
      'eines Bits pro gesiebtem Schlüsselbit: Ein Bit, das sie kennt, zählt ganz, ein Tipp danach, wie oft ihre ' +
      'Tipps stimmen (das sieht nur der Simulator)',
    detections: 'Detektionen',
    siftedBits: 'Gesiebte Bits',
    simulatedTime: 'Simulierte Zeit',
    pulses: (count) => `${count} Pulse`,

    distillation: 'Schlüsseldestillation',
    leakedBits: 'Offengelegte Bits (Fehlerkorrektur)',
    blocksDistilled: 'Destillierte Blöcke',
    abortedCount: (count) => ` (${count} abgebrochen)`,
    eveGuess: 'Eves Vermutung gegen den endgültigen Schlüssel (neuester Block)',
    eveAgreement: (percent) => `${percent} stimmen überein (50 % = reines Raten)`,
    blockSize: 'Blockgröße',
    bits: (count) => `${count} Bits`,
    noKeyAllAborted: 'Kein endgültiger Schlüssel: Bisher wurde jeder Block abgebrochen.',
    noKeyYet: 'Noch kein endgültiger Schlüssel: Der erste Block wird destilliert, sobald er voll ist.',
    finalKeyOfBlock: (block, bits) => `Endgültiger Schlüssel von Block ${block} (erste ${bits} Bits)`,
    keysEqual: 'Schlüssel gleich, verifiziert',
    keysDiffer: 'Schlüssel verschieden',

    blockAborted: 'Block abgebrochen:',
    abortedSoFar: (count) => ` (bisher ${count} Blöcke abgebrochen)`,
    tooFewBits: (keyBits, testBits, minKey, minTest) =>
      `zu wenige Bits zum Destillieren: ${keyBits} Schlüsselbits und ${testBits} Testbits ` +
      `(nötig sind ${minKey} und ${minTest})`,
    qberAboveThreshold: (bound, testErrors, threshold) =>
      `möglicher Lauscher: Schlüssel verworfen (die Schranke ${bound} für den Phasenfehler ` +
      `lässt bei ${testErrors} Fehlern in den Testbits keinen geheimen Schlüssel übrig; ` +
      `BB84 verträgt etwa ${threshold}, wenn beide gleich sind)`,
    verificationFailed:
      'die Schlüssel unterscheiden sich auch nach der Fehlerkorrektur (die Hash-Prüfwerte weichen ab): Block verworfen',
    keyLengthNotPositive: (bitsLeft, leakBits) =>
      `kein geheimer Schlüssel: Die Schranke für endliche Blöcke lässt nach der Fehlerkorrektur ` +
      `(${leakBits} Bits offengelegt) und der Sicherheitsmarge ${bitsLeft} Bits übrig`,
    blockAbortedBecause: (block, reason) => `Block ${block} abgebrochen (${reason})`,
    unknownReason: 'Grund unbekannt',
    reasons: {
      'qber-above-threshold': 'Fehlerrate über der Schwelle',
      'key-length-not-positive': 'kein geheimer Schlüssel übrig',
      'too-few-bits': 'zu wenige Bits',
      'verification-failed': 'Verifikation fehlgeschlagen',
    },
    percent: (value) => `${value}\u00a0%`,
  },
  zh: {
    region: '运行',
    start: '开始',
    pause: '暂停',
    step: '单步',
    reset: '重置',
    stepHint: (detections, seconds) => `模拟接下来的 ${detections} 次探测（最多 ${seconds} 个模拟秒），然后保持暂停`,
    speed: '速度',
    speeds: { x1: '实时（×1）', x100: '×100', x10000: '×10 000', max: '尽可能快' },
    simulatedClock: '模拟时钟',
    pace: (factor) => `当前 ×${factor}`,
    paceHint:
      '这台计算机实际保持的速度：链路每秒产生的探测次数超过了它在所选速度下能模拟的数量，因此模拟时间走得更慢。',
    paceHintMax: '这台计算机实际保持的速度：每个真实秒内模拟的秒数，工作线程能多快就多快。',
    runStatus: '运行状态',
    status: {
      idle: '就绪',
      starting: '正在启动……',
      running: '运行中',
      paused: '已暂停',
      error: '已停止',
    },
    simulationStopped: (why) => `模拟已停止：${why}`,
    cannotStart: (why) => `无法开始：${why}`,
    noWorkerFree: '没有空闲的模拟线程',
    workerStopped: (worker, why) => `${worker}线程已停止（${why}）`,
    workerNames: {
      photon: '光子模拟',
      distill: '密钥提取',
      'long-run-photon': '长时间运行的光子模拟',
    },
    noAnswer: (seconds) => `${seconds} s 内没有响应`,
    unreadableMessage: '一条消息无法读取',
    scriptError: '脚本错误',
    unexpectedError: '后台线程中出现意外错误',

    liveReadouts: '实时读数',
    moreReadouts: '更多读数',
    restoreAll: '全部恢复',
    restoreAllHint: '全部重置：所有数值和视图恢复为加载时的预设（Alt+Shift+R）',
    blockProgressName: '正在生成的密钥数据块',
    blockIntro: (size) => `密钥比特按每块 ${size} 比特进行提取：第一个数据块填满时，第一份秘密密钥才会出现。`,
    blockFilling: (percent, eta, isFirst) =>
      `数据块已填满 ${percent}${eta ? `——按此速度约 ${eta} 后得到${isFirst ? '第一份' : '下一份'}密钥` : ''}`,
    blockDistilling: (percent) => `数据块已满——正在提取密钥（下一个数据块已填满 ${percent}）`,
    blockWaiting: (percent) => `数据块已填满 ${percent}`,
    durationUnits: {
      s: (n) => `${n} 秒`,
      min: (n) => `${n} 分钟`,
      h: (n) => `${n} 小时`,
      d: (n) => `${n} 天`,
    },
    qber: 'QBER',
    qberDetail: '量子误码率：保留比特中错误比特的比例',
    siftedKeyRate: '筛选后成码率',
    siftedKeyRateDetail: '每模拟秒的筛选后比特（Z + X）',
    secretKeyRate: '秘密成码率',
    secretKeyRateDetail: '每模拟秒的最终密钥比特',
    eveKnowledge: 'Eve 的知识',
    eveKnowledgeDetail:
      '每个筛选后密钥比特中 Eve 掌握的信息（比特）：确切知道的比特算一整个，猜测按她猜对的频率折算（只有模拟器能看到）',
    detections: '探测',
    siftedBits: '筛选后比特',
    simulatedTime: '模拟时间',
    pulses: (count) => `${count} 个脉冲`,

    distillation: '密钥提取',
    leakedBits: '泄露的比特（纠错）',
    blocksDistilled: '已提取的数据块',
    abortedCount: (count) => `（${count} 个中止）`,
    eveGuess: 'Eve 的猜测与最终密钥对比（最新数据块）',
    eveAgreement: (percent) => `${percent} 相同（50 % = 纯猜测）`,
    blockSize: '数据块大小',
    bits: (count) => `${count} 比特`,
    noKeyAllAborted: '没有最终密钥：至今每个数据块都被中止了。',
    noKeyYet: '尚无最终密钥：第一个数据块填满后才会提取。',
    finalKeyOfBlock: (block, bits) => `数据块 ${block} 的最终密钥（前 ${bits} 比特）`,
    keysEqual: '密钥相同，已验证',
    keysDiffer: '密钥不同',

    blockAborted: '数据块中止：',
    abortedSoFar: (count) => `（至今已中止 ${count} 个数据块）`,
    tooFewBits: (keyBits, testBits, minKey, minTest) =>
      `比特太少，无法提取：${keyBits} 个密钥比特和 ${testBits} 个测试比特（需要 ${minKey} 和 ${minTest}）`,
    qberAboveThreshold: (bound, testErrors, threshold) =>
      `可能有窃听者：密钥被丢弃（测试比特误码率为 ${testErrors} 时，相位误差界 ${bound} 不留下任何秘密密钥；` +
      `两者相等时 BB84 约能容忍 ${threshold}）`,
    verificationFailed: '纠错后密钥仍不一致（哈希标签不同）：数据块被丢弃',
    keyLengthNotPositive: (bitsLeft, leakBits) =>
      `没有秘密密钥：扣除纠错（泄露 ${leakBits} 比特）和安全余量后，有限码长界只剩 ${bitsLeft} 比特`,
    blockAbortedBecause: (block, reason) => `数据块 ${block} 中止（${reason}）`,
    unknownReason: '原因不明',
    reasons: {
      'qber-above-threshold': '误码率超过阈值',
      'key-length-not-positive': '没有剩余的秘密密钥',
      'too-few-bits': '比特太少',
      'verification-failed': '验证失败',
    },
    percent: (value) => `${value} %`,
  },
});

/**
 * Why a worker stopped, in a language. A script error's own text (thrown inside the worker, in English) is
 * never part of the sentence: it comes back as the technical detail.
 */
export function describeWorkerStop(worker: WorkerKind, cause: WorkerStopCause, locale: Locale): FaultText {
  const t = runText[locale];
  const name = t.workerNames[worker];
  switch (cause.kind) {
    case 'no-answer':
      return { text: t.workerStopped(name, t.noAnswer(cause.seconds)), detail: null };
    case 'unreadable-message':
      return { text: t.workerStopped(name, t.unreadableMessage), detail: null };
    case 'error':
      return { text: t.workerStopped(name, t.scriptError), detail: cause.text || null };
  }
}

/** What ended a run or kept it from starting, without the frame ("the photon simulation worker stopped (…)"). */
export function describeFaultCause(fault: RunFault, locale: Locale): FaultText {
  const t = runText[locale];
  switch (fault.code) {
    case 'cannot-start-clash':
      return { text: describeParamIssues(fault.issues, locale), detail: null };
    case 'no-worker-free':
      return { text: t.noWorkerFree, detail: null };
    case 'worker-stopped':
      return describeWorkerStop(fault.worker, fault.cause, locale);
    case 'error':
      return { text: t.unexpectedError, detail: fault.text || null };
  }
}

/** The message of a run that ended or could not start, with an unexpected error's own text as the detail. */
export function describeRunFault(fault: RunFault, locale: Locale): FaultText {
  const t = runText[locale];
  const cause = describeFaultCause(fault, locale);
  const isStart = fault.code === 'cannot-start-clash' || fault.code === 'no-worker-free';
  return { text: isStart ? t.cannotStart(cause.text) : t.simulationStopped(cause.text), detail: cause.detail };
}

/** Why a block was aborted, worded from the distiller's code and numbers (the CLI's English: cli/abortWords.ts). */
export function describeAbort(detail: AbortDetail, locale: Locale): string {
  const t = runText[locale];
  switch (detail.reason) {
    case 'too-few-bits':
      return t.tooFewBits(detail.keyBits, detail.testBits, detail.minKeyBits, detail.minTestBits);
    case 'qber-above-threshold':
      return t.qberAboveThreshold(
        pct(locale, detail.phaseErrorBound),
        pct(locale, detail.testBitErrorRate),
        pct(locale, detail.threshold),
      );
    case 'verification-failed':
      return t.verificationFailed;
    case 'key-length-not-positive':
      return t.keyLengthNotPositive(detail.bitsLeft, detail.leakBits);
  }
}

/** The abort reason of a block with or without its numbers (reports from older workers carry only the code). */
export function describeBlockAbort(
  blockIndex: number,
  reason: AbortReason | null,
  detail: AbortDetail | null,
  locale: Locale,
): string {
  if (detail) return describeAbort(detail, locale);
  const t = runText[locale];
  return t.blockAbortedBecause(blockIndex + 1, reason ? t.reasons[reason] : t.unknownReason);
}
