// Text of the trusted-node network view: the map, its editing controls, the end-to-end key between two nodes,
// the day of key buffers and the one-link Monte-Carlo run, and why a map was refused (describeTopologyFault).
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import type { NetworkPresetId } from '../../../workers/network/networkPresets';
import { showValue, type TopologyFault } from '../../../workers/network/topology';
import { describeParamIssue } from './notices';

export const networkText = defineText({
  en: {
    title: 'Trusted-node network',
    intro:
      'Beyond one link: nodes joined by fiber links, each link distilling its own key ' +
      'at the rate the model gives for its length. Key travels between distant nodes ' +
      'hop by hop: each node removes the one-time pad of the incoming link and applies ' +
      'the pad of the next one, spending key on every hop.',
    presetLabel: 'Network',
    presets: {
      'one-hop-120km': 'The 120 km experiment as one hop',
      'chain-cities': 'Chain of five hops between two cities',
      'mesh-30': 'Regional mesh, 30 nodes',
      'backbone-2000km': 'Trunk line, 2 000 km, 32 relays (hop lengths estimated)',
      'mesh-300': 'Large mesh, 300 nodes',
    } satisfies Record<NetworkPresetId, string>,
    mapLabel: (nodes: string, links: string) =>
      `Network map: ${nodes} nodes, ${links} fiber links; thicker links have more key per ` +
      `second, dashed links none; arrow keys move the selected node`,
    hardwareNote: 'Every link uses the link settings above (source, detectors, fiber loss); its length is its own.',
    computing: 'Computing the network…',
    failed: (reason: string) => `The network could not be computed: ${reason}`,
    nodesHeading: 'Nodes and links',
    addNode: 'Add node',
    removeNode: 'Remove node',
    selectedNode: 'Selected node',
    none: '—',
    unknownNode: 'No node of this name.',
    linkFrom: 'Link from',
    linkTo: 'to',
    linkLength: 'Length (km)',
    addLink: 'Add link',
    selectedLink: 'Selected link',
    removeLink: 'Remove link',
    setLength: 'Set length',
    lengthInvalid: 'Enter a length from 0 to 400 km.',
    linkExists: 'These two nodes are already linked.',
    linkFacts: (length: string, loss: string, rate: string, qber: string) =>
      `${length} km, ${loss} dB fiber loss, ${rate} secret key, QBER ${qber}`,
    endToEnd: 'End-to-end key',
    demandFrom: 'From node',
    demandTo: 'To node',
    endToEndRate: 'End-to-end key rate',
    sameNode: 'Choose two different nodes.',
    notConnected: 'No chain of links joins these nodes.',
    paths: (n: number) => (n === 1 ? 'One path:' : `${n} paths in parallel (maximum flow):`),
    pathRate: (rate: string) => `${rate}: `,
    relayWarning: (nodes: string) =>
      `Each relay node decrypts and re-encrypts the key, so it knows it: ${nodes}. The ` +
      `key is only as secret as every one of these nodes is trusted.`,
    noRelay: 'A direct link: no relay node learns the key.',
    hopCost: (hops: number) =>
      `Each relayed bit spends one key bit on every hop of its path (${hops} hops on the first path).`,
    relayButton: 'Relay a sample key along the first path',
    relayKey: (node: string, hex: string) => `${node} sends the key ${hex}.`,
    relayHop: (from: string, to: string, hex: string) => `${from} → ${to}, on the fiber: ${hex}.`,
    relayReads: (node: string, hex: string) => `${node} removes the pad and reads ${hex}: the key itself.`,
    relayDelivered: (node: string, hex: string) => `${node} receives ${hex}.`,
    relayNote: (bits: number, hops: number) =>
      `A different pad on every hop, so the fiber shows different bits each time; ${bits} ` +
      `key bits spent on each of the ${hops} hops. The pads here are drawn from the seed ` +
      `as stand-ins for the links' buffers.`,
    buffersHeading: 'Key buffers over a simulated day',
    timeLabel: 'Simulated time (hours)',
    bufferSummary: (hours: string, bits: string, delivered: string) =>
      `After ${hours} h the link buffers hold ${bits} bits; ${delivered} bits have been ` +
      `delivered end to end to the chosen pair.`,
    bufferOfLink: (bits: string) => `Buffer of the selected link: ${bits} bits.`,
    bufferPlotLabel: (held: string, delivered: string) =>
      `Key over the simulated day: the link buffers hold ${held} bits at the end (orange), ` +
      `${delivered} bits delivered to the chosen pair (blue)`,
    computedIn: (ms: string) => `Computed in a worker in ${ms} ms.`,
    mcButton: 'Simulate the selected link photon by photon',
    mcRunning: 'Simulating the link and distilling its key…',
    mcResult: (measured: string, error: string, expected: string, blocks: string) =>
      `Monte-Carlo: ${measured} ± ${error} over ${blocks} blocks (the map's model: ${expected}).`,
    mcNone: 'Select a link first.',
    saveJson: 'Save as JSON',
    loadJson: 'Load JSON file',
    addressDamaged: 'the map in the address is damaged',
    notJson: (detail: string) => `not JSON (${detail})`,
    // Why a topology was refused (TopologyFault): `where` is the file's JSON path, ids and values come quoted.
    faults: {
      notAnObject: 'topology: expected an object { "nodes": [...], "links": [...], "demands": [...] }',
      nodesNotArray: 'nodes: expected a non-empty array of { "id" }',
      tooManyNodes: (count: number, max: number) => `nodes: ${count} nodes, at most ${max}`,
      linksNotArray: 'links: expected an array of { "from", "to", "lengthKm" }',
      tooManyLinks: (count: number, max: number) => `links: ${count} links, at most ${max}`,
      demandsNotArray: 'demands: expected an array of { "from", "to" }',
      nodeNotObject: (where: string) => `${where}: expected an object with an "id"`,
      badNodeId: (where: string, got: string) => `${where}: node id must be a string of 1 to 64 characters, got ${got}`,
      duplicateNode: (where: string, id: string) => `${where}: duplicate node id ${id}`,
      unknownNode: (where: string, id: string) => `${where}: unknown node ${id}`,
      linkNotObject: (where: string) => `${where}: expected an object { "from", "to", "lengthKm" }`,
      selfLink: (where: string, id: string) => `${where}: a link from ${id} to itself`,
      lengthNotNumber: (where: string, got: string) => `${where}: expected a number of km, got ${got}`,
      negativeLength: (where: string, km: number) => `${where}: negative length ${km} km`,
      tooLong: (where: string, km: number, max: number) => `${where}: ${km} km is longer than ${max} km`,
      unknownPreset: (where: string, got: string) => `${where}: ${got} is not a preset`,
      demandNotObject: (where: string) => `${where}: expected an object { "from", "to" }`,
      sameNode: (where: string, id: string) => `${where}: from and to are the same node ${id}`,
      notConnected: (where: string, from: string, to: string) =>
        `${where}: ${from} and ${to} are not connected by any link`,
      linkParameters: (why: string) => `link parameters: ${why}`,
      unknownNetworkPreset: (got: string) => `${got} is not a network preset`,
      linkLength: (km: number, max: number) => `link length ${km} km is outside 0 to ${max} km`,
    },
    loadFailed: (reason: string) => `This file is not a network: ${reason}`,
    fileTooLarge: 'The file is larger than 2 MB.',
    urlFailed: (reason: string) =>
      `The network in the address could not be read (${reason}); showing the default network.`,
  },
  de: {
    title: 'Netz mit vertrauenswürdigen Knoten',
    intro:
      'Über eine Strecke hinaus: Knoten, verbunden durch Glasfaserstrecken, jede ' +
      'destilliert ihren eigenen Schlüssel mit der Rate, die das Modell für ihre Länge ' +
      'ergibt. Zwischen entfernten Knoten reist der Schlüssel von Abschnitt zu ' +
      'Abschnitt: Jeder Knoten entfernt den Einmalschlüssel der ankommenden Strecke und ' +
      'legt den der nächsten an; jeder Abschnitt verbraucht Schlüssel.',
    presetLabel: 'Netz',
    presets: {
      'one-hop-120km': 'Das 120-km-Experiment als ein Abschnitt',
      'chain-cities': 'Kette aus fünf Abschnitten zwischen zwei Städten',
      'mesh-30': 'Regionales Netz, 30 Knoten',
      'backbone-2000km': 'Fernleitung, 2 000 km, 32 Relais (Abschnittslängen geschätzt)',
      'mesh-300': 'Großes Netz, 300 Knoten',
    },
    mapLabel: (nodes: string, links: string) =>
      `Netzkarte: ${nodes} Knoten, ${links} Glasfaserstrecken; dickere Strecken liefern ` +
      `mehr Schlüssel pro Sekunde, gestrichelte keinen; die Pfeiltasten verschieben den ` +
      `gewählten Knoten`,
    hardwareNote:
      'Jede Strecke nutzt die Einstellungen oben (Quelle, Detektoren, Faserdämpfung); nur ihre Länge ist ihre eigene.',
    computing: 'Das Netz wird berechnet …',
    failed: (reason: string) => `Das Netz ließ sich nicht berechnen: ${reason}`,
    nodesHeading: 'Knoten und Strecken',
    addNode: 'Knoten hinzufügen',
    removeNode: 'Knoten entfernen',
    selectedNode: 'Gewählter Knoten',
    none: '—',
    unknownNode: 'Kein Knoten dieses Namens.',
    linkFrom: 'Strecke von',
    linkTo: 'nach',
    linkLength: 'Länge (km)',
    addLink: 'Strecke hinzufügen',
    selectedLink: 'Gewählte Strecke',
    removeLink: 'Strecke entfernen',
    setLength: 'Länge setzen',
    lengthInvalid: 'Geben Sie eine Länge von 0 bis 400 km ein.',
    linkExists: 'Diese beiden Knoten sind schon verbunden.',
    linkFacts: (length: string, loss: string, rate: string, qber: string) =>
      `${length} km, ${loss} dB Faserdämpfung, ${rate} geheimer Schlüssel, QBER ${qber}`,
    endToEnd: 'Schlüssel von Ende zu Ende',
    demandFrom: 'Von Knoten',
    demandTo: 'Zu Knoten',
    endToEndRate: 'Schlüsselrate Ende zu Ende',
    sameNode: 'Wählen Sie zwei verschiedene Knoten.',
    notConnected: 'Keine Kette von Strecken verbindet diese Knoten.',
    paths: (n: number) => (n === 1 ? 'Ein Pfad:' : `${n} parallele Pfade (maximaler Fluss):`),
    pathRate: (rate: string) => `${rate}: `,
    relayWarning: (nodes: string) =>
      `Jeder Relaisknoten entschlüsselt den Schlüssel und verschlüsselt ihn neu, kennt ` +
      `ihn also: ${nodes}. Der Schlüssel ist nur so geheim, wie jedem dieser Knoten vertraut ` +
      `werden kann.`,
    noRelay: 'Eine direkte Strecke: Kein Relaisknoten erfährt den Schlüssel.',
    hopCost: (hops: number) =>
      `Jedes weitergereichte Bit verbraucht auf jedem Abschnitt seines Pfads ein Schlüsselbit ` +
      `(${hops} Abschnitte auf dem ersten Pfad).`,
    relayButton: 'Einen Beispielschlüssel über den ersten Pfad weiterreichen',
    relayKey: (node: string, hex: string) => `${node} sendet den Schlüssel ${hex}.`,
    relayHop: (from: string, to: string, hex: string) => `${from} → ${to}, in der Faser: ${hex}.`,
    relayReads: (node: string, hex: string) =>
      `${node} entfernt den Einmalschlüssel und liest ${hex}: den Schlüssel selbst.`,
    relayDelivered: (node: string, hex: string) => `${node} erhält ${hex}.`,
    relayNote: (bits: number, hops: number) =>
      `Auf jedem Abschnitt ein anderer Einmalschlüssel, daher zeigt die Faser jedes Mal ` +
      `andere Bits; auf jedem der ${hops} Abschnitte werden ${bits} Schlüsselbits verbraucht. ` +
      `Die Einmalschlüssel hier stammen aus dem Seed und stehen für die Speicher der Strecken.`,
    buffersHeading: 'Schlüsselspeicher über einen simulierten Tag',
    timeLabel: 'Simulierte Zeit (Stunden)',
    bufferSummary: (hours: string, bits: string, delivered: string) =>
      `Nach ${hours} h halten die Speicher der Strecken ${bits} Bit; ${delivered} Bit wurden ` +
      `dem gewählten Paar von Ende zu Ende geliefert.`,
    bufferOfLink: (bits: string) => `Speicher der gewählten Strecke: ${bits} Bit.`,
    bufferPlotLabel: (held: string, delivered: string) =>
      `Schlüssel über den simulierten Tag: Am Ende halten die Speicher der Strecken ${held} ` +
      `Bit (orange), ${delivered} Bit wurden dem gewählten Paar geliefert (blau)`,
    computedIn: (ms: string) => `In einem Worker in ${ms} ms berechnet.`,
    mcButton: 'Gewählte Strecke Photon für Photon simulieren',
    mcRunning: 'Die Strecke wird simuliert und ihr Schlüssel destilliert …',
    mcResult: (measured: string, error: string, expected: string, blocks: string) =>
      `Monte-Carlo: ${measured} ± ${error} über ${blocks} Blöcke (Modell der Karte: ${expected}).`,
    mcNone: 'Wählen Sie zuerst eine Strecke.',
    saveJson: 'Als JSON speichern',
    loadJson: 'JSON-Datei laden',
    addressDamaged: 'die Karte in der Adresse ist beschädigt',
    notJson: (detail) => `kein JSON (${detail})`,
    faults: {
      notAnObject: 'Topologie: erwartet wird ein Objekt { "nodes": [...], "links": [...], "demands": [...] }',
      nodesNotArray: 'nodes: erwartet wird eine nicht leere Liste von { "id" }',
      tooManyNodes: (count, max) => `nodes: ${count} Knoten, höchstens ${max}`,
      linksNotArray: 'links: erwartet wird eine Liste von { "from", "to", "lengthKm" }',
      tooManyLinks: (count, max) => `links: ${count} Strecken, höchstens ${max}`,
      demandsNotArray: 'demands: erwartet wird eine Liste von { "from", "to" }',
      nodeNotObject: (where) => `${where}: erwartet wird ein Objekt mit einer "id"`,
      badNodeId: (where, got) =>
        `${where}: Eine Knoten-ID muss eine Zeichenkette aus 1 bis 64 Zeichen sein, erhalten: ${got}`,
      duplicateNode: (where, id) => `${where}: doppelte Knoten-ID ${id}`,
      unknownNode: (where, id) => `${where}: unbekannter Knoten ${id}`,
      linkNotObject: (where) => `${where}: erwartet wird ein Objekt { "from", "to", "lengthKm" }`,
      selfLink: (where, id) => `${where}: eine Strecke von ${id} zu sich selbst`,
      lengthNotNumber: (where, got) => `${where}: erwartet wird eine Zahl in km, erhalten: ${got}`,
      negativeLength: (where, km) => `${where}: Länge ${km} km ist negativ`,
      tooLong: (where, km, max) => `${where}: ${km} km sind länger als ${max} km`,
      unknownPreset: (where, got) => `${where}: ${got} ist keine Voreinstellung`,
      demandNotObject: (where) => `${where}: erwartet wird ein Objekt { "from", "to" }`,
      sameNode: (where, id) => `${where}: Start und Ziel sind derselbe Knoten ${id}`,
      notConnected: (where, from, to) => `${where}: ${from} und ${to} sind durch keine Strecke verbunden`,
      linkParameters: (why) => `Streckenparameter: ${why}`,
      unknownNetworkPreset: (got) => `${got} ist keine Netzvoreinstellung`,
      linkLength: (km, max) => `Die Streckenlänge ${km} km liegt außerhalb von 0 bis ${max} km`,
    },
    loadFailed: (reason: string) => `Diese Datei ist kein Netz: ${reason}`,
    fileTooLarge: 'Die Datei ist größer als 2 MB.',
    urlFailed: (reason: string) =>
      `Das Netz in der Adresse ließ sich nicht lesen (${reason}); gezeigt wird das Standardnetz.`,
  },
  zh: {
    title: '可信节点网络',
    intro:
      '超越单条链路：由光纤链路连接的节点，每条链路按模型根据其长度给出的速率提取自己的密钥。' +
      '远距离节点之间的密钥逐跳传递：每个节点去掉入链路的一次一密，再加上下一条链路的一次一密，' +
      '每一跳都要消耗密钥。',
    presetLabel: '网络',
    presets: {
      'one-hop-120km': '把 120 km 实验作为一跳',
      'chain-cities': '两城之间五跳的链',
      'mesh-30': '区域网状网络，30 个节点',
      'backbone-2000km': '干线，2 000 km，32 个中继（跳长为估计值）',
      'mesh-300': '大型网状网络，300 个节点',
    },
    mapLabel: (nodes, links) =>
      `网络图：${nodes} 个节点，${links} 条光纤链路；链路越粗，每秒密钥越多，虚线链路没有密钥；` +
      `方向键移动选中的节点`,
    hardwareNote: '每条链路使用上面的链路设置（光源、探测器、光纤损耗）；长度各自不同。',
    computing: '正在计算网络……',
    failed: (reason) => `无法计算网络：${reason}`,
    nodesHeading: '节点与链路',
    addNode: '添加节点',
    removeNode: '删除节点',
    selectedNode: '选中的节点',
    none: '—',
    unknownNode: '没有这个名称的节点。',
    linkFrom: '链路起点',
    linkTo: '终点',
    linkLength: '长度（km）',
    addLink: '添加链路',
    selectedLink: '选中的链路',
    removeLink: '删除链路',
    setLength: '设置长度',
    lengthInvalid: '请输入 0 至 400 km 之间的长度。',
    linkExists: '这两个节点之间已有链路。',
    linkFacts: (length, loss, rate, qber) => `${length} km，光纤损耗 ${loss} dB，秘密密钥 ${rate}，QBER ${qber}`,
    endToEnd: '端到端密钥',
    demandFrom: '起始节点',
    demandTo: '目标节点',
    endToEndRate: '端到端成码率',
    sameNode: '请选择两个不同的节点。',
    notConnected: '没有链路能把这两个节点连起来。',
    paths: (n) => (n === 1 ? '一条路径：' : `${n} 条并行路径（最大流）：`),
    pathRate: (rate) => `${rate}：`,
    relayWarning: (nodes) =>
      `每个中继节点都会解密并重新加密密钥，因此它知道密钥：${nodes}。只有这些节点个个可信，密钥才是保密的。`,
    noRelay: '直接链路：没有中继节点知道密钥。',
    hopCost: (hops) => `每中继一个比特，在其路径的每一跳上都要消耗一个密钥比特（第一条路径共 ${hops} 跳）。`,
    relayButton: '沿第一条路径中继一份示例密钥',
    relayKey: (node, hex) => `${node} 发送密钥 ${hex}。`,
    relayHop: (from, to, hex) => `${from} → ${to}，光纤上传输：${hex}。`,
    relayReads: (node, hex) => `${node} 去掉一次一密，读到 ${hex}：正是密钥本身。`,
    relayDelivered: (node, hex) => `${node} 收到 ${hex}。`,
    relayNote: (bits, hops) =>
      `每一跳用不同的一次一密，所以光纤上每次出现的比特都不同；${hops} 跳中每跳消耗 ${bits} 个密钥比特。` +
      `这里的一次一密由随机种子生成，代替各链路的缓冲区。`,
    buffersHeading: '模拟一天中的密钥缓冲区',
    timeLabel: '模拟时间（小时）',
    bufferSummary: (hours, bits, delivered) =>
      `${hours} h 后，各链路缓冲区共有 ${bits} 比特；已向所选节点对端到端送达 ${delivered} 比特。`,
    bufferOfLink: (bits) => `选中链路的缓冲区：${bits} 比特。`,
    bufferPlotLabel: (held, delivered) =>
      `模拟一天中的密钥：结束时各链路缓冲区共有 ${held} 比特（橙色），向所选节点对送达 ${delivered} 比特（蓝色）`,
    computedIn: (ms) => `在后台线程中计算，用时 ${ms} ms。`,
    mcButton: '逐个光子模拟选中的链路',
    mcRunning: '正在模拟链路并提取其密钥……',
    mcResult: (measured, error, expected, blocks) =>
      `蒙特卡洛：${blocks} 个数据块得到 ${measured} ± ${error}（网络图的模型：${expected}）。`,
    mcNone: '请先选择一条链路。',
    saveJson: '保存为 JSON',
    loadJson: '加载 JSON 文件',
    addressDamaged: '地址中的网络图已损坏',
    notJson: (detail) => `不是 JSON（${detail}）`,
    faults: {
      notAnObject: '拓扑：应为对象 { "nodes": [...], "links": [...], "demands": [...] }',
      nodesNotArray: 'nodes：应为由 { "id" } 组成的非空数组',
      tooManyNodes: (count, max) => `nodes：${count} 个节点，最多 ${max} 个`,
      linksNotArray: 'links：应为由 { "from", "to", "lengthKm" } 组成的数组',
      tooManyLinks: (count, max) => `links：${count} 条链路，最多 ${max} 条`,
      demandsNotArray: 'demands：应为由 { "from", "to" } 组成的数组',
      nodeNotObject: (where) => `${where}：应为带有 "id" 的对象`,
      badNodeId: (where, got) => `${where}：节点 ID 必须是 1 至 64 个字符的字符串，实际为 ${got}`,
      duplicateNode: (where, id) => `${where}：节点 ID ${id} 重复`,
      unknownNode: (where, id) => `${where}：未知节点 ${id}`,
      linkNotObject: (where) => `${where}：应为对象 { "from", "to", "lengthKm" }`,
      selfLink: (where, id) => `${where}：从 ${id} 连到其自身的链路`,
      lengthNotNumber: (where, got) => `${where}：应为以 km 为单位的数字，实际为 ${got}`,
      negativeLength: (where, km) => `${where}：长度 ${km} km 为负`,
      tooLong: (where, km, max) => `${where}：${km} km 超过 ${max} km`,
      unknownPreset: (where, got) => `${where}：${got} 不是预设`,
      demandNotObject: (where) => `${where}：应为对象 { "from", "to" }`,
      sameNode: (where, id) => `${where}：起点和终点是同一个节点 ${id}`,
      notConnected: (where, from, to) => `${where}：${from} 和 ${to} 之间没有任何链路相连`,
      linkParameters: (why) => `链路参数：${why}`,
      unknownNetworkPreset: (got) => `${got} 不是网络预设`,
      linkLength: (km, max) => `链路长度 ${km} km 超出 0 至 ${max} km 的范围`,
    },
    loadFailed: (reason) => `此文件不是网络：${reason}`,
    fileTooLarge: '文件大于 2 MB。',
    urlFailed: (reason) => `无法读取地址中的网络（${reason}）；显示默认网络。`,
  },
});

