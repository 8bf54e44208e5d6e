// Text of the run plots: the shared frame (axis names, readout hints), the QBER and key-rate plots over
// time, the key rate against distance (with the curves it could not draw), the distillation funnel and the
// bit strip ("who knows which bit").
import type { CurveError, CurveFailure } from '../../engine/theoryClient';
import type { CurveId } from '../../plots/distanceCurves';
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import type { FaultText } from './faults';
import { describeParamIssues } from './notices';

const blocksEn = (n: number) => `${n} block${n === 1 ? '' : 's'}`;
/** German dative after "nach"/"aus": "1 Block", "3 Blöcken". */
const blocksDeDative = (n: number) => `${n} ${n === 1 ? 'Block' : 'Blöcken'}`;

export const plotFrameText = defineText({
  en: {
    arrowKeysHelp: 'Use the left and right arrow keys to read values.',
    pointHint: 'Point at or tap the plot, or focus it and use the arrow keys, to read values.',
    simulatedTime: (unit: string) => `Simulated time (${unit})`,
    noDataYet: 'No data yet.',
    abortThreshold: 'Abort threshold',
    abortThresholdAt: (percent: string) => `abort threshold ${percent}`,
    notMeasuredYet: 'not measured yet',
    changedDuringRun: (items: string) => `Changed during this run (dashed lines): ${items}.`,
    changeAt: (label: string, time: string) => `${label} at ${time}`,
  },
  de: {
    arrowKeysHelp: 'Mit den Pfeiltasten links und rechts lassen sich Werte ablesen.',
    pointHint: 'Zum Ablesen auf das Diagramm zeigen oder tippen, oder es fokussieren und die Pfeiltasten benutzen.',
    simulatedTime: (unit: string) => `Simulierte Zeit (${unit})`,
    noDataYet: 'Noch keine Daten.',
    abortThreshold: 'Abbruchschwelle',
    abortThresholdAt: (percent: string) => `Abbruchschwelle ${percent}`,
    changedDuringRun: (items: string) => `In diesem Lauf geändert (gestrichelte Linien): ${items}.`,
    changeAt: (label: string, time: string) => `${label} bei ${time}`,
    notMeasuredYet: 'noch nicht gemessen',
  },
  zh: {
    arrowKeysHelp: '使用左右方向键读取数值。',
    pointHint: '指向或轻触图表，或使其获得焦点后使用方向键，即可读取数值。',
    simulatedTime: (unit) => `模拟时间（${unit}）`,
    noDataYet: '尚无数据。',
    abortThreshold: '中止阈值',
    abortThresholdAt: (percent) => `中止阈值 ${percent}`,
    notMeasuredYet: '尚未测量',
    changedDuringRun: (items) => `本次运行中更改过（虚线）：${items}。`,
    changeAt: (label, time) => `${label}，于 ${time}`,
  },
});

