// Text of the five lessons (title, summary, paragraphs p1…, tasks task1… with goal, steps and done text) in
// English and German. Steps name the controls by their labels in each language, read from the controls' own catalogues.
import type { ParamId } from '../../../workers/common/params';
import { lessonById, taskKey, type LessonId, type LessonTaskKey } from '../../lessons/lessons';
import type { Catalogue, TextShape } from '../defineText';
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import { controlsText } from './controls';
import { optionText, paramText } from './params';
import { presetText } from './presets';
import { runText } from './run';

/** Labels of the run bar as the buttons show them (the English ones are the accessible-name contract). */
function runBar(locale: Locale) {
  const t = runText[locale];
  return { start: t.start, pause: t.pause, step: t.step, reset: t.reset, speed: t.speed, fastest: t.speeds.max };
}

/** The names a step uses for controls: run bar, panel title, preset menu, parameters and their options. */
function labels(locale: Locale) {
  const p = (id: ParamId) => paramText[locale][id].label;
  return {
    ...runBar(locale),
    panel: controlsText[locale].linkParameters,
    preset: controlsText[locale].preset,
    experiment: presetText[locale]['qd-timebin-120km'].title,
    source: p('source'),
    decoy: p('decoy'),
    eve: p('eve'),
    fraction: p('interceptFraction'),
    fiber: p('fiberLengthKm'),
    dark: p('darkCountRateHz'),
    laser: optionText[locale].source.wcp,
    dot: optionText[locale].source.qd,
    vacuumWeak: optionText[locale].decoy['vacuum-weak'],
    pns: optionText[locale].eve.pns,
    interceptResend: optionText[locale].eve['intercept-resend'],
    cloning: optionText[locale].eve['phase-covariant-cloning'],
    disturbance: p('cloningDisturbance'),
    noEve: optionText[locale].eve.none,
    classical: p('classicalChannel'),
    classicalPower: p('classicalLaunchPowerDbm'),
    filter: p('filterBandwidthNm'),
    sameDirection: optionText[locale].classicalChannel['co-propagating'],
  };
}
const en = labels('en');
const de = labels('de');
const zh = labels('zh');

const bb84 = defineText({
  en: {
    title: 'BB84, photon by photon',
    summary: 'Bases, bits and sifting: how two strangers end up with the same random bits.',
    p1:
      'Alice sends single photons to Bob. Each photon carries one bit, written in one ' +
      'of two "bases": Z (the bit is, say, horizontal or vertical polarisation) or X ' +
      '(the bit is one of the two diagonals). For every photon she picks the basis and ' +
      'the bit at random.',
    p2:
      "Bob cannot know Alice's basis, so he picks Z or X at random too. If he happens " +
      'to pick her basis, he reads her bit (apart from rare errors). If he picks the ' +
      'other one, quantum physics gives him a coin flip: his bit has nothing to do with ' +
      'hers.',
    p3:
      'Afterwards they say in public which basis each of them used, never the bits. ' +
      'They keep the bits where the bases matched and drop the rest. This is called ' +
      'sifting: about half of the detected photons survive it.',
    p4:
      "Most photons never reach Bob's detectors (the fiber loses them, or the detector " +
      'misses them), so the list below only shows photons that were detected.',
    task1: {
      goal: 'Sort every detection shown: keep same basis, drop different basis.',
      step1: `Press ${en.step} in the run bar: the link runs until 1 000 photons have been detected and then waits.`,
      step2:
        `For each of the newest detections shown below, press Keep if Alice and Bob used ` +
        `the same basis and Drop if they did not. Press ${en.step} again for new photons.`,
      done:
        "That is sifting. Look at the kept ones: Alice's and Bob's bits agree (apart from " +
        'an occasional error). The dropped ones agree only half the time, by chance.',
    },
  },
  de: {
    title: 'BB84, Photon für Photon',
    summary: 'Basen, Bits und Sieben: wie zwei Fremde zu denselben Zufallsbits kommen.',
    p1:
      'Alice schickt Bob einzelne Photonen. Jedes Photon trägt ein Bit, geschrieben in ' +
      'einer von zwei „Basen“: Z (das Bit ist zum Beispiel horizontale oder vertikale ' +
      'Polarisation) oder X (das Bit ist eine der beiden Diagonalen). Für jedes Photon ' +
      'wählt sie Basis und Bit zufällig.',
    p2:
      'Bob kann Alices Basis nicht kennen, also wählt auch er Z oder X zufällig. ' +
      'Erwischt er ihre Basis, liest er ihr Bit (bis auf seltene Fehler). Nimmt er die ' +
      'andere, liefert ihm die Quantenphysik einen Münzwurf: Sein Bit hat mit ihrem ' +
      'nichts zu tun.',
    p3:
      'Danach sagen die beiden öffentlich, welche Basis sie jeweils benutzt haben, aber ' +
      'nie die Bits. Sie behalten die Bits, bei denen die Basen übereinstimmen, und ' +
      'werfen den Rest weg. Das heißt Sieben (Basisabgleich): Etwa die Hälfte der ' +
      'detektierten Photonen übersteht es.',
    p4:
      'Die meisten Photonen erreichen Bobs Detektoren nie (die Faser verliert sie oder ' +
      'der Detektor verpasst sie). Die Liste unten zeigt deshalb nur Photonen, die ' +
      'detektiert wurden.',
    task1: {
      goal: 'Sortiere jede gezeigte Detektion: gleiche Basis behalten, verschiedene Basen verwerfen.',
      step1:
        `Drücke oben in der Steuerleiste auf ${de.step}: Die Strecke läuft, bis 1 000 Photonen ` +
        `detektiert sind, und wartet dann.`,
      step2:
        `Drücke bei jeder der neuesten Detektionen unten auf Behalten, wenn Alice und Bob ` +
        `dieselbe Basis benutzt haben, sonst auf Verwerfen. Für neue Photonen drückst du ` +
        `wieder auf ${de.step}.`,
      done:
        'Das ist Sieben. Sieh dir die behaltenen an: Die Bits von Alice und Bob stimmen ' +
        'überein (bis auf einen gelegentlichen Fehler). Die verworfenen stimmen nur in ' +
        'der Hälfte der Fälle überein, rein zufällig.',
    },
  },
  zh: {
    title: 'BB84，逐个光子',
    summary: '基、比特与筛选：两个陌生人如何得到相同的随机比特。',
    p1:
      'Alice 向 Bob 发送单光子。每个光子携带一个比特，写在两个“基”之一中：' +
      'Z（比特例如是水平或竖直偏振）或 X（比特是两条对角线之一）。' +
      '对每个光子，她随机选择基和比特。',
    p2:
      'Bob 无法知道 Alice 的基，所以他也随机选择 Z 或 X。如果他恰好选中她的基，' +
      '他就能读出她的比特（除了少见的误码）。如果他选了另一个基，量子物理给他的就是抛硬币：' +
      '他的比特与她的毫无关系。',
    p3:
      '之后，他们公开说出各自用了哪个基，但从不说比特。他们保留基相同的比特，丢弃其余的。' +
      '这叫做筛选：被探测到的光子中大约一半能留下来。',
    p4: '大多数光子从未到达 Bob 的探测器（被光纤损耗掉，或探测器没有响应），所以下面的列表只显示被探测到的光子。',
    task1: {
      goal: '对显示的每次探测进行分拣：基相同的保留，基不同的丢弃。',
      step1: `按运行栏中的“${zh.step}”：链路会运行到探测到 1 000 个光子，然后等待。`,
      step2:
        `对下面显示的每一次最新探测，如果 Alice 和 Bob 用了相同的基，就按“保留”，否则按“丢弃”。` +
        `要获得新光子，再按“${zh.step}”。`,
      done: '这就是筛选。看看保留下来的：Alice 和 Bob 的比特一致（偶尔有误码）。丢弃的那些只有一半碰巧一致。',
    },
  },
});

