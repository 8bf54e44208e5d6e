// Text of the "Be Eve" challenge: the attack menu, the emitter choice, the buttons, the score and the verdicts
// with their explanations. The learner is addressed as "du" in German. Numbers arrive already formatted.
import { defineText } from '../defineText';

export const beEveText = defineText({
  en: {
    title: 'Be Eve: steal the key unnoticed',
    intro: (km: number) =>
      `You are the spy in the fiber (${km} km, classroom link). Pick an attack and try ` +
      `to learn the final key without setting off the alarm.`,
    attack: 'Eve’s attack',
    attacks: {
      'intercept-resend': 'Intercept-resend: measure and resend',
      pns: 'Photon-number splitting: keep a spare photon',
      'beam-splitting': 'Beam splitting: keep the light the fiber loses',
      'phase-covariant-cloning': 'Cloning: copy every photon as well as physics allows',
    },
    strength: 'Attack strength (photons intercepted)',
    disturbance: 'Disturbance D (errors her cloner causes)',
    noStrength: 'This attack works on every pulse it can use; it has no strength setting.',
    emitter: 'Alice’s emitter',
    emitters: { qd: 'Quantum dot (single photons)', wcp: 'Attenuated laser (sometimes two photons)' },
    steal: 'Steal the key',
    stop: 'Stop the attack',
    attacking: 'Attacking… waiting for Alice and Bob to distil a block.',
    caught: 'Caught',
    caughtYes: (aborted: number, done: number) =>
      `yes (${aborted} of ${done} ${done === 1 ? 'block' : 'blocks'} aborted)`,
    caughtNo: (done: number) => `no (${done} ${done === 1 ? 'block' : 'blocks'} distilled)`,
    knowledge: 'Eve’s knowledge of the final key',
    beyondGuessing: (percent: string) => `${percent} beyond guessing`,
    verdict: {
      caughtMultiPhoton: 'Eve was caught out: no key was made from these photons.',
      caughtMultiPhotonWhy:
        'Alice and Bob assume Eve may know every bit that came from a pulse with two or ' +
        'more photons. Too little was left to be sure of secrecy, so they aborted. Eve ' +
        'learned bits of a key that will never be used.',
      caughtErrors: 'Eve was caught: Alice and Bob threw the key away.',
      caughtErrorsWhy: (qber: string) =>
        `Measuring photons in a guessed basis disturbs them: the error rate rose to ${qber}, ` +
        `above what a secret key can survive, so the protocol aborted. Eve learned bits of ` +
        `a key that will never be used.`,
      caughtCloningWhy: (qber: string) =>
        `No one can copy an unknown photon perfectly: the better her copies, the more her cloner ` +
        `disturbs the originals. The error rate rose to ${qber}, too high for a secret key, so the ` +
        `protocol aborted.`,
      cloningWhy: (qber: string, agreement: string, tail: string) =>
        `A gentle cloner keeps the error rate low (${qber}), but then her copies are poor: her ` +
        `guesses matched only ${agreement} of the sifted key (50\u00a0% = a coin flip). Alice and ` +
        `Bob shorten the key by what that error rate lets her know. ${tail}`,
      noBlockYet: 'No block has been distilled yet.',
      hashedAway: (agreement: string) =>
        `Her guess matches the final key in ${agreement} of the bits (50\u00a0% = a coin ` +
        `flip): privacy amplification hashed away what she knew.`,
      hiddenNothing: 'Eve was not caught, but she gained nothing.',
      fewPhotonsWhy: (known: string, tail: string) =>
        `Intercepting few photons keeps the errors low, but then she knows few bits (${known} ` +
        `of the sifted key), and Alice and Bob shorten the key by what she could know. ${tail}`,
      stayedHidden: 'Eve stayed hidden, but she gained nothing.',
      dotWhy: (known: string, tail: string) =>
        `The quantum dot almost never sends two photons, so there was little to split: she ` +
        `knew ${known} of the sifted key. ${tail}`,
      laserWhy: (known: string, tail: string) =>
        `The laser's multi-photon pulses let her read ${known} of the sifted key without ` +
        `causing errors; Alice and Bob's key length bound counts every multi-photon pulse ` +
        `as known to Eve and removes it. ${tail}`,
    },
  },
  de: {
    title: 'Sei Eve: Stiehl den Schlüssel unbemerkt',
    intro: (km) =>
      `Du bist die Spionin in der Faser (${km} km, Strecke für den Unterricht). Wähle einen ` +
      `Angriff und versuche, den endgültigen Schlüssel zu erfahren, ohne den Alarm auszulösen.`,
    attack: 'Eves Angriff',
    attacks: {
      'intercept-resend': 'Abfangen und Neusenden: messen und neu schicken',
      pns: 'Photonenzahl-Aufspaltung: ein überzähliges Photon behalten',
      'beam-splitting': 'Strahlteilung: das Licht behalten, das die Faser verliert',
      'phase-covariant-cloning': 'Klonen: jedes Photon so gut kopieren, wie die Physik es erlaubt',
    },
    strength: 'Stärke des Angriffs (abgefangene Photonen)',
    disturbance: 'Störung D (Fehler, die ihr Kloner verursacht)',
    noStrength: 'Dieser Angriff trifft jeden Puls, den er nutzen kann; seine Stärke lässt sich nicht einstellen.',
    emitter: 'Alices Sender',
    emitters: { qd: 'Quantenpunkt (einzelne Photonen)', wcp: 'Abgeschwächter Laser (manchmal zwei Photonen)' },
    steal: 'Schlüssel stehlen',
    stop: 'Angriff beenden',
    attacking: 'Angriff läuft … warte, bis Alice und Bob einen Block destilliert haben.',
    caught: 'Erwischt',
    caughtYes: (aborted, done) => `ja (${aborted} von ${done} ${done === 1 ? 'Block' : 'Blöcken'} abgebrochen)`,
    caughtNo: (done) => `nein (${done} ${done === 1 ? 'Block' : 'Blöcke'} destilliert)`,
    knowledge: 'Eves Wissen über den endgültigen Schlüssel',
    beyondGuessing: (percent) => `${percent} mehr als durch Raten`,
    verdict: {
      caughtMultiPhoton: 'Eve ist aufgeflogen: Aus diesen Photonen wurde kein Schlüssel.',
      caughtMultiPhotonWhy:
        'Alice und Bob nehmen an, dass Eve jedes Bit kennen kann, das aus einem Puls mit ' +
        'zwei oder mehr Photonen stammt. Danach blieb zu wenig übrig, um sicher geheim zu ' +
        'sein, also haben sie abgebrochen. Eve hat Bits eines Schlüssels erfahren, der ' +
        'nie benutzt wird.',
      caughtErrors: 'Eve wurde erwischt: Alice und Bob haben den Schlüssel weggeworfen.',
      caughtErrorsWhy: (qber) =>
        `Wer Photonen in einer geratenen Basis misst, stört sie: Die Fehlerrate stieg auf ` +
        `${qber}, mehr als ein geheimer Schlüssel verkraftet, also hat das Protokoll abgebrochen. ` +
        `Eve hat Bits eines Schlüssels erfahren, der nie benutzt wird.`,
      caughtCloningWhy: (qber) =>
        `Niemand kann ein unbekanntes Photon perfekt kopieren: Je besser Eves Kopien, desto stärker ` +
        `stört ihr Kloner die Originale. Die Fehlerrate stieg auf ${qber}, zu hoch für einen geheimen ` +
        `Schlüssel, also hat das Protokoll abgebrochen.`,
      cloningWhy: (qber, agreement, tail) =>
        `Ein sanfter Kloner hält die Fehlerrate niedrig (${qber}), aber dann sind Eves Kopien schlecht: ` +
        `Ihre Tipps trafen nur ${agreement} des gesiebten Schlüssels (50\u00a0% = Münzwurf). Alice und ` +
        `Bob kürzen den Schlüssel um das, was Eve bei dieser Fehlerrate wissen kann. ${tail}`,
      noBlockYet: 'Es wurde noch kein Block destilliert.',
      hashedAway: (agreement) =>
        `Ihr Tipp stimmt in ${agreement} der Bits mit dem endgültigen Schlüssel überein (50\u00a0% ` +
        `= Münzwurf): Die Privatsphärenverstärkung hat weggehasht, was sie wusste.`,
      hiddenNothing: 'Eve wurde nicht erwischt, hat aber nichts gewonnen.',
      fewPhotonsWhy: (known, tail) =>
        `Wer nur wenige Photonen abfängt, hält die Fehler niedrig, kennt dann aber auch nur ` +
        `wenige Bits (${known} des gesiebten Schlüssels), und Alice und Bob kürzen den Schlüssel ` +
        `um das, was Eve wissen könnte. ${tail}`,
      stayedHidden: 'Eve blieb unentdeckt, hat aber nichts gewonnen.',
      dotWhy: (known, tail) =>
        `Der Quantenpunkt schickt fast nie zwei Photonen, es gab also kaum etwas aufzuspalten: ` +
        `Eve kannte ${known} des gesiebten Schlüssels. ${tail}`,
      laserWhy: (known, tail) =>
        `Die Mehrphotonenpulse des Lasers ließen Eve ${known} des gesiebten Schlüssels lesen, ` +
        `ohne Fehler zu verursachen. Die Schranke für die Schlüssellänge zählt aber jeden ` +
        `Mehrphotonenpuls als Eve bekannt, und Alice und Bob entfernen ihn. ${tail}`,
    },
  },
  zh: {
    title: '扮演 Eve：神不知鬼不觉地窃取密钥',
    intro: (km) =>
      `你是潜伏在光纤中的窃听者（${km} km，课堂链路）。选择一种攻击方式，` + `试着在不触发警报的情况下获知最终密钥。`,
    attack: 'Eve 的攻击',
    attacks: {
      'intercept-resend': '截获重发：测量后重新发送',
      pns: '光子数分离：留下一个多余的光子',
      'beam-splitting': '分束攻击：截留光纤损耗掉的光',
      'phase-covariant-cloning': '克隆攻击：在物理允许的范围内尽量完美地复制每个光子',
    },
    strength: '攻击强度（被截获的光子比例）',
    disturbance: '扰动 D（她的克隆机引入的误码）',
    noStrength: '这种攻击作用于它能利用的每一个脉冲，没有强度设置。',
    emitter: 'Alice 的光源',
    emitters: { qd: '量子点（单光子）', wcp: '衰减激光（有时发出两个光子）' },
    steal: '窃取密钥',
    stop: '停止攻击',
    attacking: '正在攻击……等待 Alice 和 Bob 提取一个数据块。',
    caught: '被发现',
    caughtYes: (aborted, done) => `是（${done} 个数据块中有 ${aborted} 个被中止）`,
    caughtNo: (done) => `否（已提取 ${done} 个数据块）`,
    knowledge: 'Eve 对最终密钥的了解',
    beyondGuessing: (percent) => `超出随机猜测 ${percent}`,
    verdict: {
      caughtMultiPhoton: 'Eve 露馅了：这些光子没有生成任何密钥。',
      caughtMultiPhotonWhy:
        'Alice 和 Bob 假定，凡是来自含两个或更多光子的脉冲的比特，Eve 都可能知道。' +
        '剩下的比特太少，无法确保保密，于是他们中止了。Eve 得到的是一份永远不会被使用的密钥的比特。',
      caughtErrors: 'Eve 被发现了：Alice 和 Bob 丢弃了密钥。',
      caughtErrorsWhy: (qber) =>
        `用猜测的基去测量光子会扰动它们：误码率升到了 ${qber}，` +
        `超过了秘密密钥所能承受的上限，于是协议中止。Eve 得到的是一份永远不会被使用的密钥的比特。`,
      caughtCloningWhy: (qber) =>
        `没有人能完美复制一个未知的光子：她的副本越好，克隆机对原光子的扰动就越大。` +
        `误码率升到了 ${qber}，对秘密密钥来说太高，于是协议中止。`,
      cloningWhy: (qber, agreement, tail) =>
        `温和的克隆机让误码率保持很低（${qber}），但这样她的副本质量很差：` +
        `她的猜测只与筛选后密钥的 ${agreement} 相同（50\u00a0% 即等于抛硬币）。` +
        `Alice 和 Bob 会按这个误码率下她可能知道的量缩短密钥。${tail}`,
      noBlockYet: '尚未提取任何数据块。',
      hashedAway: (agreement) =>
        `她的猜测与最终密钥有 ${agreement} 的比特相同（50\u00a0% 即等于抛硬币）：` +
        `保密放大把她所知道的信息哈希掉了。`,
      hiddenNothing: 'Eve 没有被发现，但她一无所获。',
      fewPhotonsWhy: (known, tail) =>
        `只截获少量光子可以让误码率保持很低，但这样她知道的比特也很少（筛选后密钥的 ${known}），` +
        `而 Alice 和 Bob 会按她可能知道的量缩短密钥。${tail}`,
      stayedHidden: 'Eve 一直没有暴露，但她一无所获。',
      dotWhy: (known, tail) =>
        `量子点几乎从不同时发出两个光子，所以几乎没有可分离的：她只知道筛选后密钥的 ${known}。${tail}`,
      laserWhy: (known, tail) =>
        `激光的多光子脉冲让她在不引入误码的情况下读出了筛选后密钥的 ${known}；` +
        `Alice 和 Bob 的密钥长度界把每个多光子脉冲都算作 Eve 已知并将其去除。${tail}`,
    },
  },
});