export const qberPlotText = defineText({
  en: {
    title: 'Error rate over time',
    exportName: 'QBER',
    label: 'Line chart: QBER of the Z and X bases over simulated time, with the abort threshold',
    note:
      'True error rate of the sifted bits per time interval; the band is a 68 % ' +
      'interval. A block is thrown away when too many of its bits are wrong for any ' +
      'secret key to survive: about 11 % when both bases have the same errors.',
    formulaSummary: 'The rule in detail',
    formula:
      'Before error correction a block stops when 1 − h(phase-error bound) − h(QBER) ≤ ' +
      '0, where h is the binary entropy; afterwards its finite-key length decides. With ' +
      'the same error rate in both bases the first rule gives the 11 % of BB84.',
    legendZ: 'QBER Z (key basis)',
    legendX: 'QBER X (test basis)',
    yAxis: 'QBER (%)',
    empty: 'Start a run: the error rate appears here.',
    partOf: (percent: string, bits: string) => `${percent} of ${bits}`,
    noBits: 'no bits',
    bin: (range: string, z: string, x: string) => `${range}: QBER Z ${z}, X ${x} sifted bits`,
    summary: (v: { duration: string; z: string; x: string; threshold: string; latest: string }) =>
      `QBER over ${v.duration} of simulated time: Z basis ${v.z}, X basis ${v.x}; abort ` +
      `threshold ${v.threshold}. Latest interval: ${v.latest}.`,
  },
  de: {
    title: 'Fehlerrate im Zeitverlauf',
    exportName: 'QBER',
    label: 'Liniendiagramm: QBER der Z- und der X-Basis über der simulierten Zeit, mit der Abbruchschwelle',
    note:
      'Tatsächliche Fehlerrate der gesiebten Bits je Zeitintervall; das Band ist ein ' +
      '68-%-Intervall. Ein Block wird verworfen, wenn zu viele seiner Bits falsch sind, ' +
      'als dass ein geheimer Schlüssel übrig bleiben könnte: etwa 11 %, wenn beide ' +
      'Basen gleich viele Fehler haben.',
    formulaSummary: 'Die Regel im Einzelnen',
    formula:
      'Vor der Fehlerkorrektur endet ein Block, wenn 1 − h(Schranke des Phasenfehlers) ' +
      '− h(QBER) ≤ 0 ist, mit der binären Entropie h; danach entscheidet seine ' +
      'Schlüssellänge für endliche Blöcke. Bei gleicher Fehlerrate in beiden Basen ' +
      'ergibt die erste Regel die 11 % von BB84.',
    legendZ: 'QBER Z (Schlüsselbasis)',
    legendX: 'QBER X (Testbasis)',
    yAxis: 'QBER (%)',
    empty: 'Einen Lauf starten: Hier erscheint die Fehlerrate.',
    partOf: (percent: string, bits: string) => `${percent} von ${bits}`,
    noBits: 'keine Bits',
    bin: (range: string, z: string, x: string) => `${range}: QBER Z ${z}, X ${x} gesiebten Bits`,
    summary: (v: { duration: string; z: string; x: string; threshold: string; latest: string }) =>
      `QBER über ${v.duration} simulierter Zeit: Z-Basis ${v.z}, X-Basis ${v.x}; Abbruchschwelle ` +
      `${v.threshold}. Letztes Intervall: ${v.latest}.`,
  },
  zh: {
    title: '误码率随时间变化',
    exportName: 'QBER',
    label: '折线图：Z 基和 X 基的 QBER 随模拟时间的变化，以及中止阈值',
    note:
      '每个时间段内筛选后比特的真实误码率；色带为 68 % 区间。' +
      '当一个数据块中错误比特多到不可能留下任何秘密密钥时，该数据块被丢弃：两个基误码相同时约为 11 %。',
    formulaSummary: '规则详解',
    formula:
      '纠错之前，当 1 − h(相位误差界) − h(QBER) ≤ 0 时数据块停止，其中 h 是二元熵；' +
      '纠错之后由有限码长的密钥长度决定。两个基误码率相同时，第一条规则给出 BB84 的 11 %。',
    legendZ: 'QBER Z（密钥基）',
    legendX: 'QBER X（测试基）',
    yAxis: 'QBER（%）',
    empty: '开始一次运行：误码率会显示在这里。',
    partOf: (percent, bits) => `${bits} 中的 ${percent}`,
    noBits: '没有比特',
    bin: (range, z, x) => `${range}：QBER Z ${z}，X ${x} 个筛选后比特`,
    summary: (v) =>
      `${v.duration} 模拟时间内的 QBER：Z 基 ${v.z}，X 基 ${v.x}；中止阈值 ${v.threshold}。` +
      `最近一个时间段：${v.latest}。`,
  },
});

