// Text of every registry parameter: label (the control's accessible name), description, option labels and
// unit words. English is read from the registry (workers/common/params.ts) so it has one source; every other
// language is written per id.
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
  zh: {
    source: { label: '光源', description: '量子点单光子源，或弱相干（泊松分布）激光脉冲。' },
    repetitionRateHz: { label: '重复频率', description: 'Alice 每秒发送的脉冲数。' },
    meanPhotonNumber: {
      label: '平均光子数',
      description: 'μ：Alice 输出端每个脉冲的平均光子数，已计入她设备内的所有损耗。',
    },
    g2Zero: {
      label: 'g2(0)',
      description: '零延迟二阶相关函数：理想单光子源为 0，激光为 1。',
    },
    decoy: {
      label: '诱骗态',
      description: '仅用于激光：混入较弱的诱骗脉冲和空脉冲，使光子数分离攻击在统计中暴露。',
    },
    decoyMeanPhotonNumber: {
      label: '诱骗态平均光子数',
      description: 'ν：弱诱骗脉冲的平均光子数（必须小于 μ）。',
    },
    signalProbability: {
      label: '信号态比例',
      description:
        '开启诱骗态时，以信号强度 μ 发送的脉冲所占比例。小数据块需要大量诱骗脉冲和真空脉冲' +
        '来得到有限码长的诱骗态界（30/35/35 % 可以在教科书链路 50 km、10^5 比特数据块时得到密钥）。',
    },
    decoyProbability: {
      label: '诱骗态比例',
      description: '以诱骗强度 ν 发送的脉冲所占比例；其余为真空脉冲。',
    },
    encoding: {
      label: '编码',
      description: '比特如何写到光子上：通过到达时间和相位，或通过偏振。',
    },
    basisBiasZ: {
      label: 'Z 基概率',
      description: 'Alice（和 Bob）选择 Z 基的概率；大于 1/2 即为高效 BB84。',
    },
    interferometerVisibility: {
      label: '干涉可见度',
      description: 'X 基测量的干涉可见度 V；其固有误差为 (1 − V)/2。',
    },
    intrinsicErrorZ: {
      label: 'Z 基固有误差',
      description: '时间窗重叠和时间抖动（或偏振器消光比）造成的 Z 基误差。',
    },
    fiberLengthKm: { label: '光纤长度', description: 'Alice 与 Bob 之间光纤的长度。' },
    fiberLossDbPerKm: {
      label: '光纤损耗',
      description: '光纤的衰减系数 α（通信 C 波段通常为 0.2 dB/km）。',
    },
    receiverLossDb: { label: '接收端损耗', description: 'Bob 在探测器之前的光学器件的插入损耗。' },
    detectorEfficiency: {
      label: '探测效率',
      description: '到达探测器的光子使其响应的概率。',
    },
    darkCountRateHz: { label: '暗计数率', description: '完全无光时每个探测器每秒的计数。' },
    detectionWindowS: {
      label: '探测时间窗',
      description: '每个脉冲中计数有效的时间窗；每个脉冲的暗计数 = 暗计数率 × 时间窗长度。',
    },
    deadTimeS: { label: '死时间', description: '探测器响应一次后不能探测的时间。' },
    afterpulseProbability: {
      label: '后脉冲概率',
      description: '一次计数之后、死时间结束时出现一次虚假计数的概率。',
    },
    eve: { label: '窃听者', description: 'Eve 对光纤实施的攻击。' },
    interceptFraction: {
      label: '截获比例',
      description: 'Eve 攻击的脉冲所占比例（截获重发、相位协变克隆）。',
    },
    cloningDisturbance: {
      label: '克隆扰动',
      description:
        'D：Eve 的克隆机在被攻击光子上造成的误码率，两个基相同；' +
        '她猜中每个比特的概率为 ½ + √(D(1 − D))（相位协变克隆）。',
    },
    eveBasisChoice: { label: 'Eve 的基', description: 'Eve 在截获重发时如何选择测量基。' },
    evePositionKm: {
      label: 'Eve 的位置',
      description: 'Eve 分接光纤处到 Alice 的距离（截获重发、克隆）；不超过光纤长度。',
    },
    blockSizeBits: {
      label: '数据块大小',
      description: '一起提取的筛选后密钥比特数；数据块越大，有限码长统计造成的损失越少。',
    },
    cascadeVariant: {
      label: 'Cascade 版本',
      description: '纠错流程：1994 年的原始版本，或改进的块大小方案。',
    },
    epsilonSec: {
      label: '保密性参数',
      description: 'ε_sec：最终密钥与完全保密的密钥之间最多允许的偏差。',
    },
    epsilonCor: {
      label: '正确性参数',
      description: 'ε_cor：Alice 和 Bob 的最终密钥不同而未被察觉的概率。',
    },
    drift: {
      label: '漂移',
      description: '干涉仪相位（时间仓）或光纤偏振（偏振编码）、光源亮度和探测效率随模拟时间缓慢漂移。',
    },
    phaseDriftRadPerSqrtHour: {
      label: '相位漂移',
      description: '相位（时间仓）或庞加莱球上偏振旋转角的随机游走强度 σ：t 小时后其离散程度为 σ·√t。',
    },
    driftPeriodicAmplitudeRad: {
      label: '周期性漂移幅度',
      description: '叠加在相位或角度漂移上的周期性（类似温度变化的）分量的幅度。',
    },
    driftPeriodS: {
      label: '周期性漂移周期',
      description: '漂移中周期性分量的周期（例如空调的循环周期）。',
    },
    brightnessWanderPerSqrtHour: {
      label: '亮度漂移',
      description: '光源亮度 μ 的相对随机游走（对数正态）：t 小时后 ln(μ/μ0) 的离散程度为此值乘以 √t。',
    },
    efficiencyWanderPerSqrtHour: {
      label: '效率漂移',
      description: '探测效率 η 的相对随机游走（对数正态，不超过 1）。',
    },
    stabilisation: {
      label: '主动稳定',
      description: '一个控制环：根据公开的 X 基比特估计相位或旋转误差并加以校正。',
    },
    stabilisationIntervalS: {
      label: '稳定间隔',
      description: '每次校正的模拟秒数；间隔的前后两半分别以相反的抖动进行测量。',
    },
    stabilisationGain: {
      label: '稳定增益',
      description: '每个间隔校正的估计相位或角度误差的比例（1 = 全部估计值）。',
    },
    stabilisationDitherRad: {
      label: '稳定抖动',
      description: '每个间隔前后两半的抖动 ±δ，用来测出误差的正负号；约使 X 基 QBER 增加 V·δ²/4。',
    },
    classicalChannel: {
      label: '光纤中的经典数据',
      description:
        '同一根光纤中的经典数据信道：它的自发拉曼散射（与光子同向传输时为前向，反向时为后向）' +
        '以及透过滤波器的光会产生额外的噪声计数。',
    },
    classicalLaunchPowerDbm: {
      label: '经典信道入纤功率',
      description: '经典信道进入光纤时的光功率。',
    },
    classicalWavelengthNm: {
      label: '经典信道波长',
      description: '经典信道的波长（量子信道在 1550 nm）；决定其透过光子的能量。',
    },
    classicalLossDbPerKm: {
      label: '经典信道光纤损耗',
      description: '经典波长下的光纤损耗（1310 nm 约 0.33 dB/km，C 波段 0.2 dB/km）。',
    },
    ramanCoefficientPerKmNm: {
      label: '拉曼系数',
      description:
        'ρ(Δλ)：在量子波长处、每 km、每 nm 滤波带宽、每瓦经典功率的拉曼散射功率，针对这一波长对' +
        '（估计的默认值：相距几 nm 的 C 波段相邻信道）。',
    },
    filterBandwidthNm: {
      label: '滤波带宽',
      description: 'Bob 在量子信道上的滤波器宽度（0.8 nm：一个 100 GHz 的 DWDM 信道）；拉曼噪声随之增大。',
    },
    filterIsolationDb: {
      label: '滤波隔离度',
      description: '滤波器对经典波长的抑制程度；透过的部分作为噪声到达探测器。',
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
  zh: {
    source: { qd: '量子点', wcp: '衰减激光' },
    decoy: { none: '无', 'vacuum-weak': '真空 + 弱诱骗态' },
    encoding: {
      'time-bin': '时间仓 BB84（4 态）',
      'time-bin-3state': '时间仓，3 态',
      polarisation: '偏振 BB84',
    },
    eve: {
      none: '无',
      'intercept-resend': '截获重发',
      pns: '光子数分离（PNS）',
      'beam-splitting': '分束攻击',
      'phase-covariant-cloning': '相位协变克隆',
    },
    eveBasisChoice: { random: '随机', 'fixed-z': '总是 Z', 'fixed-x': '总是 X' },
    cascadeVariant: { original: '原始版本（4 轮）', optimised: '优化版本（Martinez-Mateo 2015）' },
    drift: { off: '关', on: '开' },
    stabilisation: { off: '关', on: '开' },
    classicalChannel: { off: '无', 'co-propagating': '同向', 'counter-propagating': '反向' },
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