const catchEve = defineText({
  en: {
    title: 'Catch the eavesdropper',
    summary: 'Intercept-resend leaves errors in a quarter of the key: 25\u00a0% QBER.',
    p1:
      'Eve cuts into the fiber, measures every photon and sends Bob a new one showing ' +
      'what she saw. Like Bob, she has to guess the basis, and half the time she ' +
      'guesses wrong.',
    p2:
      'When she guesses wrong, the photon she sends on is in the wrong basis. Even if ' +
      "Bob then uses Alice's basis, his result is a coin flip, wrong half the time. " +
      'Half of a half: a quarter of the kept bits come out wrong. The error rate of the ' +
      'kept bits is called the QBER, and Eve pushes it to 25\u00a0%.',
    p3:
      'Alice and Bob compare a random sample of their kept bits in public (and then ' +
      'throw those bits away). With Eve on every photon, each checked bit is correct ' +
      'with chance 3/4, so the chance that Eve stays hidden after n checked bits is ' +
      '0.75ⁿ: 5.6\u00a0% after 10 bits, less than one in a million after 49.',
    p4:
      'Above about 11\u00a0% errors the usual BB84 post-processing (error correction ' +
      'and privacy amplification where only Alice sends corrections) can make no secret ' +
      'key, so the protocol stops and throws the block away. Post-processing that talks ' +
      'back and forth tolerates somewhat more, but never the 25\u00a0% that Eve on ' +
      'every photon causes. Eve has learned bits of a key that will never be used.',
    p5:
      'A subtler Eve does not measure at all: she lets each photon pass through a quantum ' +
      'cloner and keeps the copy until the bases are announced. No one can copy an unknown ' +
      'photon perfectly, so the better her copies, the more she disturbs the originals. With ' +
      'a disturbance D she causes the error rate D and guesses each bit right with chance ' +
      '½ + √(D(1 − D)): at D = 5\u00a0% about 72\u00a0% of the time, worth 0.14 bit per key ' +
      'bit. No attack on single photons does better (Fuchs et al., 1997).',
    task1: {
      goal: 'Make the QBER pass 11\u00a0%.',
      step1: `In ${en.panel}, set ${en.eve} to ${en.interceptResend} (keep ${en.fraction} at 100\u00a0%).`,
      step2: `Press ${en.start} and watch the QBER readout.`,
      done: 'About 25\u00a0%, as predicted, and the key blocks are aborted: the alarm went off.',
    },
    task2: {
      goal: 'Find a number of checked bits that leaves Eve less than one chance in a million.',
      step1: "Type a number into Checked bits below and watch Eve's chance of hiding.",
      done:
        'A few dozen checked bits are enough. Real links check thousands, so a full ' +
        'intercept-resend attack has no chance.',
    },
    task3: {
      goal: 'A gentler Eve: clone every photon with a small disturbance and watch her still show up.',
      step1: `Press ${en.reset}, so the new run counts only the cloner's photons.`,
      step2:
        `In ${en.panel}, set ${en.eve} to ${en.cloning} and ${en.disturbance} to 5\u00a0% or less ` +
        `(keep ${en.fraction} at 100\u00a0%).`,
      step3: `Press ${en.start} and watch the QBER readout until 1 000 key bits are sifted.`,
      done:
        'The QBER rose by about D: she is still seen, only less loudly. Her guesses match ' +
        'about 72\u00a0% of the key bits instead of the half she knew exactly by intercept-resend, ' +
        'and Alice and Bob shorten the key by what that error rate lets her know.',
    },
  },
  de: {
    title: 'Erwische den Lauscher',
    summary: 'Abfangen und Neusenden hinterlässt Fehler in einem Viertel des Schlüssels: 25\u00a0% QBER.',
    p1:
      'Eve zapft die Faser an, misst jedes Photon und schickt Bob ein neues, das zeigt, ' +
      'was sie gesehen hat. Wie Bob muss sie die Basis raten, und in der Hälfte der ' +
      'Fälle rät sie falsch.',
    p2:
      'Rät sie falsch, ist das weitergeschickte Photon in der falschen Basis. Selbst ' +
      'wenn Bob dann Alices Basis benutzt, ist sein Ergebnis ein Münzwurf, also in der ' +
      'Hälfte der Fälle falsch. Die Hälfte der Hälfte: Ein Viertel der behaltenen Bits ' +
      'ist falsch. Die Fehlerrate der behaltenen Bits heißt QBER ' +
      '(Quantenbitfehlerrate), und Eve treibt sie auf 25\u00a0%.',
    p3:
      'Alice und Bob vergleichen öffentlich eine zufällige Stichprobe ihrer behaltenen ' +
      'Bits (und werfen diese Bits danach weg). Sitzt Eve an jedem Photon, ist jedes ' +
      'geprüfte Bit mit Wahrscheinlichkeit 3/4 richtig. Die Chance, dass Eve nach n ' +
      'geprüften Bits unentdeckt bleibt, ist also 0,75ⁿ: 5,6\u00a0% nach 10 Bits, ' +
      'weniger als eins zu einer Million nach 49.',
    p4:
      'Ab etwa 11\u00a0% Fehlern kann die übliche BB84-Nachbearbeitung (Fehlerkorrektur ' +
      'und Privacy Amplification, bei denen nur Alice Korrekturen sendet) keinen ' +
      'geheimen Schlüssel mehr gewinnen, also bricht das Protokoll ab und wirft den ' +
      'Block weg. Nachbearbeitung mit Rückfragen in beide Richtungen verträgt etwas ' +
      'mehr, aber nie die 25\u00a0%, die Eve an jedem Photon verursacht. Eve hat Bits ' +
      'eines Schlüssels erfahren, der nie benutzt wird.',
    p5:
      'Eine raffiniertere Eve misst gar nicht: Sie schickt jedes Photon durch einen ' +
      'Quantenkloner und behält die Kopie, bis die Basen bekannt gegeben werden. Niemand ' +
      'kann ein unbekanntes Photon perfekt kopieren; je besser ihre Kopien, desto stärker ' +
      'stört sie die Originale. Mit der Störung D verursacht sie die Fehlerrate D und rät ' +
      'jedes Bit mit der Wahrscheinlichkeit ½ + √(D(1 − D)) richtig: bei D = 5\u00a0% in ' +
      'etwa 72\u00a0% der Fälle, 0,14 Bit pro Schlüsselbit. Kein Angriff auf einzelne ' +
      'Photonen schafft mehr (Fuchs u. a., 1997).',
    task1: {
      goal: 'Bring die QBER über 11\u00a0%.',
      step1:
        `Stelle unter „${de.panel}“ den ${de.eve} auf „${de.interceptResend}“ (${de.fraction} ` +
        `bleibt bei 100\u00a0%).`,
      step2: `Drücke auf ${de.start} und beobachte die Anzeige QBER.`,
      done: 'Etwa 25\u00a0%, wie vorhergesagt, und die Schlüsselblöcke werden abgebrochen: Der Alarm ist losgegangen.',
    },
    task2: {
      goal: 'Finde eine Zahl geprüfter Bits, bei der Eve weniger als eine Chance zu einer Million bleibt.',
      step1: 'Gib unten bei „Geprüfte Bits“ eine Zahl ein und beobachte Eves Chance, unentdeckt zu bleiben.',
      done:
        'Ein paar Dutzend geprüfte Bits reichen. Echte Strecken prüfen Tausende, ein ' +
        'vollständiger Angriff mit Abfangen und Neusenden hat also keine Chance.',
    },
    task3: {
      goal: 'Eine sanftere Eve: Klone jedes Photon mit kleiner Störung und sieh, dass sie trotzdem auffällt.',
      step1: `Drücke auf ${de.reset}, damit der neue Lauf nur die Photonen des Kloners zählt.`,
      step2:
        `Stelle unter „${de.panel}“ den ${de.eve} auf „${de.cloning}“ und die ${de.disturbance} ` +
        `auf 5\u00a0% oder weniger (${de.fraction} bleibt bei 100\u00a0%).`,
      step3: `Drücke auf ${de.start} und beobachte die Anzeige QBER, bis 1 000 Schlüsselbits gesiebt sind.`,
      done:
        'Die QBER stieg um etwa D: Eve fällt weiterhin auf, nur leiser. Ihre Tipps treffen etwa ' +
        '72\u00a0% der Schlüsselbits statt der Hälfte, die sie beim Abfangen und Neusenden genau ' +
        'kannte, und Alice und Bob kürzen den Schlüssel um das, was Eve bei dieser Fehlerrate wissen kann.',
    },
  },
  zh: {
    title: '抓住窃听者',
    summary: '截获重发会让四分之一的密钥出错：25\u00a0% 的 QBER。',
    p1: 'Eve 切入光纤，测量每个光子，再给 Bob 发送一个显示她测量结果的新光子。和 Bob 一样，她也得猜基，一半的时候会猜错。',
    p2:
      '当她猜错时，她发出的光子处在错误的基中。即使 Bob 随后用了 Alice 的基，他的结果也是抛硬币，' +
      '一半的时候是错的。一半的一半：保留下来的比特中有四分之一出错。保留比特的误码率叫做 QBER，' +
      'Eve 把它推到了 25\u00a0%。',
    p3:
      'Alice 和 Bob 公开比较保留比特中的一个随机样本（然后丢弃这些比特）。如果 Eve 攻击每个光子，' +
      '每个被检验的比特正确的概率是 3/4，所以检验 n 个比特后 Eve 仍未暴露的概率是 0.75ⁿ：' +
      '10 个比特后为 5.6\u00a0%，49 个比特后不到百万分之一。',
    p4:
      '误码超过约 11\u00a0% 时，通常的 BB84 后处理（只由 Alice 发送校正信息的纠错和保密放大）' +
      '无法得到任何秘密密钥，于是协议停止并丢弃该数据块。双向交互的后处理能容忍稍多一些，' +
      '但绝不可能容忍 Eve 攻击每个光子造成的 25\u00a0%。Eve 得到的是一份永远不会被使用的密钥的比特。',
    p5:
      '更狡猾的 Eve 根本不测量：她让每个光子通过一台量子克隆机，并保留副本直到基被公布。' +
      '没有人能完美复制一个未知的光子，所以她的副本越好，对原光子的扰动就越大。' +
      '扰动为 D 时，她造成的误码率为 D，猜中每个比特的概率为 ½ + √(D(1 − D))：' +
      'D = 5\u00a0% 时约为 72\u00a0%，相当于每个密钥比特 0.14 比特的信息。' +
      '任何针对单光子的攻击都不能做得更好（Fuchs 等人，1997）。',
    task1: {
      goal: '让 QBER 超过 11\u00a0%。',
      step1: `在“${zh.panel}”中，把“${zh.eve}”设为“${zh.interceptResend}”（“${zh.fraction}”保持 100\u00a0%）。`,
      step2: `按“${zh.start}”，观察 QBER 读数。`,
      done: '约为 25\u00a0%，与预言一致，密钥数据块被中止：警报响了。',
    },
    task2: {
      goal: '找出一个检验比特数，使 Eve 躲过的概率低于百万分之一。',
      step1: '在下面的“检验的比特数”中输入一个数字，观察 Eve 躲过的概率。',
      done: '几十个检验比特就足够了。真实链路会检验成千上万个比特，所以完全的截获重发攻击毫无机会。',
    },
    task3: {
      goal: '更温和的 Eve：以很小的扰动克隆每个光子，看她仍然会暴露。',
      step1: `按“${zh.reset}”，让新的运行只统计克隆机处理过的光子。`,
      step2:
        `在“${zh.panel}”中，把“${zh.eve}”设为“${zh.cloning}”，把“${zh.disturbance}”设为 5\u00a0% 或更小` +
        `（“${zh.fraction}”保持 100\u00a0%）。`,
      step3: `按“${zh.start}”，观察 QBER 读数，直到筛选出 1 000 个密钥比特。`,
      done:
        'QBER 上升了约 D：她仍然会被发现，只是动静小一些。她的猜测与约 72\u00a0% 的密钥比特相符，' +
        '而截获重发时她确切知道一半的比特；Alice 和 Bob 会按这一误码率能让她知道的量缩短密钥。',
    },
  },
});