export const keyRatePlotText = defineText({
  en: {
    title: 'Key rate over time',
    exportName: 'key rate',
    label: 'Line chart: sifted key rate per interval and secret key rate earned after each block, over simulated time',
    note: 'Secret key arrives block by block: a dot per distilled block (hollow red = aborted, no key).',
    legendSifted: 'Sifted key rate',
    legendSecret: 'Secret key rate (run so far)',
    yAxis: 'Key rate (bit/s)',
    empty: 'Start a run: key rates appear here.',
    earned: (rate: string, blocks: number) => `secret key rate earned so far ${rate} after ${blocksEn(blocks)}`,
    noBlockYet: 'no block distilled yet',
    summary: (duration: string, siftedRate: string, secret: string) =>
      `Over ${duration} of simulated time: sifted key rate ${siftedRate} in the latest interval; ${secret}.`,
    readout: (range: string, rate: string) => `${range}: sifted key rate ${rate}`,
  },
  de: {
    title: 'Schlüsselrate im Zeitverlauf',
    exportName: 'Schlüsselrate',
    label:
      'Liniendiagramm: gesiebte Schlüsselrate je Intervall und die nach jedem Block ' +
      'erzielte geheime Schlüsselrate, über der simulierten Zeit',
    note:
      'Geheimer Schlüssel entsteht Block für Block: ein Punkt je destilliertem Block ' +
      '(hohl und rot = abgebrochen, kein Schlüssel).',
    legendSifted: 'Gesiebte Schlüsselrate',
    legendSecret: 'Geheime Schlüsselrate (bisheriger Lauf)',
    yAxis: 'Schlüsselrate (bit/s)',
    empty: 'Einen Lauf starten: Hier erscheinen die Schlüsselraten.',
    earned: (rate: string, blocks: number) =>
      `bisher erzielte geheime Schlüsselrate ${rate} nach ${blocksDeDative(blocks)}`,
    noBlockYet: 'noch kein Block destilliert',
    summary: (duration: string, siftedRate: string, secret: string) =>
      `Über ${duration} simulierter Zeit: gesiebte Schlüsselrate ${siftedRate} im letzten Intervall; ${secret}.`,
    readout: (range: string, rate: string) => `${range}: gesiebte Schlüsselrate ${rate}`,
  },
  zh: {
    title: '成码率随时间变化',
    exportName: '成码率',
    label: '折线图：每个时间段的筛选后成码率，以及每个数据块之后获得的秘密成码率，随模拟时间变化',
    note: '秘密密钥逐块到来：每个提取完的数据块一个点（空心红点 = 中止，没有密钥）。',
    legendSifted: '筛选后成码率',
    legendSecret: '秘密成码率（本次运行至今）',
    yAxis: '成码率（bit/s）',
    empty: '开始一次运行：成码率会显示在这里。',
    earned: (rate, blocks) => `${blocks} 个数据块之后，至今获得的秘密成码率为 ${rate}`,
    noBlockYet: '尚未提取数据块',
    summary: (duration, siftedRate, secret) =>
      `${duration} 模拟时间内：最近一个时间段的筛选后成码率为 ${siftedRate}；${secret}。`,
    readout: (range, rate) => `${range}：筛选后成码率 ${rate}`,
  },
});

