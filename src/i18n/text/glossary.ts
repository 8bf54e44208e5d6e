// Plain-word explanations of the terms a visitor meets (QBER, g2(0), sifted key, seed…), one tap away
// beside the term and listed together in the help dialog. English and German side by side.
import { defineText } from '../defineText';

/** The explained terms, in the order the help dialog lists them. */
export const GLOSSARY_TERMS = [
  'qber',
  'sifted',
  'secretKey',
  'eveKnowledge',
  'quantumDot',
  'laser',
  'g2',
  'cryostat',
  'interferometer',
  'block',
  'seed',
  'preset',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

export const glossaryText = defineText({
  en: {
    /** The button beside a term: "What is QBER?". */
    whatIs: (term: string) => `What is ${term}?`,
    /** The preset's button: its name must not contain "reset" (outside tests find the Reset button by substring). */
    whatIsPreset: 'What are the ready-made links?',
    close: 'Close',
    heading: 'Words used here',
    terms: {
      qber: 'QBER',
      sifted: 'sifted key',
      secretKey: 'secret key',
      eveKnowledge: 'Eve’s knowledge',
      quantumDot: 'quantum dot',
      laser: 'attenuated laser',
      g2: 'g2(0)',
      cryostat: 'cryostat',
      interferometer: 'interferometer',
      block: 'block',
      seed: 'seed',
      preset: 'preset',
    } satisfies Record<GlossaryTerm, string>,
    texts: {
      qber:
        'Quantum bit error rate: the share of the kept bits where Bob’s bit differs from ' +
        'Alice’s. Noise causes a few percent; a spy who measures the photons pushes it up ' +
        '(to 25 % if she measures every one).',
      sifted:
        'The bits Alice and Bob keep after comparing, in public, how each photon was ' +
        'prepared and measured: only photons measured the way they were sent are kept, ' +
        'about half.',
      secretKey:
        'What is left after errors are corrected and everything a spy could know is ' +
        'squeezed out. Its rate is the number of secret bits per second.',
      eveKnowledge:
        'How much the eavesdropper learned about the key bits, in bits per bit: a bit she knows ' +
        'exactly counts whole, a guess counts by how often such guesses are right (a coin flip counts ' +
        'nothing). Only the simulator can see this; Alice and Bob must estimate it from the errors.',
      quantumDot: 'A tiny crystal of semiconductor that gives off one photon at a time when a laser pulse excites it.',
      laser:
        'A laser dimmed until a pulse carries less than one photon on average. Sometimes ' +
        'a pulse carries two, and a spy can keep one.',
      g2:
        'How often the source sends two photons at once, compared with a laser: 0 means ' +
        'never (a perfect single-photon source), 1 means as often as a laser.',
      cryostat:
        'A cooler that keeps the quantum dot at a few kelvin (about −269 °C) so that it ' +
        'gives off clean single photons.',
      interferometer:
        'An optical device that splits light into two paths and brings it back together; ' +
        'Bob uses one to read the timing (time-bin) of a photon in the second basis.',
      block:
        'Key bits are corrected and shortened in blocks. The first secret key appears ' +
        'when the first block is full and distilled; small blocks come sooner but lose ' +
        'more to statistics.',
      seed:
        'The starting number of the simulation’s random generator. The same link with the ' +
        'same seed gives exactly the same photons and the same key.',
      preset:
        'A complete link, ready to run: a teaching link or a published experiment, with ' +
        'every value marked as published or estimated.',
    } satisfies Record<GlossaryTerm, string>,
  },
  de: {
    whatIs: (term) => `Was ist ${term}?`,
    whatIsPreset: 'Was sind die fertigen Strecken?',
    close: 'Schließen',
    heading: 'Begriffe auf dieser Seite',
    terms: {
      qber: 'QBER',
      sifted: 'gesiebter Schlüssel',
      secretKey: 'geheimer Schlüssel',
      eveKnowledge: 'Eves Wissen',
      quantumDot: 'Quantenpunkt',
      laser: 'abgeschwächter Laser',
      g2: 'g2(0)',
      cryostat: 'Kryostat',
      interferometer: 'Interferometer',
      block: 'Block',
      seed: 'Seed',
      preset: 'Voreinstellung',
    },
    texts: {
      qber:
        'Quantenbitfehlerrate: der Anteil der behaltenen Bits, bei denen Bobs Bit von ' +
        'Alices abweicht. Rauschen verursacht wenige Prozent; eine Spionin, die die ' +
        'Photonen misst, treibt sie hoch (auf 25 %, wenn sie jedes misst).',
      sifted:
        'Die Bits, die Alice und Bob behalten, nachdem sie öffentlich verglichen haben, ' +
        'wie jedes Photon präpariert und gemessen wurde: Nur passend gemessene Photonen ' +
        'bleiben, etwa die Hälfte.',
      secretKey:
        'Was übrig bleibt, nachdem Fehler korrigiert und alles herausgedrückt ist, was ' +
        'eine Spionin wissen könnte. Die Rate ist die Zahl geheimer Bits pro Sekunde.',
      eveKnowledge:
        'Wie viel die Lauscherin über die Schlüsselbits erfahren hat, in Bit pro Bit: Ein Bit, das ' +
        'sie genau kennt, zählt ganz, ein Tipp danach, wie oft solche Tipps stimmen (ein Münzwurf ' +
        'zählt nichts). Das sieht nur der Simulator; Alice und Bob müssen es aus den Fehlern abschätzen.',
      quantumDot:
        'Ein winziger Halbleiterkristall, der ein Photon nach dem anderen abgibt, wenn ein Laserpuls ihn anregt.',
      laser:
        'Ein Laser, so stark gedämpft, dass ein Puls im Mittel weniger als ein Photon ' +
        'trägt. Manchmal trägt ein Puls zwei, und eine Spionin kann eines behalten.',
      g2:
        'Wie oft die Quelle zwei Photonen zugleich sendet, verglichen mit einem Laser: 0 ' +
        'heißt nie (eine perfekte Einzelphotonenquelle), 1 heißt so oft wie ein Laser.',
      cryostat:
        'Ein Kühler, der den Quantenpunkt auf wenige Kelvin (etwa −269 °C) hält, damit er ' +
        'saubere einzelne Photonen abgibt.',
      interferometer:
        'Ein optisches Gerät, das Licht auf zwei Wege aufteilt und wieder zusammenführt; ' +
        'Bob liest damit in der zweiten Basis die zeitliche Lage (Zeit-Bin) eines ' +
        'Photons.',
      block:
        'Schlüsselbits werden blockweise korrigiert und gekürzt. Der erste geheime ' +
        'Schlüssel entsteht, wenn der erste Block voll und destilliert ist; kleine Blöcke ' +
        'kommen früher, verlieren aber mehr an die Statistik.',
      seed:
        'Die Startzahl des Zufallsgenerators der Simulation. Dieselbe Strecke mit ' +
        'demselben Seed ergibt genau dieselben Photonen und denselben Schlüssel.',
      preset:
        'Eine vollständige, startbereite Strecke: eine Lehrstrecke oder ein ' +
        'veröffentlichtes Experiment, jeder Wert als veröffentlicht oder geschätzt ' +
        'gekennzeichnet.',
    },
  },
  zh: {
    whatIs: (term) => `什么是${term}？`,
    whatIsPreset: '现成的链路是什么？',
    close: '关闭',
    heading: '本页用到的术语',
    terms: {
      qber: 'QBER',
      sifted: '筛选后密钥',
      secretKey: '秘密密钥',
      eveKnowledge: 'Eve 的知识',
      quantumDot: '量子点',
      laser: '衰减激光',
      g2: 'g2(0)',
      cryostat: '低温恒温器',
      interferometer: '干涉仪',
      block: '数据块',
      seed: '随机种子',
      preset: '预设',
    },
    texts: {
      qber:
        '量子误码率：在保留的比特中，Bob 的比特与 Alice 的不同的比例。噪声会造成几个百分点的误码；' +
        '测量光子的窃听者会把它推高（如果她测量每一个光子，会达到 25 %）。',
      sifted:
        'Alice 和 Bob 公开比较每个光子的制备和测量方式之后保留下来的比特：' + '只保留按发送方式测量的光子，大约一半。',
      secretKey: '纠错之后、并把窃听者可能知道的一切都压缩掉之后剩下的部分。它的速率就是每秒的秘密比特数。',
      eveKnowledge:
        '窃听者对密钥比特了解了多少，以每比特的比特数计：确切知道的比特算一整个，猜测按这类猜测猜对的频率折算' +
        '（抛硬币不算）。只有模拟器能看到它；Alice 和 Bob 必须根据误码来估计。',
      quantumDot: '一种微小的半导体晶体，被激光脉冲激发时每次发出一个光子。',
      laser: '被衰减到每个脉冲平均不足一个光子的激光。有时一个脉冲含有两个光子，窃听者就可以留下其中一个。',
      g2: '光源同时发出两个光子的频繁程度，与激光相比：0 表示从不（理想的单光子源），1 表示与激光一样频繁。',
      cryostat: '把量子点保持在几开尔文（约 −269 °C）的制冷装置，使它发出纯净的单光子。',
      interferometer: '一种把光分成两条路径再合在一起的光学器件；Bob 用它读取光子在第二个基中的时间位置（时间仓）。',
      block:
        '密钥比特按数据块进行纠错和压缩。第一个数据块填满并完成提取时，第一份秘密密钥才会出现；' +
        '数据块小，密钥出现得早，但因统计涨落损失更多。',
      seed: '模拟中随机数发生器的起始数。相同的链路配上相同的种子，会得到完全相同的光子和相同的密钥。',
      preset: '一条可以直接运行的完整链路：教学链路或已发表的实验，每个数值都标明是已发表的还是估计的。',
    },
  },
});
