// Text of the lessons panel around the lesson content: the list, progress and buttons, and the lessons'
// exercises (sifting cards, the 0.75ⁿ calculator, the multi-photon count, the PLOB figures, the Cascade walk).
import { defineText } from '../defineText';

export const lessonPanelText = defineText({
  en: {
    lessons: 'Lessons',
    heading: (n: number, title: string) => `Lesson ${n}: ${title}`,
    progress: (done: number, total: number) => `${done} of ${total} tasks done`,
    allLessons: 'All lessons',
    task: (n: number) => `Task ${n}`,
    taskDone: ' ✓ done',
    controlsOutlined: (panel: string) => `The controls this lesson uses are outlined in ${panel}.`,
    showThem: 'Show them',
    setUpAgain: 'Set up this lesson again',
    complete: 'Lesson complete!',
    nextLesson: (title: string) => `Next lesson: ${title}`,
  },
  de: {
    lessons: 'Lektionen',
    heading: (n, title) => `Lektion ${n}: ${title}`,
    progress: (done, total) => `${done} von ${total} Aufgaben erledigt`,
    allLessons: 'Alle Lektionen',
    task: (n) => `Aufgabe ${n}`,
    taskDone: ' ✓ erledigt',
    controlsOutlined: (panel) => `Die Regler, die diese Lektion benutzt, sind unter „${panel}“ hervorgehoben.`,
    showThem: 'Zeig sie mir',
    setUpAgain: 'Lektion neu einrichten',
    complete: 'Lektion geschafft!',
    nextLesson: (title) => `Nächste Lektion: ${title}`,
  },
  zh: {
    lessons: '课程',
    heading: (n, title) => `第 ${n} 课：${title}`,
    progress: (done, total) => `已完成 ${done}/${total} 项任务`,
    allLessons: '全部课程',
    task: (n) => `任务 ${n}`,
    taskDone: ' ✓ 已完成',
    controlsOutlined: (panel) => `本课用到的控件已在“${panel}”中用框标出。`,
    showThem: '显示它们',
    setUpAgain: '重新设置本课',
    complete: '本课完成！',
    nextLesson: (title) => `下一课：${title}`,
  },
});

export const siftingText = defineText({
  en: {
    noDetections: 'No detections yet: press Step in the run bar.',
    detection: (n: number) => `Detection ${n}`,
    bit: (b: number) => `bit ${b}`,
    keep: 'Keep',
    drop: 'Drop',
    keepName: (n: number) => `Keep detection ${n}`,
    dropName: (n: number) => `Drop detection ${n}`,
    sameBasis: 'same basis: keep',
    differentBases: 'different bases: drop',
  },
  de: {
    noDetections: 'Noch keine Detektionen: Drücke oben in der Steuerleiste auf Schritt.',
    detection: (n) => `Detektion ${n}`,
    bit: (b) => `Bit ${b}`,
    keep: 'Behalten',
    drop: 'Verwerfen',
    keepName: (n) => `Detektion ${n} behalten`,
    dropName: (n) => `Detektion ${n} verwerfen`,
    sameBasis: 'gleiche Basis: behalten',
    differentBases: 'verschiedene Basen: verwerfen',
  },
  zh: {
    noDetections: '尚无探测：请按运行栏中的“单步”。',
    detection: (n) => `探测 ${n}`,
    bit: (b) => `比特 ${b}`,
    keep: '保留',
    drop: '丢弃',
    keepName: (n) => `保留探测 ${n}`,
    dropName: (n) => `丢弃探测 ${n}`,
    sameBasis: '基相同：保留',
    differentBases: '基不同：丢弃',
  },
});

