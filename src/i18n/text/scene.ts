// Text of the link scene: the labels over the 3D view and the static schematic, its legend and notes, the
// "Default view" button, and the words of the text alternative that a screen reader hears instead of the picture.
import { defineText } from '../defineText';
import { formatCompactCount } from '../numbers';

export const sceneText = defineText({
  en: {
    count: (n: number) => formatCompactCount(n, 'en'),
    noPhotonReaches: 'no photon reaches',
    nearlyEveryPhotonReaches: 'nearly every photon reaches',
    oneInPhotonsReach: (count: string) => `1 in ${count} photons reaches`,
    aliceQd: "Alice's quantum dot",
    aliceLaser: "Alice's attenuated laser",
    allPulses: 'all pulses',
    noPulses: 'no pulses',
    percentOfPulses: (percent: number) => `${percent} % of pulses`,
    eveIntercepting: (share: string, km: number) =>
      `Eve is intercepting ${share} at ${km} km and resending what she measured`,
    eveCloning: (share: string, km: number, percent: number) =>
      `Eve clones the photons of ${share} at ${km} km, disturbing each by ${percent} % (phase-covariant cloning)`,
    evePns: 'Eve splits one photon off every multi-photon pulse (photon-number splitting)',
    eveBeamSplitting: 'Eve keeps the photons the fiber would lose (beam splitting)',
    noEve: 'no eavesdropper',
    noDetectionYet: 'no detection yet',
    outcomes: { correct: 'correct', error: 'error', discarded: 'bases differ, discarded' },
    darkCount: 'dark count',
    doubleClick: 'double click',
    resentByEve: 'resent by Eve',
    lastDetection: (basis: string, bit: number, verdict: string, extras: string) =>
      `last detection: ${basis} basis, bit ${bit}, ${verdict}${extras ? ` (${extras})` : ''}`,
    sending: (source: string, isRunning: boolean, count: string, km: number) =>
      `${source} ${isRunning ? 'sends' : 'is set to send'} ${count} pulses per second over ${km} km of fiber`,
    reaching: (reach: string, isMeasured: boolean) =>
      `${isMeasured ? '' : 'expected: '}${reach} Bob and makes a detector click`,
    pressStart: 'press Start to send photons',
    receiverPolarisation: 'polarisation optics',
    receiverInterferometer: 'an unbalanced interferometer',
    dotIsOnePhoton: 'each faded dot is one lost photon',
    dotStandsFor: (count: string) => `each faded dot stands for ${count} lost photons`,
    drawing: (source: string, hasEve: boolean, receiver: string, dots: string) =>
      `Link diagram: ${source} on the left, the fiber in the middle${hasEve ? " with Eve's tap" : ''}, ` +
      `Bob's receiver with ${receiver} and two detectors on the right. ` +
      ('Bright photons are real detections sampled from the simulation (Z basis: blue ' +
        'squares, X basis: orange diamonds; red ring: resent by Eve). ') +
      (`Faded dots are photons lost on the way, drawn at the measured loss rate (the simulator ` +
        `does not track photons that never click); ${dots}.`),
    labels: {
      aliceQd: 'Alice: quantum dot, cooled to −269 °C',
      aliceLaser: 'Alice: laser + attenuator',
      bobPolarisation: 'Bob: polarisation optics',
      bobInterferometer: 'Bob: unbalanced interferometer',
      detector0: 'Detector 0 (bit 0)',
      detector1: 'Detector 1 (bit 1)',
      bit0: 'bit 0',
      bit1: 'bit 1',
      eveInterceptResend: 'Eve measures and resends',
      evePns: 'Eve splits multi-photon pulses',
      eveBeamSplitting: 'Eve keeps the lost photons',
      eveCloning: 'Eve clones the photons',
    },
    fiberKm: (km: number) => `${km} km of fiber`,
    schematicName: 'Link schematic (static)',
    schematicAliceQd: 'Alice: quantum dot, cooled to −269 °C',
    schematicBobInterferometer: 'Bob: interferometer',
    noteReducedMotion: 'Static diagram: your system asks for reduced motion.',
    noteNoWebGl: 'Static diagram: this browser cannot draw the 3D view (WebGL unavailable).',
    noteLoading: 'Loading the 3D view…',
    caption:
      'Bright shapes are real detections, sampled from the running simulation. Faded ' +
      'dots are photons lost on the way, drawn at the measured loss rate: the simulator ' +
      'never tracks photons that do not click.',
    stateName: 'Link scene state',
    canvasName: '3D view of the link. Drag or use the arrow keys to turn it.',
    defaultView: 'Default view',
    legend: {
      zBasis: 'Z basis',
      xBasis: 'X basis',
      touchedByEve: 'touched by Eve',
      lost: 'lost',
      flashHeading: 'Detector flash:',
      rightBit: 'right bit',
      error: 'error',
      basesDiffer: 'bases differ',
      darkCount: 'dark count',
    },
    photonsPerDot: (count: string) => ` (1 dot = ${count} photons)`,
  },
  de: {
    count: (n: number) => formatCompactCount(n, 'de'),
    noPhotonReaches: 'kein Photon erreicht',
    nearlyEveryPhotonReaches: 'fast jedes Photon erreicht',
    oneInPhotonsReach: (count: string) => `1 von ${count} Photonen erreicht`,
    aliceQd: 'Alices Quantenpunkt',
    aliceLaser: 'Alices abgeschwächter Laser',
    allPulses: 'alle Pulse',
    noPulses: 'keine Pulse',
    percentOfPulses: (percent: number) => `${percent} % der Pulse`,
    eveIntercepting: (share: string, km: number) =>
      `Eve fängt bei ${km} km ${share} ab und sendet neu, was sie gemessen hat`,
    eveCloning: (share: string, km: number, percent: number) =>
      `Eve klont bei ${km} km Photonen (${share}) und stört jedes um ${percent} % (phasenkovariantes Klonen)`,
    evePns: 'Eve spaltet von jedem Mehrphotonenpuls ein Photon ab (Photonenzahl-Aufspaltung, PNS)',
    eveBeamSplitting: 'Eve behält die Photonen, die die Faser verlieren würde (Strahlteilung)',
    noEve: 'kein Lauscher',
    noDetectionYet: 'noch keine Detektion',
    outcomes: { correct: 'richtig', error: 'Fehler', discarded: 'Basen verschieden, verworfen' },
    darkCount: 'Dunkelzählung',
    doubleClick: 'Doppelklick',
    resentByEve: 'von Eve neu gesendet',
    lastDetection: (basis: string, bit: number, verdict: string, extras: string) =>
      `letzte Detektion: ${basis}-Basis, Bit ${bit}, ${verdict}${extras ? ` (${extras})` : ''}`,
    sending: (source: string, isRunning: boolean, count: string, km: number) =>
      isRunning
        ? `${source} sendet ${count} Pulse pro Sekunde über ${km} km Glasfaser`
        : `${source} ist auf ${count} Pulse pro Sekunde über ${km} km Glasfaser eingestellt`,
    reaching: (reach: string, isMeasured: boolean) =>
      `${isMeasured ? '' : 'erwartet: '}${reach} Bob und löst einen Detektor aus`,
    pressStart: '„Starten“ drücken, um Photonen zu senden',
    receiverPolarisation: 'Polarisationsoptik',
    receiverInterferometer: 'einem unsymmetrischen Interferometer',
    dotIsOnePhoton: 'jeder blasse Punkt ist ein verlorenes Photon',
    dotStandsFor: (count: string) => `jeder blasse Punkt steht für ${count} verlorene Photonen`,
    drawing: (source: string, hasEve: boolean, receiver: string, dots: string) =>
      `Streckendiagramm: links ${source}, in der Mitte die Glasfaser${hasEve ? ' mit Eves Abgriff' : ''}, ` +
      `rechts Bobs Empfänger mit ${receiver} und zwei Detektoren. ` +
      ('Helle Photonen sind echte Detektionen, als Stichprobe aus der Simulation gezogen ' +
        '(Z-Basis: blaue Quadrate, X-Basis: orange Rauten; roter Ring: von Eve neu ' +
        'gesendet). ') +
      (`Blasse Punkte sind unterwegs verlorene Photonen, gezeichnet mit der gemessenen Verlustrate ` +
        `(der Simulator verfolgt keine Photonen, die nie einen Klick auslösen); ${dots}.`),
    labels: {
      aliceQd: 'Alice: Quantenpunkt, gekühlt auf −269 °C',
      aliceLaser: 'Alice: Laser + Abschwächer',
      bobPolarisation: 'Bob: Polarisationsoptik',
      // Short: the full name (unsymmetrisch) ran into the detector label; the text alternative keeps it.
      bobInterferometer: 'Bob: Interferometer',
      detector0: 'Detektor 0 (Bit 0)',
      detector1: 'Detektor 1 (Bit 1)',
      bit0: 'Bit 0',
      bit1: 'Bit 1',
      eveInterceptResend: 'Eve misst und sendet neu',
      evePns: 'Eve spaltet Mehrphotonenpulse auf',
      eveBeamSplitting: 'Eve behält die verlorenen Photonen',
      eveCloning: 'Eve klont die Photonen',
    },
    fiberKm: (km: number) => `${km} km Glasfaser`,
    schematicName: 'Streckenschema (statisch)',
    schematicAliceQd: 'Alice: Quantenpunkt, gekühlt auf −269 °C',
    schematicBobInterferometer: 'Bob: Interferometer',
    noteReducedMotion: 'Statisches Diagramm: Das System wünscht reduzierte Bewegung.',
    noteNoWebGl: 'Statisches Diagramm: Dieser Browser kann die 3D-Ansicht nicht zeichnen (WebGL nicht verfügbar).',
    noteLoading: '3D-Ansicht wird geladen…',
    caption:
      'Helle Formen sind echte Detektionen, als Stichprobe aus der laufenden Simulation ' +
      'gezogen. Blasse Punkte sind unterwegs verlorene Photonen, gezeichnet mit der ' +
      'gemessenen Verlustrate: Der Simulator verfolgt keine Photonen, die keinen Klick ' +
      'auslösen.',
    stateName: 'Zustand der Streckenszene',
    canvasName: '3D-Ansicht der Strecke. Zum Drehen ziehen oder die Pfeiltasten benutzen.',
    defaultView: 'Standardansicht',
    legend: {
      zBasis: 'Z-Basis',
      xBasis: 'X-Basis',
      touchedByEve: 'von Eve berührt',
      lost: 'verloren',
      flashHeading: 'Detektorblitz:',
      rightBit: 'richtiges Bit',
      error: 'Fehler',
      basesDiffer: 'Basen verschieden',
      darkCount: 'Dunkelzählung',
    },
    photonsPerDot: (count: string) => ` (1 Punkt = ${count} Photonen)`,
  },
  zh: {
    count: (n) => formatCompactCount(n, 'zh'),
    noPhotonReaches: '没有光子到达',
    nearlyEveryPhotonReaches: '几乎每个光子都到达',
    oneInPhotonsReach: (count) => `每 ${count} 个光子中有 1 个到达`,
    aliceQd: 'Alice 的量子点',
    aliceLaser: 'Alice 的衰减激光',
    allPulses: '所有脉冲',
    noPulses: '没有脉冲',
    percentOfPulses: (percent) => `${percent} % 的脉冲`,
    eveIntercepting: (share, km) => `Eve 在 ${km} km 处截获${share}，并重发她测得的结果`,
    eveCloning: (share, km, percent) =>
      `Eve 在 ${km} km 处克隆${share}的光子，对每个光子造成 ${percent} % 的扰动（相位协变克隆）`,
    evePns: 'Eve 从每个多光子脉冲中分出一个光子（光子数分离）',
    eveBeamSplitting: 'Eve 截留光纤本会损耗掉的光子（分束攻击）',
    noEve: '没有窃听者',
    noDetectionYet: '尚无探测',
    outcomes: { correct: '正确', error: '错误', discarded: '基不同，丢弃' },
    darkCount: '暗计数',
    doubleClick: '双击',
    resentByEve: '由 Eve 重发',
    lastDetection: (basis, bit, verdict, extras) =>
      `最近一次探测：${basis} 基，比特 ${bit}，${verdict}${extras ? `（${extras}）` : ''}`,
    sending: (source, isRunning, count, km) =>
      `${source}${isRunning ? '正以' : '设定以'}每秒 ${count} 个脉冲的速率经 ${km} km 光纤发送`,
    reaching: (reach, isMeasured) => `${isMeasured ? '' : '预期：'}${reach} Bob 并使探测器响应`,
    pressStart: '按“开始”发送光子',
    receiverPolarisation: '偏振光学器件',
    receiverInterferometer: '一台非平衡干涉仪',
    dotIsOnePhoton: '每个淡色圆点代表一个丢失的光子',
    dotStandsFor: (count) => `每个淡色圆点代表 ${count} 个丢失的光子`,
    drawing: (source, hasEve, receiver, dots) =>
      `链路示意图：左边是${source}，中间是光纤${hasEve ? '（带有 Eve 的分接点）' : ''}，` +
      `右边是 Bob 的接收端，含${receiver}和两个探测器。` +
      '明亮的光子是从模拟中抽样的真实探测（Z 基：蓝色方块，X 基：橙色菱形；红圈：由 Eve 重发）。' +
      `淡色圆点是途中丢失的光子，按测得的损耗率绘制（模拟器不跟踪从未被探测到的光子）；${dots}。`,
    labels: {
      aliceQd: 'Alice：量子点，冷却至 −269 °C',
      aliceLaser: 'Alice：激光 + 衰减器',
      bobPolarisation: 'Bob：偏振光学器件',
      bobInterferometer: 'Bob：非平衡干涉仪',
      detector0: '探测器 0（比特 0）',
      detector1: '探测器 1（比特 1）',
      bit0: '比特 0',
      bit1: '比特 1',
      eveInterceptResend: 'Eve 测量并重发',
      evePns: 'Eve 分离多光子脉冲',
      eveBeamSplitting: 'Eve 截留丢失的光子',
      eveCloning: 'Eve 克隆光子',
    },
    fiberKm: (km) => `${km} km 光纤`,
    schematicName: '链路示意图（静态）',
    schematicAliceQd: 'Alice：量子点，冷却至 −269 °C',
    schematicBobInterferometer: 'Bob：干涉仪',
    noteReducedMotion: '静态示意图：你的系统要求减少动态效果。',
    noteNoWebGl: '静态示意图：此浏览器无法绘制三维视图（WebGL 不可用）。',
    noteLoading: '正在加载三维视图……',
    caption:
      '明亮的图形是从正在运行的模拟中抽样的真实探测。淡色圆点是途中丢失的光子，按测得的损耗率绘制：' +
      '模拟器从不跟踪没有被探测到的光子。',
    stateName: '链路场景状态',
    canvasName: '链路的三维视图。拖动或使用方向键旋转。',
    defaultView: '默认视角',
    legend: {
      zBasis: 'Z 基',
      xBasis: 'X 基',
      touchedByEve: '被 Eve 动过',
      lost: '丢失',
      flashHeading: '探测器闪光：',
      rightBit: '比特正确',
      error: '错误',
      basesDiffer: '基不同',
      darkCount: '暗计数',
    },
    photonsPerDot: (count) => `（1 个圆点 = ${count} 个光子）`,
  },
});

export type SceneText = (typeof sceneText)['en'];