const singlePhotons = defineText({
  en: {
    title: 'Why single photons?',
    summary: 'A dimmed laser sometimes sends two photons, and Eve can steal one without a trace.',
    p1:
      'Cheap QKD uses a laser dimmed so much that a pulse holds less than one photon on ' +
      'average. But a laser pulse is not one photon: the number is random (a Poisson ' +
      'distribution), so some pulses carry two or more.',
    p2:
      'Photon-number splitting (PNS): Eve takes one photon out of every pulse that has ' +
      'two or more and lets the rest travel on. She keeps her photon until Alice and ' +
      'Bob announce their bases, then measures it in the right basis and knows that bit ' +
      'exactly, without causing a single error. She replaces the lossy fiber with a ' +
      'perfect one and blocks some single-photon pulses, so Bob counts the usual number ' +
      'of clicks.',
    p3:
      'Fix one, decoy states: Alice mixes in pulses of other brightnesses at random. ' +
      'Eve cannot tell which pulse is which, so her blocking changes the click rates of ' +
      'the decoys differently from the signal pulses, and Alice and Bob can bound what ' +
      'she could have learned.',
    p4:
      'Fix two, a real single-photon source: a quantum dot is a tiny crystal that gives ' +
      'out one photon at a time. Its g2(0) says how often two photons come out together ' +
      'compared with a laser: 1 for a laser, 0 for a perfect single-photon source. The ' +
      'dot in the 120 km experiment had g2(0) = 0.85\u00a0%.',
    task1: {
      goal: 'See Eve learn at least half of the key while the QBER stays low.',
      step1: `The link is a laser (${en.source}: ${en.laser}) over 50 km, and Eve does photon-number splitting.`,
      step2: `Press ${en.start} and watch Eve's knowledge and the QBER.`,
      done:
        'Over 50 km the fiber loses so much that Eve can pretend the losses happened and ' +
        'keep only multi-photon pulses: she knows every kept bit and Alice and Bob see no ' +
        'errors. Yet the blocks are aborted: without decoys Alice and Bob must assume ' +
        'that every pulse with two or more photons was split, and at this distance such ' +
        'pulses outnumber the clicks, so not a single bit can be proven secret, Eve or no ' +
        'Eve.',
    },
    task2: {
      goal: 'Turn on decoy states and see their analysis catch Eve.',
      step1: `Press ${en.reset} (the source cannot change during a run).`,
      step2:
        `In ${en.panel}, keep ${en.source} at ${en.laser} and set ${en.decoy} to ${en.vacuumWeak} ` +
        `(${en.eve} stays at ${en.pns}).`,
      step3: `Press ${en.start} again and wait for the first block.`,
      done:
        `Caught. Eve blocked single-photon pulses and let the pulses with two or more photons ` +
        `through. The weak decoy pulses carry mostly single photons, so compared with the ` +
        `signal pulses they now click far less often than any honest fiber allows. The empty ` +
        `pulses click just as before (dark counts only: Eve has no photon to send in them), ` +
        `and they tell the analysis how much of every rate is noise. From these rates the ` +
        `decoy analysis finds that (almost) none of Bob's clicks came from a single photon: ` +
        `the whole block counts as known to Eve, and it is aborted as a possible eavesdropper. ` +
        `With ${en.eve} set to ${en.noEve}, the same analysis credits about half of the key ` +
        `bits to single photons, and the blocks give a secret key.`,
    },
    task3: {
      goal: "With the quantum dot, keep Eve's knowledge below 6\u00a0% over at least 1 000 key bits.",
      step1: `Press ${en.reset}.`,
      step2: `In ${en.panel}, set ${en.source} to ${en.dot} (g2(0) stays at 1\u00a0%).`,
      step3: `Press ${en.start} again.`,
      done:
        'A quantum dot almost never sends two photons, so there is almost nothing to ' +
        'split. The few bits Eve still learns are counted and removed by privacy ' +
        'amplification.',
    },
  },
  de: {
    title: 'Warum einzelne Photonen?',
    summary: 'Ein abgeschwächter Laser schickt manchmal zwei Photonen, und Eve kann eines spurlos stehlen.',
    p1:
      'Günstige QKD benutzt einen Laser, der so stark abgeschwächt ist, dass ein Puls ' +
      'im Mittel weniger als ein Photon enthält. Aber ein Laserpuls ist kein einzelnes ' +
      'Photon: Ihre Zahl ist zufällig (poissonverteilt), manche Pulse tragen also zwei ' +
      'oder mehr.',
    p2:
      'Photonenzahl-Aufspaltung (PNS): Eve nimmt aus jedem Puls mit zwei oder mehr ' +
      'Photonen eines heraus und lässt den Rest weiterlaufen. Sie hebt ihr Photon auf, ' +
      'bis Alice und Bob ihre Basen verraten, misst es dann in der richtigen Basis und ' +
      'kennt dieses Bit genau, ohne einen einzigen Fehler zu verursachen. Sie ersetzt ' +
      'die verlustreiche Faser durch eine perfekte und blockiert einen Teil der ' +
      'Ein-Photon-Pulse, sodass Bob die gewohnte Zahl von Klicks zählt.',
    p3:
      'Erste Abhilfe, Decoy-Zustände (Täuschzustände): Alice mischt zufällig Pulse ' +
      'anderer Helligkeit bei. Eve kann nicht erkennen, welcher Puls welcher ist. Ihr ' +
      'Blockieren verändert deshalb die Klickraten der Decoys anders als die der ' +
      'Signalpulse, und Alice und Bob können abschätzen, was sie höchstens erfahren ' +
      'haben kann.',
    p4:
      'Zweite Abhilfe, eine echte Einzelphotonenquelle: Ein Quantenpunkt ist ein ' +
      'winziger Kristall, der ein Photon nach dem anderen abgibt. Sein g2(0) gibt an, ' +
      'wie oft zwei Photonen gemeinsam herauskommen, verglichen mit einem Laser: 1 für ' +
      'einen Laser, 0 für eine perfekte Einzelphotonenquelle. Der Quantenpunkt im ' +
      '120-km-Experiment hatte g2(0) = 0,85\u00a0%.',
    task1: {
      goal: 'Sieh zu, wie Eve mindestens die Hälfte des Schlüssels erfährt, während die QBER niedrig bleibt.',
      step1:
        `Die Strecke ist ein Laser (${de.source}: ${de.laser}) über 50 km, und Eve betreibt ` +
        `Photonenzahl-Aufspaltung.`,
      step2: `Drücke auf ${de.start} und beobachte Eves Wissen und die QBER.`,
      done:
        'Über 50 km verliert die Faser so viel, dass Eve so tun kann, als wären die ' +
        'Verluste passiert, und nur Pulse mit mehreren Photonen durchlässt: Sie kennt ' +
        'jedes behaltene Bit, und Alice und Bob sehen keine Fehler. Trotzdem werden die ' +
        'Blöcke abgebrochen: Ohne Decoys müssen Alice und Bob annehmen, dass jeder Puls ' +
        'mit zwei oder mehr Photonen aufgespalten wurde, und auf dieser Entfernung gibt ' +
        'es mehr solche Pulse als Klicks. Kein einziges Bit lässt sich als geheim ' +
        'beweisen, ob Eve da ist oder nicht.',
    },
    task2: {
      goal: 'Schalte Decoy-Zustände ein und sieh zu, wie ihre Auswertung Eve erwischt.',
      step1: `Drücke auf ${de.reset} (die Quelle lässt sich während eines Laufs nicht ändern).`,
      step2:
        `Lass unter „${de.panel}“ die ${de.source} auf „${de.laser}“ und stelle ${de.decoy} ` +
        `auf „${de.vacuumWeak}“ (${de.eve} bleibt bei „${de.pns}“).`,
      step3: `Drücke wieder auf ${de.start} und warte auf den ersten Block.`,
      done:
        `Erwischt. Eve hat Ein-Photon-Pulse blockiert und Pulse mit zwei oder mehr Photonen ` +
        `durchgelassen. Die schwachen Decoy-Pulse enthalten meist einzelne Photonen, deshalb ` +
        `klicken sie im Vergleich zu den Signalpulsen jetzt viel seltener, als es eine ehrliche ` +
        `Faser zulässt. Die leeren Pulse klicken genau wie vorher (nur Dunkelzählungen: Eve ` +
        `hat in ihnen kein Photon zu senden), und sie sagen der Auswertung, wie viel jeder ` +
        `Rate Rauschen ist. Aus diesen Raten schließt die Decoy-Auswertung, dass (fast) keiner ` +
        `von Bobs Klicks von einem einzelnen Photon stammt: Der ganze Block gilt als Eve ` +
        `bekannt und wird wegen eines möglichen Lauschers abgebrochen. Steht ${de.eve} auf ` +
        `„${de.noEve}“, rechnet dieselbe Auswertung etwa die Hälfte der Schlüsselbits einzelnen ` +
        `Photonen zu, und die Blöcke ergeben einen geheimen Schlüssel.`,
    },
    task3: {
      goal: 'Halte mit dem Quantenpunkt Eves Wissen über mindestens 1 000 Schlüsselbits unter 6\u00a0%.',
      step1: `Drücke auf ${de.reset}.`,
      step2: `Stelle unter „${de.panel}“ die ${de.source} auf „${de.dot}“ (g2(0) bleibt bei 1\u00a0%).`,
      step3: `Drücke wieder auf ${de.start}.`,
      done:
        'Ein Quantenpunkt schickt fast nie zwei Photonen, es gibt also fast nichts ' +
        'aufzuspalten. Die wenigen Bits, die Eve trotzdem erfährt, werden mitgezählt und ' +
        'von der Privatsphärenverstärkung entfernt.',
    },
  },
  zh: {
    title: '为什么要单光子？',
    summary: '衰减激光有时会发出两个光子，Eve 可以神不知鬼不觉地偷走一个。',
    p1:
      '廉价的量子密钥分发（QKD）系统使用被强烈衰减的激光，使每个脉冲平均不到一个光子。但激光脉冲并不是一个光子：' +
      '光子数是随机的（泊松分布），所以有些脉冲含有两个或更多光子。',
    p2:
      '光子数分离（PNS）：Eve 从每个含两个或更多光子的脉冲中取出一个光子，让其余的继续传输。' +
      '她保存自己的光子，直到 Alice 和 Bob 公布基，然后用正确的基测量，从而确切知道这个比特，' +
      '而且不造成任何误码。她把有损耗的光纤换成完美的光纤，并拦下一部分单光子脉冲，' +
      '使 Bob 的计数与平常一样多。',
    p3:
      '对策一，诱骗态：Alice 随机混入其他亮度的脉冲。Eve 分不清哪个脉冲是哪种，' +
      '所以她的拦截对诱骗脉冲响应率的改变与对信号脉冲的不同，Alice 和 Bob 由此可以界定她可能知道多少。',
    p4:
      '对策二，真正的单光子源：量子点是一种每次发出一个光子的微小晶体。它的 g2(0) 表示与激光相比' +
      '两个光子同时出现的频繁程度：激光为 1，理想单光子源为 0。120 km 实验中的量子点 g2(0) = 0.85\u00a0%。',
    task1: {
      goal: '看着 Eve 得知至少一半的密钥，而 QBER 一直很低。',
      step1: `链路使用激光（${zh.source}：${zh.laser}），距离 50 km，Eve 实施光子数分离攻击。`,
      step2: `按“${zh.start}”，观察 Eve 的知识和 QBER。`,
      done:
        '在 50 km 上光纤损耗很大，Eve 可以假装损耗已经发生，只保留多光子脉冲：她知道每一个保留的比特，' +
        '而 Alice 和 Bob 看不到任何误码。然而数据块被中止了：没有诱骗态时，Alice 和 Bob 必须假定' +
        '每个含两个或更多光子的脉冲都被分离了，而在这个距离上这样的脉冲比计数还多，' +
        '所以无论有没有 Eve，都没有一个比特能被证明是保密的。',
    },
    task2: {
      goal: '打开诱骗态，看它的分析如何抓住 Eve。',
      step1: `按“${zh.reset}”（运行期间不能更换光源）。`,
      step2:
        `在“${zh.panel}”中，“${zh.source}”保持“${zh.laser}”，把“${zh.decoy}”设为“${zh.vacuumWeak}”` +
        `（“${zh.eve}”保持“${zh.pns}”）。`,
      step3: `再按“${zh.start}”，等待第一个数据块。`,
      done:
        `抓住了。Eve 拦下了单光子脉冲，放过了含两个或更多光子的脉冲。弱诱骗脉冲大多只含单光子，` +
        `所以与信号脉冲相比，它们现在的响应率远低于任何诚实光纤所允许的。空脉冲的响应和以前一样` +
        `（只有暗计数：Eve 在其中没有光子可发），它们告诉分析每种响应率中有多少是噪声。` +
        `根据这些响应率，诱骗态分析发现 Bob 的计数（几乎）没有一个来自单光子：整个数据块都算作 Eve 已知，` +
        `并作为可能存在窃听者而被中止。把“${zh.eve}”设为“${zh.noEve}”时，同样的分析会把大约一半的密钥比特` +
        `归于单光子，数据块就能给出秘密密钥。`,
    },
    task3: {
      goal: '使用量子点，在至少 1 000 个密钥比特上使 Eve 的知识保持在 6\u00a0% 以下。',
      step1: `按“${zh.reset}”。`,
      step2: `在“${zh.panel}”中，把“${zh.source}”设为“${zh.dot}”（g2(0) 保持 1\u00a0%）。`,
      step3: `再按“${zh.start}”。`,
      done: '量子点几乎从不发出两个光子，所以几乎没有可分离的。Eve 仍能得知的少数比特会被计入，并由保密放大去除。',
    },
  },
});