export const missChanceText = defineText({
  en: {
    checkedBits: 'Checked bits',
    wholeNumber: 'Type a whole number.',
    lead: (n: number) => `Chance that Eve (on every photon) hides behind ${n} checked bits: `,
    withFraction: (percent: number) => ` · with Intercept fraction ${percent}\u00a0%: `,
    withCloner: (percent: string) => ` · the cloner of this link (an error on ${percent}\u00a0% of checked bits): `,
    oneIn: (count: string) => `(1 in ${count})`,
  },
  de: {
    checkedBits: 'Geprüfte Bits',
    wholeNumber: 'Gib eine ganze Zahl ein.',
    lead: (n) => `Chance, dass Eve (an jedem Photon) hinter ${n} geprüften Bits unentdeckt bleibt: `,
    withFraction: (percent) => ` · bei einem abgefangenen Anteil von ${percent}\u00a0%: `,
    withCloner: (percent) => ` · der Kloner dieser Strecke (ein Fehler auf ${percent}\u00a0% der geprüften Bits): `,
    oneIn: (count) => `(1 zu ${count})`,
  },
  zh: {
    checkedBits: '检验的比特数',
    wholeNumber: '请输入整数。',
    lead: (n) => `Eve（攻击每个光子）躲过 ${n} 个检验比特的概率：`,
    withFraction: (percent) => ` · 截获比例为 ${percent}\u00a0% 时：`,
    withCloner: (percent) => ` · 本链路的克隆攻击（${percent}\u00a0% 的检验比特出错）：`,
    oneIn: (count) => `（${count} 分之一）`,
  },
});

export const multiPhotonText = defineText({
  en: {
    noBlock: 'No block distilled yet: the first block is analysed once it is full.',
    method: "How Alice and Bob count Eve's share",
    methods: {
      decoy: 'decoy analysis: click rates of signal, weak and empty pulses',
      laser: 'worst case for a laser without decoys: every pulse with two or more photons',
      dot: "from the quantum dot's g2(0): its rare two-photon pulses",
    },
    counted: (blockNo: number) => `Counted as known to Eve (block ${blockNo})`,
    share: (percent: string, nKey: string) => `${percent} of ${nKey} key bits`,
    outcome: 'Outcome',
    aborted: 'block aborted',
    key: (bits: string) => `${bits} final key bits`,
  },
  de: {
    noBlock: 'Noch kein Block destilliert: Der erste Block wird ausgewertet, sobald er voll ist.',
    method: 'Wie Alice und Bob Eves Anteil zählen',
    methods: {
      decoy: 'Decoy-Auswertung: Klickraten der Signal-, schwachen und leeren Pulse',
      laser: 'schlimmster Fall beim Laser ohne Decoys: jeder Puls mit zwei oder mehr Photonen',
      dot: 'aus g2(0) des Quantenpunkts: seine seltenen Zwei-Photonen-Pulse',
    },
    counted: (blockNo) => `Als Eve bekannt gezählt (Block ${blockNo})`,
    share: (percent, nKey) => `${percent} von ${nKey} Schlüsselbits`,
    outcome: 'Ergebnis',
    aborted: 'Block abgebrochen',
    key: (bits) => `${bits} Bits endgültiger Schlüssel`,
  },
  zh: {
    noBlock: '尚未提取数据块：第一个数据块填满后才会分析。',
    method: 'Alice 和 Bob 如何计算 Eve 的份额',
    methods: {
      decoy: '诱骗态分析：信号脉冲、弱脉冲和空脉冲的响应率',
      laser: '无诱骗态激光的最坏情况：每个含两个或更多光子的脉冲',
      dot: '根据量子点的 g2(0)：它罕见的双光子脉冲',
    },
    counted: (blockNo) => `算作 Eve 已知（数据块 ${blockNo}）`,
    share: (percent, nKey) => `${nKey} 个密钥比特中的 ${percent}`,
    outcome: '结果',
    aborted: '数据块中止',
    key: (bits) => `${bits} 个最终密钥比特`,
  },
});

