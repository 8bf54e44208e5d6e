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
  zh: {
    'metro-qd': {
      title: '横跨城市的量子点链路，25 km',
      summary: '120 km 实验的量子点硬件用在一条 25 km 的城市链路上，数据块小到几秒内就能生成秘密密钥。',
      citation:
        '硬件同：Wang et al., Light: Science & Applications (2026); arXiv:2506.15520。距离和数据块大小是教学用的选择。',
    },
    'qd-timebin-120km': {
      title: '量子点，时间仓，120 km',
      summary: '通信波段的量子点单光子源，采用三态时间仓编码，经 120 km 盘绕光纤，无人值守运行超过六小时。',
      citation: 'Wang et al., Light: Science & Applications (2026); arXiv:2506.15520（数值取自对该论文的报道）。',
    },
    'qd-intercity-2024': {
      title: '量子点，偏振，两城之间 79 km（228 MHz）',
      summary:
        'C 波段量子点偏振 BB84，经汉诺威与不伦瑞克之间 79 km 的已铺设光纤（损耗 25.49 dB），' +
        '采用主要结果的 228 MHz 重复频率。',
      citation: 'Yang et al., Light: Science & Applications 13, 150 (2024); arXiv:2308.15922.',
    },
    'qd-intercity-2024-76mhz': {
      title: '量子点，偏振，两城之间 79 km（76 MHz）',
      summary: '同一条汉诺威—不伦瑞克链路，重复频率 76 MHz；此时量子点的多光子比例约为 228 MHz 时的两倍。',
      citation: 'Yang et al., Light: Science & Applications 13, 150 (2024); arXiv:2308.15922.',
    },
    'gys-textbook': {
      title: '教科书中的激光链路（GYS）',
      summary: '诱骗态论文用来比较各种协议的弱相干脉冲链路：0.21 dB/km、4.5 % 探测效率、3.3 % 光学误码。',
      citation:
        'Gobby, Yuan & Shields, Appl. Phys. Lett. 84, 3762 (2004)；被 Ma, Qi, Zhao & Lo, ' +
        'PRA 72, 012326 (2005) 采用。',
    },
    'ideal-classroom': {
      title: '课堂链路',
      summary: '一条短而干净的链路，每种效应几秒内就能显现：明亮的单光子、5 km 光纤、优良的探测器。',
      citation: '一条理想化的教学链路；并非出自论文。',
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
    'hier nicht veröffentlicht; 75 % Z, wo die Finite-Key-Pipeline über sechs Stunden am ' +
    'meisten Schlüssel erzeugt (p_Z = 0,65: 12,6 bit/s, 0,7: 14,2, 0,75: 15,0, 0,8: 13,5): ' +
    'Mehr Z gibt mehr Schlüsselbits, aber weniger X-Testbits für die Phasenfehler-Schätzung ' +
    'der drei Zustände. docs/model.md (Presets)',
  receiverLossDb: 'hier nicht veröffentlicht; 1 dB Einfügedämpfung des aktiv stabilisierten Dekodierers',
  detectionWindowS:
    'hier nicht veröffentlicht; 2 ns pro Zeitfenster, breit genug für den größten Teil ' +
    'des Emissionsabfalls eines Telekom-Quantenpunkts (Lebensdauer ~1 ns). Mit der ' +
    'veröffentlichten Dunkelrate von 100 Hz legt es die Dunkelklicks pro Fenster und damit ' +
    '(über μ) die Klicks pro Sekunde fest: 2 ns ergeben die veröffentlichten ≈2·10⁻⁷ bit ' +
    'pro Puls; 1 ns ergäbe halb so viele Klicks und 8,4 bit/s',
  deadTimeS: 'hier nicht veröffentlicht; 20 ns, typische Erholzeit eines SNSPD',
  blockSizeBits:
    'hier nicht veröffentlicht; Blöcke zu 2·10^6 Bit (je ~3,3 h bei 120 km). Die ' +
    'Phasenfehler-Schätzung der drei Zustände braucht große Blöcke: Über den ' +
    '6-Stunden-Lauf ergeben Blöcke zu 2·10^6 Bit 15,0 bit/s, zu 10^6 Bit 11,4 bit/s, der ' +
    'ganze Lauf als ein Block 17,4 bit/s (docs/model.md, Presets)',
  phaseDriftRadPerSqrtHour:
    'nicht veröffentlicht; 0,05 rad/√h langsame Wanderung des ' +
    'Dekodier-Interferometers, so dass ein Regelkreis, der nur ~76 offengelegte ' +
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

/** Chinese notes of the 120 km experiment's values; the city link shares its hardware and so its notes. */
const timeBinNotesZh: ProvenanceNotes = {
  repetitionRateHz: '重复频率 75.947 MHz',
  g2Zero: 'g2(0) = 0.85 %',
  encoding: '三态时间仓协议，编码器自稳定',
  fiberLengthKm: '120 km 盘绕光纤',
  fiberLossDbPerKm: '0.1956 dB/km',
  detectorEfficiency: 'SNSPD，效率 74 %',
  darkCountRateHz: '每秒约 100 次暗计数',
  meanPhotonNumber:
    '此处未发表；经调整使 120 km、Z 误差 2 % 时模型的 Z 基 QBER 等于发表的 6.85 %。' +
    '它与暗计数的比例（约占计数的 10 %）也把渐近传输距离定在约 126–129 km，与发表值（≈127 km）一致；' +
    'μ 与 1 dB 接收端损耗只以乘积形式出现',
  intrinsicErrorZ:
    '此处未发表；时间窗重叠和抖动造成 2 % 误差，是 SNSPD 在此重复频率下时间分辨率的典型值；' +
    '它与 μ 共同决定 Z 基 QBER 和传输距离',
  interferometerVisibility:
    '此处未发表；按 120 km 时发表的 X 基 QBER 9.60 % 调整。只有 Bob 干涉仪的中间时间窗计入：' +
    '它含有一半的光子，却包含全部暗计数，因此 V 必须约为 99 %（稳定的干涉仪）',
  basisBiasZ:
    '此处未发表；Z 占 75 %，此时有限码长流程在六小时内生成的密钥最多' +
    '（p_Z = 0.65：12.6 bit/s，0.7：14.2，0.75：15.0，0.8：13.5）：Z 越多，密钥比特越多，' +
    '但用于三态相位误差估计的 X 测试比特越少。docs/model.md（预设）',
  receiverLossDb: '此处未发表；主动稳定解码器的 1 dB 插入损耗',
  detectionWindowS:
    '此处未发表；每个时间窗 2 ns，足以容纳电信波段量子点发射衰减的大部分（寿命约 1 ns）。' +
    '结合发表的 100 Hz 暗计数率，它决定每个时间窗的暗计数，进而（通过 μ）决定每秒的计数：' +
    '2 ns 给出发表的每脉冲 ≈2·10⁻⁷ 比特；1 ns 只有一半的计数，得到 8.4 bit/s',
  deadTimeS: '此处未发表；20 ns，SNSPD 的典型恢复时间',
  blockSizeBits:
    '此处未发表；数据块 2·10^6 比特（120 km 时每块约 3.3 h）。三态相位误差估计需要大数据块：' +
    '6 小时运行中，2·10^6 比特的数据块得到 15.0 bit/s，10^6 比特的得到 11.4 bit/s，' +
    '整个运行作为一个数据块得到 17.4 bit/s（docs/model.md，预设）',
  phaseDriftRadPerSqrtHour:
    '未发表；解码干涉仪以 0.05 rad/√h 缓慢漂移，使得一个每秒只获得约 76 个公开 X 比特的控制环' +
    '能把它维持在发表的 X 基 QBER 9.60 %（docs/model.md，漂移一节）',
  driftPeriodicAmplitudeRad:
    '未发表；干涉仪相位每天 ±0.4 rad 的周期变化：1 ns 光纤延迟线上约 ±45 mK 的温度变化' +
    '（dφ/dT ≈ 2π·n·L·(1/L·dL/dT + 1/n·dn/dT)/λ，L = 20 cm 时 ≈ 9 rad/K），' +
    '仅此一项就会让未稳定的链路在数小时内中止',
  driftPeriodS: '未发表；一天',
  brightnessWanderPerSqrtHour: '未发表；量子点亮度以 0.5 %/√h 漂移（泵浦和耦合的漂移）',
  efficiencyWanderPerSqrtHour: '未发表；SNSPD 效率以 0.2 %/√h 漂移（偏置和偏振）',
  stabilisationIntervalS: '解码器是主动稳定的；其控制环未发表。600 s：按此漂移和计数率下附加 X 基 QBER 最小来调整',
  stabilisationGain: '未发表；0.5（见 stabilisationIntervalS）',
  stabilisationDitherRad: '未发表；±0.06 rad 的抖动约使 X 基 QBER 增加 0.07 %',
};

/** Chinese notes of the intercity link at 228 MHz; the 76 MHz entry changes the clock, g2(0) and μ. */
const intercityNotesZh: ProvenanceNotes = {
  repetitionRateHz: '228 MHz 激发：主要成码率对应的重复频率（其他发表的频率：76、608 和 1063 MHz）',
  g2Zero: '228 MHz 时 g2(0) = 0.056',
  encoding: '偏振 BB84，50:50 被动选基',
  basisBiasZ: '50:50 被动分束器选基',
  fiberLengthKm: '79 km 已铺设光纤',
  fiberLossDbPerKm: '79 km 信道总损耗 25.49 dB（含熔接，0.3227 dB/km）',
  meanPhotonNumber:
    '并非读自论文；每个脉冲向光纤注入 0.03 个光子，接近模型在 g2(0) = 0.056、25.49 dB 时的最佳 μ。' +
    '此时模型给出 0.62 % 的 QBER 和 28.4 dB 的渐近最大可容忍损耗（发表值 0.65 % 和 28.11 dB），' +
    '但成码率为 1.15·10⁻⁵ bit/脉冲，比发表的 4.8·10⁻⁵ 低 4.2 倍：它的 GLLP 界把每个可能的双光子脉冲' +
    '（g2·μ²/2，在此 μ 下占计数的 47 %）都算作已被探测且为 Eve 所知，而更亮的 μ 只会提高这一比例',
  detectorEfficiency: '并非读自论文；SNSPD 取 80 %',
  darkCountRateHz: '并非读自论文；0.5 ns 时间窗下 20 Hz，使暗计数对发表的 0.65 % QBER 贡献约 0.1 %',
  detectionWindowS: '并非读自论文；0.5 ns',
  interferometerVisibility: 'QBER 反馈补偿后的偏振对比度；取 99 %，使 X 基误差（0.5 %）接近 Z 基误差',
  intrinsicErrorZ: '并非读自论文；0.6 % 的偏振误差，使模型 QBER 接近发表的 0.65 %',
  receiverLossDb: '并非读自论文；1 dB',
  blockSizeBits: '未发表；数据块 10^6 比特',
  phaseDriftRadPerSqrtHour: '未发表；已铺设光纤转动偏振比实验室光纤盘更快：在庞加莱球上 1 rad/√h',
  stabilisationIntervalS: '使用了 QBER 反馈的偏振补偿；其控制环未发表。20 s',
  stabilisationGain: '未发表；0.7',
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
  zh: {
    'metro-qd': {
      ...timeBinNotesZh,
      fiberLengthKm: '教学用的选择：城市规模的链路，使密钥在几秒内出现',
      blockSizeBits: '教学用的选择：25 km 时 10^5 比特的数据块约在一秒模拟时间内填满',
    },
    'qd-timebin-120km': timeBinNotesZh,
    'qd-intercity-2024': intercityNotesZh,
    'qd-intercity-2024-76mhz': {
      ...intercityNotesZh,
      repetitionRateHz: '76 MHz 激发（论文中最低的重复频率）',
      g2Zero: '76 MHz 时 g2(0) = 0.108',
      meanPhotonNumber:
        '并非读自论文；每个脉冲 0.02 个光子，接近模型在 g2(0) = 0.108 时的最佳 μ（多光子比例是 228 MHz 时的两倍）',
    },
    'gys-textbook': {
      fiberLossDbPerKm: 'α = 0.21 dB/km',
      intrinsicErrorZ: 'e_det = 3.3 %',
      interferometerVisibility: '两个基中 e_det 均为 3.3 %，因此 V = 1 − 2·0.033',
      detectorEfficiency: 'η_Bob = 4.5 %（探测器与接收端合计）',
      darkCountRateHz: '两个探测器合计 Y0 = 1.7×10⁻⁶ 每脉冲：每个探测器 850 Hz × 1 ns',
      repetitionRateHz: '2 MHz',
      meanPhotonNumber: '0.48，接近诱骗态论文在中等距离下的最优值',
      decoyMeanPhotonNumber: 'ν = 0.1，弱诱骗态的常见选择',
    },
    'ideal-classroom': {},
  },
});

/** The words of the provenance marks beside the controls. */
export const provenanceText = defineText<Record<Provenance, string>>({
  en: { published: 'published', estimated: 'estimated', calibrated: 'calibrated' },
  de: { published: 'veröffentlicht', estimated: 'geschätzt', calibrated: 'kalibriert' },
  zh: { published: '已发表', estimated: '估计值', calibrated: '已校准' },
});

/** A mark's accessible name: its word, then the note behind it. */
export const provenanceMarkText = defineText({
  en: { name: (word: string, note: string) => `${word}: ${note}` },
  de: { name: (word, note) => `${word}: ${note}` },
  zh: { name: (word, note) => `${word}：${note}` },
});