const howFar = defineText({
  en: {
    title: 'How far can a key go?',
    summary: 'Fiber loss, dark counts, the 120 km experiment and a limit no link can beat.',
    p1:
      'Glass fiber is very clear, but not perfect: it loses about 0.2 dB per km, so ' +
      'half of the light is gone every 15 km. After 120 km only about 1 photon in 250 ' +
      'is left, before the detector even tries.',
    p2:
      'Detectors sometimes click with no photon at all (dark counts). Such a click ' +
      'gives a random bit, wrong half the time. Close by, real photons far outnumber ' +
      'dark counts. Far away, the few photons that arrive drown in them, and the QBER ' +
      'climbs until no key is possible.',
    p3:
      `In 2026 a team sent photons from a quantum dot over 120 km of fiber, with detectors ` +
      `that had about 100 dark counts per second, and kept the link running for more than ` +
      `six hours (preset "${en.experiment}").`,
    p4:
      'Even perfect equipment has a limit. Without quantum repeaters, no protocol can ' +
      'make more than −log₂(1 − η) secret bits per pulse, where η is the share of ' +
      'photons the channel lets through (the PLOB bound, Pirandola, Laurenza, Ottaviani ' +
      'and Banchi, 2017). When η is small this is about 1.44 η: the key falls as fast ' +
      "as the light does. Here η is the whole channel from Alice to Bob's clicks " +
      '(fiber, receiver and detectors), because the security proofs hand all of that ' +
      'loss to Eve: the figures below and the plot use the same η.',
    task1: {
      goal: 'Get sifted bits through 120 km of fiber.',
      step1: `In ${en.panel}, set ${en.fiber} to 120 km.`,
      step2: `Press ${en.start} (choose a faster ${en.speed} if you like) and wait for 200 sifted bits.`,
      done: 'Photons still arrive, but far fewer per second: compare the sifted key rate with the 5 km link.',
    },
    task2: {
      goal: 'Make the QBER pass 11\u00a0% with no eavesdropper at all.',
      step1: `Keep ${en.fiber} at 120 km or more and raise ${en.dark} (try 300 000 Hz).`,
      done:
        'Noise alone can end a key: at this distance dark counts make too many errors. ' +
        'This is why the 120 km experiment needed detectors with very few dark counts.',
    },
    task3: {
      goal: 'Get a secret key through 120 km, as the experiment did, and compare its rate with the PLOB bound below.',
      step1: `Press ${en.reset}.`,
      step2:
        `In the run bar, set ${en.preset} to "${en.experiment}": the real link, with its ` +
        `dim quantum dot, 100 dark counts per second and blocks of a million bits.`,
      step3:
        `Set ${en.speed} to ${en.fastest} and press ${en.start}. Watch the simulated clock: ` +
        `the first block needs hours of simulated time, a few seconds here.`,
      done:
        'A secret key through 120 km. Compare the two rates below: the real link stays ' +
        'far under the PLOB bound of this link. In this model the dot puts a photon into ' +
        'fewer than one pulse in a thousand (an estimate fitted to the published error ' +
        'rates, not a published number), the three-state protocol keeps only the pulses ' +
        'where both chose Z, and error correction and the safety margins of a finite ' +
        'block take their share. Without repeaters no link, however good, can cross the ' +
        'bound.',
    },
    task4: {
      goal:
        'How much classical power can share this fiber before the key dies? Make the QBER ' +
        'pass 11\u00a0% with classical data in the fiber and no eavesdropper.',
      step1:
        `Press ${en.reset}, set ${en.fiber} to 25 km, ${en.classical} to "${en.sameDirection}" ` +
        `and ${en.classicalPower} to −40 dBm.`,
      step2:
        `Press ${en.start} and read the QBER; then press ${en.reset}, raise ${en.classicalPower} ` +
        `by 10 dB and start again, until the QBER passes 11\u00a0%.`,
      done:
        'The data light itself is not the problem (the filter blocks it): a tiny share of ' +
        "it is Raman-scattered into the quantum channel's wavelength all along the fiber, " +
        'and those photons click like signal photons but carry random bits. A data ' +
        'channel usually launches around 0 dBm, a thousand billion times more photons ' +
        'than the quantum channel: coexistence needs much weaker data, narrower filters ' +
        '(try a smaller Filter bandwidth) and short detection windows, or a fiber of its ' +
        'own.',
    },
  },
  de: {
    title: 'Wie weit kommt ein Schlüssel?',
    summary:
      'Faserdämpfung, Dunkelzählungen, das 120-km-Experiment und eine Grenze, die keine Strecke überwinden kann.',
    p1:
      'Glasfaser ist sehr klar, aber nicht perfekt: Sie verliert etwa 0,2 dB pro km, ' +
      'alle 15 km ist also die Hälfte des Lichts weg. Nach 120 km ist nur noch etwa 1 ' +
      'Photon von 250 übrig, bevor der Detektor es überhaupt versucht.',
    p2:
      'Detektoren klicken manchmal ganz ohne Photon (Dunkelzählungen). Ein solcher ' +
      'Klick liefert ein zufälliges Bit, das in der Hälfte der Fälle falsch ist. Auf ' +
      'kurzer Strecke gibt es weit mehr echte Photonen als Dunkelzählungen. Auf langer ' +
      'Strecke gehen die wenigen ankommenden Photonen darin unter, und die QBER steigt, ' +
      'bis kein Schlüssel mehr möglich ist.',
    p3:
      `Im Jahr 2026 schickte ein Team Photonen aus einem Quantenpunkt durch 120 km Glasfaser, ` +
      `mit Detektoren, die etwa 100 Dunkelzählungen pro Sekunde hatten, und hielt die Strecke ` +
      `mehr als sechs Stunden am Laufen (Voreinstellung „${de.experiment}“).`,
    p4:
      'Selbst perfekte Geräte haben eine Grenze. Ohne Quantenrepeater kann kein ' +
      'Protokoll mehr als −log₂(1 − η) geheime Bits pro Puls erzeugen, wobei η der ' +
      'Anteil der Photonen ist, den der Kanal durchlässt (die PLOB-Schranke, nach ' +
      'Pirandola, Laurenza, Ottaviani und Banchi, 2017). Für kleines η sind das etwa ' +
      '1,44 η: Der Schlüssel fällt so schnell wie das Licht. Hier ist η der ganze Kanal ' +
      'von Alice bis zu Bobs Klicks (Faser, Empfänger und Detektoren), weil die ' +
      'Sicherheitsbeweise diesen ganzen Verlust Eve zuschreiben: Die Zahlen unten und ' +
      'das Diagramm benutzen dasselbe η.',
    task1: {
      goal: 'Bring gesiebte Bits durch 120 km Glasfaser.',
      step1: `Stelle unter „${de.panel}“ die ${de.fiber} auf 120 km.`,
      step2: `Drücke auf ${de.start} (wähle ruhig ein höheres ${de.speed}) und warte auf 200 gesiebte Bits.`,
      done:
        'Es kommen immer noch Photonen an, aber viel weniger pro Sekunde: Vergleiche die ' +
        'gesiebte Schlüsselrate mit der 5-km-Strecke.',
    },
    task2: {
      goal: 'Bring die QBER ganz ohne Lauscher über 11\u00a0%.',
      step1: `Lass die ${de.fiber} bei 120 km oder mehr und erhöhe die ${de.dark} (versuch es mit 300 000 Hz).`,
      done:
        'Rauschen allein kann einen Schlüssel verhindern: Auf dieser Entfernung ' +
        'verursachen Dunkelzählungen zu viele Fehler. Deshalb brauchte das ' +
        '120-km-Experiment Detektoren mit sehr wenigen Dunkelzählungen.',
    },
    task3: {
      goal:
        'Bring wie das Experiment einen geheimen Schlüssel durch 120 km und vergleiche ' +
        'seine Rate unten mit der PLOB-Schranke.',
      step1: `Drücke auf ${de.reset}.`,
      step2:
        `Stelle oben in der Steuerleiste die ${de.preset} auf „${de.experiment}“: die echte ` +
        `Strecke mit ihrem schwachen Quantenpunkt, 100 Dunkelzählungen pro Sekunde und Blöcken ` +
        `von einer Million Bits.`,
      step3:
        `Stelle das ${de.speed} auf „${de.fastest}“ und drücke auf ${de.start}. Achte auf ` +
        `die simulierte Uhr: Der erste Block braucht Stunden simulierter Zeit, hier ein paar ` +
        `Sekunden.`,
      done:
        'Ein geheimer Schlüssel durch 120 km. Vergleiche unten die beiden Raten: Die ' +
        'echte Strecke bleibt weit unter der PLOB-Schranke dieser Strecke. Im Modell ' +
        'bringt der Quantenpunkt in weniger als einem von tausend Pulsen ein Photon auf ' +
        'den Weg (eine an die veröffentlichten Fehlerraten angepasste Schätzung, keine ' +
        'veröffentlichte Zahl), das Protokoll mit drei Zuständen behält nur die Pulse, ' +
        'bei denen beide Z gewählt haben, und Fehlerkorrektur und Sicherheitsabschläge ' +
        'bei endlicher Blockgröße kosten ihren Teil. Ohne Repeater kann keine Strecke die ' +
        'Schranke überschreiten, so gut sie auch ist.',
    },
    task4: {
      goal:
        'Wie viel klassische Leistung verträgt diese Faser, bevor der Schlüssel stirbt? ' +
        'Bring die QBER mit klassischen Daten in der Faser und ohne Lauscher über ' +
        '11\u00a0%.',
      step1:
        `Drücke auf ${de.reset}, stelle die ${de.fiber} auf 25 km, „${de.classical}“ auf ` +
        `„${de.sameDirection}“ und die ${de.classicalPower} auf −40 dBm.`,
      step2:
        `Drücke auf ${de.start} und lies die QBER ab; drücke dann auf ${de.reset}, erhöhe ` +
        `die ${de.classicalPower} um 10 dB und starte erneut, bis die QBER 11\u00a0% übersteigt.`,
      done:
        'Das Datenlicht selbst ist nicht das Problem (der Filter sperrt es): Ein winziger ' +
        'Teil davon wird entlang der ganzen Faser durch Raman-Streuung in die Wellenlänge ' +
        'des Quantenkanals gestreut, und diese Photonen klicken wie Signalphotonen, ' +
        'tragen aber zufällige Bits. Ein Datenkanal sendet meist mit etwa 0 dBm, tausend ' +
        'Milliarden Mal mehr Photonen als der Quantenkanal: Für das Zusammenleben braucht ' +
        'es viel schwächere Daten, schmalere Filter (versuch eine kleinere ' +
        'Filterbandbreite) und kurze Detektionsfenster – oder eine eigene Faser.',
    },
  },
  zh: {
    title: '密钥能传多远？',
    summary: '光纤损耗、暗计数、120 km 实验，以及任何链路都无法突破的极限。',
    p1:
      '玻璃光纤非常透明，但并不完美：每公里损耗约 0.2 dB，所以每 15 km 光就少掉一半。' +
      '经过 120 km，在探测器尝试探测之前，只剩下约 250 个光子中的 1 个。',
    p2:
      '探测器有时在完全没有光子时也会响应（暗计数）。这样的响应给出一个随机比特，一半的时候是错的。' +
      '距离近时，真实光子远多于暗计数。距离远时，到达的少数光子被淹没在暗计数中，' +
      'QBER 不断攀升，直到不可能得到密钥。',
    p3:
      `2026 年，一个团队把量子点发出的光子经 120 km 光纤传输，探测器每秒约有 100 次暗计数，` +
      `链路持续运行了六个多小时（预设“${zh.experiment}”）。`,
    p4:
      '即使设备完美也有极限。没有量子中继时，任何协议每个脉冲都不能产生多于 −log₂(1 − η) 个秘密比特，' +
      '其中 η 是信道让光子通过的比例（PLOB 界，Pirandola、Laurenza、Ottaviani 和 Banchi，2017）。' +
      'η 很小时它约为 1.44 η：密钥与光衰减得一样快。这里的 η 是从 Alice 到 Bob 计数的整个信道' +
      '（光纤、接收端和探测器），因为安全性证明把所有这些损耗都归于 Eve：下面的数值和图表使用同一个 η。',
    task1: {
      goal: '让筛选后比特通过 120 km 光纤。',
      step1: `在“${zh.panel}”中，把“${zh.fiber}”设为 120 km。`,
      step2: `按“${zh.start}”（愿意的话可以选更快的“${zh.speed}”），等待 200 个筛选后比特。`,
      done: '光子仍然能到达，但每秒少得多：把筛选后成码率与 5 km 链路比较一下。',
    },
    task2: {
      goal: '在完全没有窃听者的情况下让 QBER 超过 11\u00a0%。',
      step1: `保持“${zh.fiber}”为 120 km 或更长，并提高“${zh.dark}”（试试 300 000 Hz）。`,
      done: '单凭噪声就能终结密钥：在这个距离上，暗计数造成的误码太多。这就是 120 km 实验需要暗计数极少的探测器的原因。',
    },
    task3: {
      goal: '像实验那样让秘密密钥通过 120 km，并把它的速率与下面的 PLOB 界比较。',
      step1: `按“${zh.reset}”。`,
      step2:
        `在运行栏中，把“${zh.preset}”设为“${zh.experiment}”：真实的链路，` +
        `带有暗淡的量子点、每秒 100 次暗计数和一百万比特的数据块。`,
      step3:
        `把“${zh.speed}”设为“${zh.fastest}”，然后按“${zh.start}”。观察模拟时钟：` +
        `第一个数据块需要数小时的模拟时间，在这里只需几秒。`,
      done:
        '秘密密钥通过了 120 km。比较下面的两个速率：真实链路远低于本链路的 PLOB 界。' +
        '在本模型中，量子点向不到千分之一的脉冲中放入一个光子（这是拟合已发表误码率得到的估计，并非发表的数值），' +
        '三态协议只保留双方都选 Z 的脉冲，纠错和有限数据块的安全余量也各占一份。' +
        '没有中继，无论多好的链路都无法越过这个界限。',
    },
    task4: {
      goal: '在密钥消失之前，这根光纤能容纳多大的经典功率？在光纤中有经典数据、没有窃听者的情况下让 QBER 超过 11\u00a0%。',
      step1:
        `按“${zh.reset}”，把“${zh.fiber}”设为 25 km，“${zh.classical}”设为“${zh.sameDirection}”，` +
        `“${zh.classicalPower}”设为 −40 dBm。`,
      step2:
        `按“${zh.start}”并读取 QBER；然后按“${zh.reset}”，把“${zh.classicalPower}”提高 10 dB 再开始，` +
        `直到 QBER 超过 11\u00a0%。`,
      done:
        '问题不在数据光本身（滤波器会挡住它）：沿整根光纤，有极小一部分数据光经拉曼散射进入量子信道的波长，' +
        '这些光子像信号光子一样引起响应，却携带随机比特。数据信道的入纤功率通常约为 0 dBm，' +
        '光子数是量子信道的一万亿倍：要共存，需要弱得多的数据光、更窄的滤波器（试试更小的“滤波带宽”）' +
        '和更短的探测时间窗，或者给它一根单独的光纤。',
    },
  },
});