export const plobText = defineText({
  en: {
    fiberLetsThrough: 'Channel lets through',
    eta: (eta: string, oneIn: string, km: string) =>
      `η = ${eta} (1 photon in ${oneIn}): ${km} km of fiber, Bob's receiver and detectors`,
    plobLimit: 'PLOB limit',
    plob: (bitsPerPulse: string, bitsPerSecond: string) =>
      `${bitsPerPulse} bits per pulse = ${bitsPerSecond} bits/s at this clock`,
    thisRun: 'This run so far',
    notStarted: 'not started',
    run: (bitsPerPulse: string) => `${bitsPerPulse} final key bits per pulse`,
    compared: 'Compared with PLOB',
    ratio: (times: string) => `the limit is ${times} times higher`,
  },
  de: {
    fiberLetsThrough: 'Der Kanal lässt durch',
    eta: (eta, oneIn, km) => `η = ${eta} (1 Photon von ${oneIn}): ${km} km Faser, Bobs Empfänger und Detektoren`,
    plobLimit: 'PLOB-Schranke',
    plob: (bitsPerPulse, bitsPerSecond) => `${bitsPerPulse} Bits pro Puls = ${bitsPerSecond} Bit/s bei dieser Taktrate`,
    thisRun: 'Dieser Lauf bisher',
    notStarted: 'noch nicht gestartet',
    run: (bitsPerPulse) => `${bitsPerPulse} Bits endgültiger Schlüssel pro Puls`,
    compared: 'Im Vergleich zur PLOB-Schranke',
    ratio: (times) => `die Schranke liegt ${times}-mal höher`,
  },
  zh: {
    fiberLetsThrough: '信道透过率',
    eta: (eta, oneIn, km) => `η = ${eta}（每 ${oneIn} 个光子中 1 个）：${km} km 光纤、Bob 的接收端和探测器`,
    plobLimit: 'PLOB 界限',
    plob: (bitsPerPulse, bitsPerSecond) => `每脉冲 ${bitsPerPulse} 比特 = 在此重复频率下 ${bitsPerSecond} 比特/秒`,
    thisRun: '本次运行至今',
    notStarted: '尚未开始',
    run: (bitsPerPulse) => `每脉冲 ${bitsPerPulse} 个最终密钥比特`,
    compared: '与 PLOB 相比',
    ratio: (times) => `界限是它的 ${times} 倍`,
  },
});