export const distancePlotText = defineText({
  en: {
    title: 'Key rate against distance',
    exportName: 'distance',
    label:
      'Line chart on a log scale: secret key bits per pulse against fiber length for a ' +
      'quantum dot, a laser, a decoy-state laser and the PLOB bound, with this run as a ' +
      'point',
    curves: {
      qd: 'Quantum dot (GLLP)',
      laser: 'Laser, no decoys (GLLP, best μ)',
      decoy: 'Decoy-state laser (vacuum + weak, best μ)',
      plob: 'PLOB bound (no repeater can beat it)',
      link: 'This link, finite blocks (expected)',
    },
    /** The curves' names without their parenthesis, for the readout. */
    curvesShort: {
      qd: 'Quantum dot',
      laser: 'Laser, no decoys',
      decoy: 'Decoy-state laser',
      plob: 'PLOB bound',
      link: 'This link, finite blocks',
    },
    runLegend: 'This run (Monte Carlo, ±1σ)',
    xAxis: 'Fiber length (km)',
    yAxis: 'Secret key (bits per pulse)',
    marker: (km: string) => `this link: ${km} km`,
    runNoKey: 'this run: no key',
    notAvailable: 'n/a',
    noKeyAtAnyDistance: 'no key at any distance',
    keyUpTo: (km: number) => `key up to about ${km} km`,
    runNoBlockYet: 'This run: no distilled block yet.',
    methodBlockSpread: 'block spread',
    methodCounting: 'counting statistics',
    runPoint: (km: string, rate: string, sigma: string, blocks: number, method: string) =>
      `This run at ${km} km: ${rate} ± ${sigma} bits per pulse (${blocksEn(blocks)}, error from ${method}).`,
    readout: (km: string, values: string) => `${km} km: ${values} bits per pulse`,
    summary: (v: {
      km: string;
      qd: string;
      laser: string;
      decoy: string;
      plob: string;
      reachQd: string;
      reachLaser: string;
      reachDecoy: string;
      run: string;
    }) =>
      `Secret key per pulse against fiber length, log scale. At ${v.km} km: quantum dot ${v.qd}, laser ${v.laser}, ` +
      (`decoy-state laser ${v.decoy}, PLOB bound ${v.plob} bits per pulse. Quantum dot: ` +
        `${v.reachQd}; laser: ${v.reachLaser}; decoy laser: ${v.reachDecoy}. ${v.run}`),
    note:
      'Curves are analytic for this fiber and these detectors (asymptotic, error ' +
      'correction f = 1.16; lasers at their best μ). The point is this run’s distilled ' +
      'key per pulse with a 1σ error bar; compare it with the dotted finite-block curve ' +
      '(expected for this link without Eve).',
    noteLinkZero:
      ' This link’s finite-block curve is zero at every distance: its settings give no key in blocks of this size.',
    noteComputing: ' Computing curves…',
    quoted: (name: string) => `“${name}”`,
    noteNotDrawnClash: (curves: string, why: string) =>
      ` Not drawn: ${curves}. These settings do not fit together: ${why}.`,
    noteNotDrawnUnexpected: (curves: string) => ` Not drawn: ${curves}. The calculation failed unexpectedly.`,
  },
  de: {
    title: 'Schlüsselrate über der Faserlänge',
    exportName: 'Entfernung',
    label:
      'Liniendiagramm, logarithmisch: geheime Schlüsselbits pro Puls über der ' +
      'Faserlänge für einen Quantenpunkt, einen Laser, einen Laser mit Decoy-Zuständen ' +
      'und die PLOB-Schranke, mit diesem Lauf als Punkt',
    curves: {
      qd: 'Quantenpunkt (GLLP)',
      laser: 'Laser ohne Decoy-Zustände (GLLP, bestes μ)',
      decoy: 'Laser mit Decoy-Zuständen (Vakuum + schwach, bestes μ)',
      plob: 'PLOB-Schranke (ohne Repeater unüberwindbar)',
      link: 'Diese Strecke, endliche Blöcke (erwartet)',
    },
    curvesShort: {
      qd: 'Quantenpunkt',
      laser: 'Laser ohne Decoy',
      decoy: 'Laser mit Decoy',
      plob: 'PLOB-Schranke',
      link: 'Diese Strecke, endliche Blöcke',
    },
    runLegend: 'Dieser Lauf (Monte Carlo, ±1σ)',
    xAxis: 'Faserlänge (km)',
    yAxis: 'Geheimer Schlüssel (Bits pro Puls)',
    marker: (km: string) => `diese Strecke: ${km} km`,
    runNoKey: 'dieser Lauf: kein Schlüssel',
    notAvailable: 'k. A.',
    noKeyAtAnyDistance: 'bei keiner Entfernung ein Schlüssel',
    keyUpTo: (km: number) => `Schlüssel bis etwa ${km} km`,
    runNoBlockYet: 'Dieser Lauf: noch kein Block destilliert.',
    methodBlockSpread: 'der Streuung der Blöcke',
    methodCounting: 'der Zählstatistik',
    runPoint: (km: string, rate: string, sigma: string, blocks: number, method: string) =>
      `Dieser Lauf bei ${km} km: ${rate} ± ${sigma} Bits pro Puls (${blocks} ${blocks === 1 ? 'Block' : 'Blöcke'}, ` +
      `Fehler aus ${method}).`,
    readout: (km: string, values: string) => `${km} km: ${values} Bits pro Puls`,
    summary: (v: {
      km: string;
      qd: string;
      laser: string;
      decoy: string;
      plob: string;
      reachQd: string;
      reachLaser: string;
      reachDecoy: string;
      run: string;
    }) =>
      `Geheimer Schlüssel pro Puls über der Faserlänge, logarithmische Skala. Bei ${v.km} ` +
      `km: Quantenpunkt ${v.qd}, Laser ${v.laser}, ` +
      (`Laser mit Decoy-Zuständen ${v.decoy}, PLOB-Schranke ${v.plob} Bits pro Puls. Quantenpunkt: ` +
        `${v.reachQd}; Laser: ${v.reachLaser}; Laser mit Decoy: ${v.reachDecoy}. ${v.run}`),
    note:
      'Die Kurven sind analytisch für diese Faser und diese Detektoren berechnet ' +
      '(asymptotisch, Fehlerkorrektur f = 1,16; Laser bei ihrem besten μ). Der Punkt ' +
      'ist der destillierte Schlüssel pro Puls dieses Laufs mit 1σ-Fehlerbalken; zum ' +
      'Vergleich dient die gepunktete Kurve für endliche Blöcke (erwartet für diese ' +
      'Strecke ohne Eve).',
    noteLinkZero:
      ' Die Kurve dieser Strecke für endliche Blöcke ist bei jeder Entfernung null: Mit ' +
      'diesen Einstellungen bleibt in Blöcken dieser Größe kein Schlüssel.',
    noteComputing: ' Kurven werden berechnet…',
    quoted: (name: string) => `„${name}“`,
    noteNotDrawnClash: (curves: string, why: string) =>
      ` Nicht gezeichnet: ${curves}. Diese Einstellungen passen nicht zusammen: ${why}.`,
    noteNotDrawnUnexpected: (curves: string) =>
      ` Nicht gezeichnet: ${curves}. Die Berechnung ist unerwartet fehlgeschlagen.`,
  },
  zh: {
    title: '成码率与距离的关系',
    exportName: '距离',
    label: '对数坐标折线图：量子点、激光、诱骗态激光和 PLOB 界的每脉冲秘密密钥比特数随光纤长度的变化，本次运行以点表示',
    curves: {
      qd: '量子点（GLLP）',
      laser: '激光，无诱骗态（GLLP，最佳 μ）',
      decoy: '诱骗态激光（真空 + 弱诱骗，最佳 μ）',
      plob: 'PLOB 界（任何无中继方案都无法超越）',
      link: '本链路，有限数据块（预期）',
    },
    curvesShort: {
      qd: '量子点',
      laser: '激光，无诱骗态',
      decoy: '诱骗态激光',
      plob: 'PLOB 界',
      link: '本链路，有限数据块',
    },
    runLegend: '本次运行（蒙特卡洛，±1σ）',
    xAxis: '光纤长度（km）',
    yAxis: '秘密密钥（比特/脉冲）',
    marker: (km) => `本链路：${km} km`,
    runNoKey: '本次运行：无密钥',
    notAvailable: '不适用',
    noKeyAtAnyDistance: '任何距离都没有密钥',
    keyUpTo: (km) => `约 ${km} km 以内有密钥`,
    runNoBlockYet: '本次运行：尚无提取完的数据块。',
    methodBlockSpread: '数据块离散度',
    methodCounting: '计数统计',
    runPoint: (km, rate, sigma, blocks, method) =>
      `本次运行，${km} km：每脉冲 ${rate} ± ${sigma} 比特（${blocks} 个数据块，误差来自${method}）。`,
    readout: (km, values) => `${km} km：每脉冲 ${values} 比特`,
    summary: (v) =>
      `每脉冲秘密密钥随光纤长度的变化，对数坐标。在 ${v.km} km 处：量子点 ${v.qd}，激光 ${v.laser}，` +
      `诱骗态激光 ${v.decoy}，PLOB 界 ${v.plob} 比特/脉冲。量子点：${v.reachQd}；激光：${v.reachLaser}；` +
      `诱骗态激光：${v.reachDecoy}。${v.run}`,
    note:
      '曲线是针对此光纤和这些探测器的解析结果（渐近，纠错效率 f = 1.16；激光取最佳 μ）。' +
      '点表示本次运行提取出的每脉冲密钥及 1σ 误差棒；请与点线表示的有限数据块曲线（本链路无 Eve 时的预期）比较。',
    noteLinkZero: '本链路的有限数据块曲线在所有距离上都为零：在此数据块大小下，这些设置得不到密钥。',
    noteComputing: '正在计算曲线……',
    quoted: (name) => `“${name}”`,
    noteNotDrawnClash: (curves, why) => `未绘制：${curves}。这些设置互不相容：${why}。`,
    noteNotDrawnUnexpected: (curves) => `未绘制：${curves}。计算意外失败。`,
  },
});