const rawToSecret = defineText({
  en: {
    title: 'From raw bits to a secret key',
    summary: "Cascade's binary search fixes errors; privacy amplification wipes out what Eve knows.",
    p1:
      "After sifting, Alice's and Bob's bits still differ in a few places. They must " +
      'find those places without saying the key out loud.',
    p2:
      "Cascade cuts the key into blocks and compares only each block's parity: is the " +
      'number of 1s even or odd? If the parities differ, the block hides an error. They ' +
      'compare the parity of its first half: if those agree, the error is in the second ' +
      'half. Halve again and again; after about log₂(block size) questions the error is ' +
      'pinned to one bit and Bob flips it. Then they shuffle the key and repeat with ' +
      'bigger blocks, to catch errors that were hiding in pairs.',
    p3:
      'Every parity said in public can tell Eve up to one bit about the key. The app ' +
      'counts them as leaked bits, and the final key is made shorter by that many bits.',
    p4:
      'Privacy amplification: Alice and Bob mix their key with a random public recipe ' +
      '(a hash) into a shorter key. Every new bit depends on many old ones, so the few ' +
      'bits Eve knew and the parities she heard stop helping her: her guess of the ' +
      'final key is right about half the time, like a coin flip.',
    task1: {
      goal: 'Distil a block into a key.',
      step1:
        'The link uses small 4 000-bit blocks, and Eve intercepts 10\u00a0% of the photons (too few to stop the key).',
      step2: `Press ${en.start}, wait until the first block is distilled, then press ${en.pause}.`,
      done: 'The block went through error correction and privacy amplification. Its Cascade questions were recorded.',
    },
    task2: {
      goal: 'Follow a search until Bob flips a wrong bit.',
      step1: "Below, press Next question to follow one of Cascade's binary searches.",
      done:
        'Each question halves the part where the error can be. A handful of parities ' +
        'found one wrong bit among thousands.',
    },
    task3: {
      goal: "See Eve's guess of the final key match it only about half the time.",
      step1: "Read Eve's guess against the final key below.",
      done:
        'Eve knew a few percent of the raw bits exactly, but after privacy amplification ' +
        'her guess is no better than tossing a coin.',
    },
  },
  de: {
    title: 'Von Rohbits zum geheimen Schlüssel',
    summary: 'Cascades binäre Suche behebt Fehler; die Privatsphärenverstärkung löscht aus, was Eve weiß.',
    p1:
      'Nach dem Sieben unterscheiden sich die Bits von Alice und Bob noch an ein paar ' +
      'Stellen. Sie müssen diese Stellen finden, ohne den Schlüssel laut auszusprechen.',
    p2:
      'Cascade teilt den Schlüssel in Blöcke und vergleicht für jeden Block nur die ' +
      'Parität: Ist die Zahl der Einsen gerade oder ungerade? Unterscheiden sich die ' +
      'Paritäten, versteckt sich im Block ein Fehler. Dann vergleichen sie die Parität ' +
      'seiner ersten Hälfte: Stimmt sie überein, liegt der Fehler in der zweiten ' +
      'Hälfte. Immer weiter halbieren; nach etwa log₂(Blockgröße) Fragen ist der Fehler ' +
      'auf ein Bit eingegrenzt, und Bob dreht es um. Danach mischen sie den Schlüssel ' +
      'und wiederholen alles mit größeren Blöcken, um Fehler zu fangen, die sich ' +
      'paarweise versteckt hatten.',
    p3:
      'Jede öffentlich genannte Parität kann Eve bis zu ein Bit über den Schlüssel ' +
      'verraten. Die App zählt sie als offengelegte Bits, und der endgültige Schlüssel ' +
      'wird um so viele Bits kürzer.',
    p4:
      'Privatsphärenverstärkung: Alice und Bob verrühren ihren Schlüssel nach einem ' +
      'zufälligen, öffentlichen Rezept (einem Hash) zu einem kürzeren Schlüssel. Jedes ' +
      'neue Bit hängt von vielen alten ab, deshalb helfen Eve die wenigen Bits, die sie ' +
      'kannte, und die Paritäten, die sie gehört hat, nicht mehr: Ihr Tipp für den ' +
      'endgültigen Schlüssel stimmt nur in etwa der Hälfte der Bits, wie bei einem ' +
      'Münzwurf.',
    task1: {
      goal: 'Destilliere einen Block zu einem Schlüssel.',
      step1:
        'Die Strecke benutzt kleine Blöcke von 4 000 Bits, und Eve fängt 10\u00a0% der ' +
        'Photonen ab (zu wenige, um den Schlüssel zu verhindern).',
      step2: `Drücke auf ${de.start}, warte, bis der erste Block destilliert ist, und drücke dann auf ${de.pause}.`,
      done:
        'Der Block hat Fehlerkorrektur und Privatsphärenverstärkung durchlaufen. Cascades ' +
        'Fragen dazu wurden aufgezeichnet.',
    },
    task2: {
      goal: 'Verfolge eine Suche, bis Bob ein falsches Bit umdreht.',
      step1: 'Drücke unten auf „Nächste Frage“, um eine von Cascades binären Suchen zu verfolgen.',
      done:
        'Jede Frage halbiert den Bereich, in dem der Fehler stecken kann. Eine Handvoll ' +
        'Paritäten hat ein falsches Bit unter Tausenden gefunden.',
    },
    task3: {
      goal: 'Sieh, dass Eves Tipp nur in etwa der Hälfte der Bits mit dem endgültigen Schlüssel übereinstimmt.',
      step1: 'Lies unten ab, wie gut Eves Tipp zum endgültigen Schlüssel passt.',
      done:
        'Eve kannte ein paar Prozent der Rohbits genau, aber nach der ' +
        'Privatsphärenverstärkung ist ihr Tipp nicht besser als ein Münzwurf.',
    },
  },
  zh: {
    title: '从原始比特到秘密密钥',
    summary: 'Cascade 的二分查找纠正错误；保密放大抹去 Eve 所知道的信息。',
    p1: '筛选之后，Alice 和 Bob 的比特仍有几处不同。他们必须在不把密钥说出口的情况下找到这些位置。',
    p2:
      'Cascade 把密钥切成若干块，只比较每块的奇偶性：1 的个数是偶数还是奇数？如果奇偶性不同，这块中就藏有错误。' +
      '他们比较前一半的奇偶性：如果一致，错误就在后一半。一次次地对半分；大约 log₂(块大小) 个问题之后，' +
      '错误被定位到一个比特上，Bob 把它翻转。然后他们打乱密钥，用更大的块重复这一过程，' +
      '以捕捉成对隐藏的错误。',
    p3: '每个公开说出的奇偶校验最多能告诉 Eve 一个比特的密钥信息。应用把它们计为泄露的比特，最终密钥也缩短同样多的比特。',
    p4:
      '保密放大：Alice 和 Bob 按一个随机的公开方法（哈希）把密钥混合成更短的密钥。' +
      '每个新比特都依赖许多旧比特，所以 Eve 知道的少数比特和她听到的奇偶校验都不再有用：' +
      '她对最终密钥的猜测大约一半正确，就像抛硬币。',
    task1: {
      goal: '把一个数据块提取成密钥。',
      step1: '链路使用 4 000 比特的小数据块，Eve 截获 10\u00a0% 的光子（太少，不足以阻止密钥生成）。',
      step2: `按“${zh.start}”，等第一个数据块提取完，然后按“${zh.pause}”。`,
      done: '这个数据块经过了纠错和保密放大。它的 Cascade 提问都被记录下来了。',
    },
    task2: {
      goal: '跟随一次查找，直到 Bob 翻转一个错误比特。',
      step1: '在下面按“下一个问题”，跟随 Cascade 的一次二分查找。',
      done: '每个问题都把错误可能所在的范围减半。几个奇偶校验就在几千个比特中找到了一个错误比特。',
    },
    task3: {
      goal: '看到 Eve 对最终密钥的猜测只有大约一半正确。',
      step1: '在下面读取 Eve 的猜测与最终密钥的对比。',
      done: 'Eve 确切知道百分之几的原始比特，但经过保密放大后，她的猜测并不比抛硬币更好。',
    },
  },
});