export const cascadeWalkText = defineText({
  en: {
    noTrace: 'No traced block yet: blocks of up to 4 096 key bits record Cascade’s questions.',
    intro: (blockNo: number, nKey: string, found: number, leak: string, rounds: number) =>
      `Block ${blockNo}: ${nKey} key bits went into Cascade. It found ${found} wrong ${found === 1 ? 'bit' : 'bits'} ` +
      `with binary searches, using ${leak} public parities in ${rounds} rounds.`,
    search: (i: number, n: number, pass: number, block: number) => `Search ${i} of ${n} (pass ${pass}, block ${block})`,
    searchIntro: (isShuffled: boolean) =>
      `Alice’s and Bob’s parities of this whole block differ, so it hides an error. Cascade ` +
      `asks about one half at a time${isShuffled ? ' (bit numbers count along this pass’s shuffled key)' : ''}:`,
    bit: (n: string) => `Bit ${n}`,
    range: (lo: string, hi: string, count: number) => `Parity of bits ${lo}–${hi} (${count} bits)`,
    answer: (alice: number, bob: number) => `Alice ${alice}, Bob ${bob} →`,
    /** One question of the walk: the bits asked about, then the answer. */
    question: (part: string, answer: string) => `${part}: ${answer}`,
    differ: 'they differ: the error is in here.',
    agree: 'they agree: the error is in the other half.',
    found: (unshuffledBit: string | null) =>
      `Found it: Bob flips that bit${unshuffledBit === null ? '' : ` (bit ${unshuffledBit} of the unshuffled key)`}. ` +
      'His block now has Alice’s parity.',
    nextQuestion: 'Next question',
    nextSearch: 'Next search',
    pa: 'Privacy amplification',
    paText: (nKey: string, finalBits: string, known: string) =>
      `${nKey} corrected bits were hashed down to a final key of ${finalBits} bits. Before, ` +
      `Eve knew ${known} of the sifted bits exactly.`,
    eveGuess: (agreement: string | null) =>
      `Eve’s guess vs final key: ${agreement === null ? '—' : `${agreement} agree`} (50\u00a0% = a coin flip).`,
  },
  de: {
    noTrace: 'Noch kein aufgezeichneter Block: Blöcke mit bis zu 4 096 Schlüsselbits zeichnen Cascades Fragen auf.',
    intro: (blockNo, nKey, found, leak, rounds) =>
      `Block ${blockNo}: ${nKey} Schlüsselbits gingen in Cascade. ` +
      `Es fand ${found} ${found === 1 ? 'falsches Bit' : 'falsche Bits'} ` +
      `mit binären Suchen und brauchte dafür ${leak} öffentliche Paritäten in ${rounds} ` +
      `Runden.`,
    search: (i, n, pass, block) => `Suche ${i} von ${n} (Durchgang ${pass}, Block ${block})`,
    searchIntro: (isShuffled) =>
      `Die Paritäten von Alice und Bob für diesen ganzen Block unterscheiden sich, also ` +
      'versteckt sich darin ein Fehler. Cascade fragt jeweils nach einer Hälfte' +
      `${isShuffled ? ' (die Bitnummern zählen entlang des gemischten Schlüssels dieses Durchgangs)' : ''}:`,
    bit: (n) => `Bit ${n}`,
    range: (lo, hi, count) => `Parität der Bits ${lo}–${hi} (${count} Bits)`,
    answer: (alice, bob) => `Alice ${alice}, Bob ${bob} →`,
    question: (part, answer) => `${part}: ${answer}`,
    differ: 'sie unterscheiden sich: Der Fehler steckt hier.',
    agree: 'sie stimmen überein: Der Fehler steckt in der anderen Hälfte.',
    found: (unshuffledBit) =>
      'Gefunden: Bob dreht dieses Bit um' +
      `${unshuffledBit === null ? '' : ` (Bit ${unshuffledBit} des ungemischten Schlüssels)`}. ` +
      'Sein Block hat jetzt Alices Parität.',
    nextQuestion: 'Nächste Frage',
    nextSearch: 'Nächste Suche',
    pa: 'Privatsphärenverstärkung',
    paText: (nKey, finalBits, known) =>
      `${nKey} korrigierte Bits wurden zu einem endgültigen Schlüssel von ${finalBits} ` +
      `Bits gehasht. Vorher kannte Eve ${known} der gesiebten Bits genau.`,
    eveGuess: (agreement) =>
      'Eves Tipp im Vergleich zum endgültigen Schlüssel: ' +
      `${agreement === null ? '—' : `${agreement} stimmen überein`} (50\u00a0% = Münzwurf).`,
  },
  zh: {
    noTrace: '尚无追踪的数据块：不超过 4 096 个密钥比特的数据块会记录 Cascade 的提问。',
    intro: (blockNo, nKey, found, leak, rounds) =>
      `数据块 ${blockNo}：${nKey} 个密钥比特进入 Cascade。它通过二分查找找到 ${found} 个错误比特，` +
      `在 ${rounds} 轮中使用了 ${leak} 个公开奇偶校验。`,
    search: (i, n, pass, block) => `查找 ${i}/${n}（第 ${pass} 轮，块 ${block}）`,
    searchIntro: (isShuffled) =>
      `Alice 和 Bob 对整个块的奇偶校验不同，所以其中藏有一个错误。Cascade ` +
      `每次询问一半${isShuffled ? '（比特编号按本轮打乱后的密钥计）' : ''}：`,
    bit: (n) => `比特 ${n}`,
    range: (lo, hi, count) => `比特 ${lo}–${hi} 的奇偶校验（${count} 个比特）`,
    answer: (alice, bob) => `Alice ${alice}，Bob ${bob} →`,
    question: (part, answer) => `${part}：${answer}`,
    differ: '两者不同：错误就在这里。',
    agree: '两者相同：错误在另一半。',
    found: (unshuffledBit) =>
      `找到了：Bob 翻转这个比特${unshuffledBit === null ? '' : `（未打乱密钥中的第 ${unshuffledBit} 位）`}。` +
      `现在他的块与 Alice 的奇偶校验相同。`,
    nextQuestion: '下一个问题',
    nextSearch: '下一次查找',
    pa: '保密放大',
    paText: (nKey, finalBits, known) =>
      `${nKey} 个纠错后的比特被哈希压缩成 ${finalBits} 比特的最终密钥。此前，` +
      `Eve 确切知道筛选后比特中的 ${known}。`,
    eveGuess: (agreement) =>
      `Eve 的猜测与最终密钥对比：${agreement === null ? '—' : `${agreement} 相同`}（50\u00a0% 即等于抛硬币）。`,
  },
});