/**
 * The curves the theory worker could not draw, one sentence per reason (curves with the same reason share it),
 * in a language; an unexpected error's own text is kept apart as the technical detail.
 */
export function describeNotDrawn(errors: readonly CurveError[], locale: Locale): FaultText[] {
  const t = distancePlotText[locale];
  const groups = new Map<string, { names: string[]; failure: CurveFailure; why: string }>();
  for (const e of errors) {
    const why = e.failure.code === 'invalid-params' ? describeParamIssues(e.failure.issues, locale) : e.failure.text;
    const key = `${e.failure.code}\n${why}`;
    const group = groups.get(key) ?? { names: [], failure: e.failure, why };
    group.names.push(t.quoted(t.curvesShort[e.curve as CurveId] ?? e.curve));
    groups.set(key, group);
  }
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return [...groups.values()].map((g) =>
    g.failure.code === 'invalid-params'
      ? { text: t.noteNotDrawnClash(list.format(g.names), g.why), detail: null }
      : { text: t.noteNotDrawnUnexpected(list.format(g.names)), detail: g.why || null },
  );
}

export const funnelText = defineText({
  en: {
    title: 'From photons to a secret key',
    exportName: 'funnel',
    label:
      'Bar chart on a log scale: pulses, detections, sifted bits, key bits, corrected bits and final secret key bits',
    steps: {
      pulses: 'Pulses sent',
      detections: 'Detections',
      sifted: 'Sifted bits',
      key: 'Key bits (Z)',
      corrected: 'Corrected',
      final: 'Final key',
    },
    lossDetections: (n: string) => `${n} pulses lost in the fiber and detectors, or empty`,
    lossSifted: (n: string) => `${n} detections in different bases, discarded after the bases were announced`,
    lossKey: (n: string) => `${n} X-basis bits disclosed to estimate errors`,
    lossCorrected: (leak: string, lost: string) =>
      `error correction disclosed ${leak} parity and check bits (leaked); ${lost} bits in aborted or discarded blocks`,
    lossFinal: (n: string) =>
      `privacy amplification removed ${n} bits (the leak, what Eve may know, finite-size margins)`,
    noteLive: (blockBits: string) =>
      `Live counts. Error correction and privacy amplification start when a block of ${blockBits} sifted bits is full.`,
    noteBlocks:
      'Counted over the distilled blocks (the block being filled is not included; their ' +
      'pulses are estimated from the run’s detections per pulse). Bar lengths use a log ' +
      'scale.',
    summary: (blocks: number, steps: string) =>
      blocks > 0
        ? `Funnel over ${blocks} distilled ${blocks === 1 ? 'block' : 'blocks'}: ${steps}.`
        : `Funnel so far (no block distilled yet): ${steps}.`,
    lossesLabel: 'What each step removed or disclosed',
  },
  de: {
    title: 'Von Photonen zum geheimen Schlüssel',
    exportName: 'Trichter',
    label:
      'Balkendiagramm, logarithmisch: Pulse, Detektionen, gesiebte Bits, Schlüsselbits, ' +
      'korrigierte Bits und Bits des endgültigen geheimen Schlüssels',
    steps: {
      pulses: 'Gesendete Pulse',
      detections: 'Detektionen',
      sifted: 'Gesiebte Bits',
      key: 'Schlüsselbits (Z)',
      corrected: 'Korrigiert',
      final: 'Endgültiger Schlüssel',
    },
    lossDetections: (n: string) => `${n} Pulse in Faser und Detektoren verloren oder leer`,
    lossSifted: (n: string) => `${n} Detektionen in verschiedenen Basen, nach der Bekanntgabe der Basen verworfen`,
    lossKey: (n: string) => `${n} Bits der X-Basis offengelegt, um die Fehler zu schätzen`,
    lossCorrected: (leak: string, lost: string) =>
      `die Fehlerkorrektur hat ${leak} Paritäts- und Prüfbits offengelegt; ${lost} Bits ` +
      `in abgebrochenen oder verworfenen Blöcken`,
    lossFinal: (n: string) =>
      `die Privatsphärenverstärkung hat ${n} Bits entfernt (das Offengelegte, was Eve wissen ` +
      `könnte, Abschläge für endliche Blöcke)`,
    noteLive: (blockBits: string) =>
      `Laufende Zählung. Fehlerkorrektur und Privatsphärenverstärkung beginnen, sobald ` +
      `ein Block mit ${blockBits} gesiebten Bits voll ist.`,
    noteBlocks:
      'Gezählt über die destillierten Blöcke (der Block, der sich gerade füllt, zählt ' +
      'nicht mit; ihre Pulse sind aus den Detektionen pro Puls des Laufs geschätzt). ' +
      'Die Balkenlängen sind logarithmisch.',
    summary: (blocks: number, steps: string) =>
      blocks > 0
        ? `Trichter über ${blocks} ${blocks === 1 ? 'destillierten Block' : 'destillierte Blöcke'}: ${steps}.`
        : `Trichter bisher (noch kein Block destilliert): ${steps}.`,
    lossesLabel: 'Was jeder Schritt entfernt oder offengelegt hat',
  },
  zh: {
    title: '从光子到秘密密钥',
    exportName: '漏斗图',
    label: '对数坐标条形图：脉冲、探测、筛选后比特、密钥比特、纠错后比特和最终秘密密钥比特',
    steps: {
      pulses: '发送的脉冲',
      detections: '探测',
      sifted: '筛选后比特',
      key: '密钥比特（Z）',
      corrected: '纠错后',
      final: '最终密钥',
    },
    lossDetections: (n) => `${n} 个脉冲在光纤和探测器中丢失，或为空脉冲`,
    lossSifted: (n) => `${n} 次探测的基不同，在公布基之后丢弃`,
    lossKey: (n) => `${n} 个 X 基比特被公开，用于估计误码`,
    lossCorrected: (leak, lost) =>
      `纠错公开了 ${leak} 个奇偶校验和校验比特（泄露）；${lost} 个比特位于中止或丢弃的数据块中`,
    lossFinal: (n) => `保密放大去除了 ${n} 个比特（泄露的信息、Eve 可能知道的信息、有限码长余量）`,
    noteLive: (blockBits) => `实时计数。当 ${blockBits} 个筛选后比特的数据块填满时，开始纠错和保密放大。`,
    noteBlocks:
      '按已提取的数据块统计（不包括正在填充的数据块；其脉冲数根据本次运行每脉冲的探测数估计）。条形长度采用对数刻度。',
    summary: (blocks, steps) =>
      blocks > 0 ? `${blocks} 个已提取数据块的漏斗：${steps}。` : `至今的漏斗（尚未提取数据块）：${steps}。`,
    lossesLabel: '每一步去除或公开了什么',
  },
});