/** A task's words: its goal, the steps step1, step2, … and the text shown once its check passes. */
type TaskText = Readonly<{ goal: string; done: string } & Record<`step${number}`, string>>;

/** What lesson Id's catalogue must hold: title, summary and exactly one task text per check (task1 … taskN). */
type LessonShape<Id extends LessonId> = Readonly<
  { title: string; summary: string } & Record<LessonTaskKey<Id>, TaskText>
>;

/** Task texts beyond the lesson's checks: never when every text has its check. */
type TasksWithoutCheck<T, Id extends LessonId> = Exclude<Extract<keyof T, `task${number}`>, LessonTaskKey<Id>>;

/**
 * Pairs a lesson's catalogue with its checks at compile time: a missing task text fails the `LessonShape` bound, a
 * task text with no check fails the second parameter (its type then names the extra key).
 */
function lessonCatalogue<Id extends LessonId, T extends LessonShape<Id> & TextShape>(
  _id: Id,
  catalogue: Catalogue<T> &
    ([TasksWithoutCheck<T, Id>] extends [never] ? unknown : { noCheckFor: TasksWithoutCheck<T, Id> }),
): Catalogue<T> {
  return catalogue;
}

export const LESSON_TEXT = {
  'bb84-photons': lessonCatalogue('bb84-photons', bb84),
  'catch-eve': lessonCatalogue('catch-eve', catchEve),
  'single-photons': lessonCatalogue('single-photons', singlePhotons),
  'how-far': lessonCatalogue('how-far', howFar),
  'raw-to-secret': lessonCatalogue('raw-to-secret', rawToSecret),
} satisfies Record<LessonId, Catalogue<TextShape>>;

export interface TaskTextView {
  goal: string;
  steps: string[];
  done: string;
}

export interface LessonTextView {
  title: string;
  summary: string;
  paragraphs: string[];
  tasks: TaskTextView[];
}

const numbered = (prefix: string, shape: Readonly<Record<string, unknown>>) =>
  Object.keys(shape)
    .filter((k) => new RegExp(`^${prefix}\\d+$`).test(k))
    .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));

/**
 * A lesson's text in one language as lists: paragraphs p1, p2, …, and one task per check of the lesson in its order
 * (the catalogue's task1 … taskN, typed to match), each with its steps step1, step2, ….
 */
export function lessonText(id: LessonId, locale: Locale): LessonTextView {
  const shape = LESSON_TEXT[id][locale] as Readonly<Record<string, unknown>>;
  const checks = lessonById(id)?.checks ?? [];
  return {
    title: String(shape.title),
    summary: String(shape.summary),
    paragraphs: numbered('p', shape).map((k) => String(shape[k])),
    tasks: checks.map((_, i) => {
      const task = shape[taskKey(i)] as Readonly<Record<string, string>>;
      return { goal: task.goal, done: task.done, steps: numbered('step', task).map((s) => task[s]) };
    }),
  };
}