/**
 * A refused topology in a language (the CLI's English: cli/topologyWords.ts). No default branch, so a new code
 * fails the type check; ids are echoed escaped and cut like every value from the file.
 */
export function describeTopologyFault(fault: TopologyFault, locale: Locale): string {
  const t = networkText[locale].faults;
  switch (fault.code) {
    case 'not-an-object':
      return t.notAnObject;
    case 'nodes-not-array':
      return t.nodesNotArray;
    case 'too-many-nodes':
      return t.tooManyNodes(fault.count, fault.max);
    case 'links-not-array':
      return t.linksNotArray;
    case 'too-many-links':
      return t.tooManyLinks(fault.count, fault.max);
    case 'demands-not-array':
      return t.demandsNotArray;
    case 'node-not-object':
      return t.nodeNotObject(fault.where);
    case 'bad-node-id':
      return t.badNodeId(fault.where, fault.got);
    case 'duplicate-node':
      return t.duplicateNode(fault.where, showValue(fault.id));
    case 'unknown-node':
      return t.unknownNode(fault.where, showValue(fault.id));
    case 'link-not-object':
      return t.linkNotObject(fault.where);
    case 'self-link':
      return t.selfLink(fault.where, showValue(fault.id));
    case 'length-not-number':
      return t.lengthNotNumber(fault.where, fault.got);
    case 'negative-length':
      return t.negativeLength(fault.where, fault.lengthKm);
    case 'too-long':
      return t.tooLong(fault.where, fault.lengthKm, fault.max);
    case 'unknown-preset':
      return t.unknownPreset(fault.where, fault.got);
    case 'demand-not-object':
      return t.demandNotObject(fault.where);
    case 'same-node':
      return t.sameNode(fault.where, showValue(fault.id));
    case 'not-connected':
      return t.notConnected(fault.where, showValue(fault.from), showValue(fault.to));
    case 'link-parameters':
      return t.linkParameters(describeParamIssue(fault.issue, locale));
    case 'unknown-network-preset':
      return t.unknownNetworkPreset(fault.got);
    case 'link-length':
      return t.linkLength(fault.lengthKm, fault.max);
  }
}