export const bitStripText = defineText({
  en: {
    title: 'Who knows which bit',
    empty:
      'Start (or Step) a run: the latest detections appear here. Most pulses never ' +
      'reach Bob, so only detections are listed.',
    summary: (v: { count: number; from: string; to: string; kept: number; errors: number; eveKnown: number }) =>
      `The latest ${v.count} detections (pulses ${v.from}–${v.to}): ${v.kept} kept after ` +
      `sifting, ${v.errors} with an error, Eve knows ${v.eveKnown} of the kept bits exactly. ` +
      `Alice and Bob never see Eve’s row.`,
    tableLabel: 'Knowledge table (scrolls sideways)',
    scrollHint: 'Scroll sideways for more detections',
    detection: 'Detection',
    photons: 'Photons',
    photonsTitle: 'Photons in the pulse',
    darkCount: '0 (dark)',
    aliceTitle: 'Alice: basis and bit',
    bobTitle: 'Bob: basis and bit',
    publicRow: 'Public',
    publicTitle: 'Public channel: same basis? keep or drop',
    keep: 'keep',
    drop: 'drop',
    eveAbsent: 'Eve (absent)',
    eveKnows: 'Eve knows this bit',
    eveGuess: "Eve's guess, may be wrong",
    eveNothing: 'Eve knows nothing about this bit',
    key:
      'Alice and Bob: basis (Z or X) and bit. Public: after the bases are announced, a ' +
      'bit is kept only when both used the same basis. ✗ = Bob’s bit differs from ' +
      'Alice’s (an error). Eve: a digit = she knows the bit, “?” = her guess, “·” = ' +
      'nothing. A photon count of 2 or more marks a multi-photon pulse, which Eve can ' +
      'split without being seen.',
  },
  de: {
    title: 'Wer kennt welches Bit',
    empty:
      'Einen Lauf starten (oder Schritt): Hier erscheinen die letzten Detektionen. Die ' +
      'meisten Pulse erreichen Bob nie, daher stehen hier nur Detektionen.',
    summary: (v: { count: number; from: string; to: string; kept: number; errors: number; eveKnown: number }) =>
      `Die letzten ${v.count} Detektionen (Pulse ${v.from}–${v.to}): ${v.kept} nach dem ` +
      `Sieben behalten, ${v.errors} mit Fehler, Eve kennt ${v.eveKnown} der behaltenen ` +
      `Bits genau. Alice und Bob sehen Eves Zeile nie.`,
    tableLabel: 'Wissenstabelle (seitlich scrollbar)',
    scrollHint: 'Seitlich scrollen für weitere Detektionen',
    detection: 'Detektion',
    photons: 'Photonen',
    photonsTitle: 'Photonen im Puls',
    darkCount: '0 (dunkel)',
    aliceTitle: 'Alice: Basis und Bit',
    bobTitle: 'Bob: Basis und Bit',
    publicRow: 'Öffentlich',
    publicTitle: 'Öffentlicher Kanal: gleiche Basis? Bit bleibt oder fällt weg',
    keep: 'bleibt',
    drop: 'weg',
    eveAbsent: 'Eve (abwesend)',
    eveKnows: 'Eve kennt dieses Bit',
    eveGuess: 'Eves Vermutung, kann falsch sein',
    eveNothing: 'Eve weiß nichts über dieses Bit',
    key:
      'Alice und Bob: Basis (Z oder X) und Bit. Öffentlich: Nach der Bekanntgabe der ' +
      'Basen bleibt ein Bit nur, wenn beide dieselbe Basis benutzt haben. ✗ = Bobs Bit ' +
      'weicht von Alices ab (ein Fehler). Eve: eine Ziffer = sie kennt das Bit, „?“ = ' +
      'ihre Vermutung, „·“ = nichts. Eine Photonenzahl ab 2 kennzeichnet einen ' +
      'Mehrphotonenpuls, den Eve unbemerkt aufspalten kann.',
  },
  zh: {
    title: '谁知道哪个比特',
    empty: '开始（或单步）一次运行：最新的探测会显示在这里。大多数脉冲从未到达 Bob，所以只列出探测。',
    summary: (v) =>
      `最新的 ${v.count} 次探测（脉冲 ${v.from}–${v.to}）：筛选后保留 ${v.kept} 个，` +
      `${v.errors} 个有误码，Eve 确切知道保留比特中的 ${v.eveKnown} 个。Alice 和 Bob 从来看不到 Eve 那一行。`,
    tableLabel: '知识表（可横向滚动）',
    scrollHint: '横向滚动查看更多探测',
    detection: '探测',
    photons: '光子',
    photonsTitle: '脉冲中的光子数',
    darkCount: '0（暗计数）',
    aliceTitle: 'Alice：基和比特',
    bobTitle: 'Bob：基和比特',
    publicRow: '公开',
    publicTitle: '公开信道：基相同吗？保留或丢弃',
    keep: '保留',
    drop: '丢弃',
    eveAbsent: 'Eve（不在场）',
    eveKnows: 'Eve 知道这个比特',
    eveGuess: 'Eve 的猜测，可能是错的',
    eveNothing: 'Eve 对这个比特一无所知',
    key:
      'Alice 和 Bob：基（Z 或 X）和比特。公开：公布基之后，只有双方用了相同的基时才保留比特。' +
      '✗ = Bob 的比特与 Alice 的不同（误码）。Eve：数字 = 她知道这个比特，“?” = 她的猜测，“·” = 一无所知。' +
      '光子数为 2 或更多表示多光子脉冲，Eve 可以分离它而不被发现。',
  },
});
