// Text of the "Send a message" panel: the key buffer, the one-time pad and the AES-256-GCM rekeying modes,
// Bob's and Eve's readings, the refusal when the key runs out and what the demonstration does not claim.
import { defineText } from '../defineText';

export const messageText = defineText({
  en: {
    title: 'Send a message',
    intro:
      'Use the key. Every final key bit the run distils goes into a buffer that Alice ' +
      'and Bob share; a message takes bits out of it once, and they are never used ' +
      'again.',
    buffer: 'Key buffer',
    bufferValue: (available: string, used: string) => `${available} bits ready, ${used} used`,
    bufferDropped: (dropped: string) => `(${dropped} further bits arrived while the buffer was full and were not kept)`,
    mode: 'Encryption',
    otp: 'One-time pad (one key bit per message bit)',
    aes: 'AES-256-GCM, a new key from every 256 key bits',
    messageLabel: 'Message',
    messageDefault: 'Meet me at the lab at nine.',
    send: 'Send',
    empty: 'The key buffer is empty: nothing can be sent until the run distils a block with a positive key.',
    refused: (needed: string, available: string) =>
      `Not sent: this message needs ${needed} key bits and the buffer holds ${available}. Let the run distil more key.`,
    refusedAes: 'Not sent: no AES key yet; a key takes 256 final key bits.',
    used: (bits: string) => `Sent with ${bits} key bits, now used up.`,
    cipher: 'On the wire',
    bobReads: 'Bob reads',
    eveReads: 'Eve reads',
    eveWrong: (percent: string) =>
      `Eve decrypts with her own guesses of the same key bits; ${percent} of them are wrong ` +
      `after privacy amplification, so her text is garbled.`,
    eveAesFails:
      'Eve’s key, made from her guesses of the same 256 bits, fails GCM’s tag check: she gets nothing at all.',
    rekeys: 'AES keys so far',
    rekeysValue: (count: string) => `${count} (each from 256 final key bits)`,
    rekeysPerHour: 'Rekeys per hour at this run’s key rate',
    noRate: '— (no key yet)',
    aesNote:
      'AES-256 with a fresh key per 256 bits is computationally secure, not ' +
      'information-theoretically like the pad: a key of 256 bits protects far more than ' +
      '256 bits of text.',
    honesty:
      'The key of this simulation comes from a seeded pseudo-random generator, so it is ' +
      'not secret: never use it for anything real. The pad is secret only if the key ' +
      'is, and this demonstration does not authenticate the message.',
  },
  de: {
    title: 'Nachricht senden',
    intro:
      'Den Schlüssel benutzen: Jedes endgültige Schlüsselbit, das der Lauf destilliert, ' +
      'kommt in einen Speicher, den Alice und Bob teilen; eine Nachricht entnimmt ihm ' +
      'Bits genau einmal, danach werden sie nie wieder verwendet.',
    buffer: 'Schlüsselspeicher',
    bufferValue: (available: string, used: string) => `${available} Bit bereit, ${used} verbraucht`,
    bufferDropped: (dropped: string) =>
      `(${dropped} weitere Bit kamen bei vollem Speicher an und wurden nicht behalten)`,
    mode: 'Verschlüsselung',
    otp: 'Einmalschlüssel nach Vernam (ein Schlüsselbit je Nachrichtenbit)',
    aes: 'AES-256-GCM, ein neuer Schlüssel aus je 256 Schlüsselbits',
    messageLabel: 'Nachricht',
    messageDefault: 'Treffen wir uns um neun im Labor.',
    send: 'Senden',
    empty:
      'Der Schlüsselspeicher ist leer: Nichts kann gesendet werden, bis der Lauf einen ' +
      'Block mit positivem Schlüssel destilliert.',
    refused: (needed: string, available: string) =>
      `Nicht gesendet: Diese Nachricht braucht ${needed} Schlüsselbits, der Speicher hält ` +
      `${available}. Lassen Sie den Lauf mehr Schlüssel destillieren.`,
    refusedAes: 'Nicht gesendet: noch kein AES-Schlüssel; ein Schlüssel braucht 256 endgültige Schlüsselbits.',
    used: (bits: string) => `Mit ${bits} Schlüsselbits gesendet, die nun verbraucht sind.`,
    cipher: 'Auf der Leitung',
    bobReads: 'Bob liest',
    eveReads: 'Eve liest',
    eveWrong: (percent: string) =>
      `Eve entschlüsselt mit ihren eigenen Vermutungen derselben Schlüsselbits; ${percent} ` +
      `davon sind nach der Privatsphärenverstärkung falsch, daher ist ihr Text verstümmelt.`,
    eveAesFails:
      'Eves Schlüssel, aus ihren Vermutungen derselben 256 Bits gebildet, besteht die ' +
      'GCM-Prüfung nicht: Sie erhält gar nichts.',
    rekeys: 'AES-Schlüssel bisher',
    rekeysValue: (count: string) => `${count} (jeder aus 256 endgültigen Schlüsselbits)`,
    rekeysPerHour: 'Schlüsselwechsel pro Stunde bei der Schlüsselrate dieses Laufs',
    noRate: '— (noch kein Schlüssel)',
    aesNote:
      'AES-256 mit frischem Schlüssel je 256 Bits ist rechnerisch sicher, nicht ' +
      'informationstheoretisch wie der Einmalschlüssel: Ein Schlüssel von 256 Bits ' +
      'schützt weit mehr als 256 Bits Text.',
    honesty:
      'Der Schlüssel dieser Simulation stammt aus einem Pseudozufallsgenerator mit Seed ' +
      'und ist daher nicht geheim: Verwenden Sie ihn nie für etwas Echtes. Die ' +
      'Verschlüsselung ist nur so geheim wie der Schlüssel, und diese Vorführung ' +
      'authentifiziert die Nachricht nicht.',
  },
  zh: {
    title: '发送消息',
    intro:
      '使用密钥。本次运行提取出的每个最终密钥比特都会进入 Alice 和 Bob 共享的缓冲区；' +
      '每条消息从中取出比特，只用一次，之后不再使用。',
    buffer: '密钥缓冲区',
    bufferValue: (available, used) => `${available} 比特可用，已用 ${used}`,
    bufferDropped: (dropped) => `（缓冲区已满时又到达 ${dropped} 比特，未被保留）`,
    mode: '加密方式',
    otp: '一次一密（每个消息比特用一个密钥比特）',
    aes: 'AES-256-GCM，每 256 个密钥比特生成一把新密钥',
    messageLabel: '消息',
    messageDefault: '九点在实验室见。',
    send: '发送',
    empty: '密钥缓冲区为空：在运行提取出一个密钥长度为正的数据块之前，无法发送任何内容。',
    refused: (needed, available) =>
      `未发送：这条消息需要 ${needed} 个密钥比特，而缓冲区只有 ${available} 个。请让运行提取更多密钥。`,
    refusedAes: '未发送：还没有 AES 密钥；一把密钥需要 256 个最终密钥比特。',
    used: (bits) => `已用 ${bits} 个密钥比特发送，这些比特现已用尽。`,
    cipher: '线路上传输的内容',
    bobReads: 'Bob 读到',
    eveReads: 'Eve 读到',
    eveWrong: (percent) =>
      `Eve 用她对同一批密钥比特的猜测来解密；经过保密放大后，其中 ${percent} 是错的，` + `所以她得到的是一堆乱码。`,
    eveAesFails: 'Eve 用她对同样 256 个比特的猜测构成的密钥无法通过 GCM 的标签校验：她什么也得不到。',
    rekeys: '迄今的 AES 密钥数',
    rekeysValue: (count) => `${count}（每把来自 256 个最终密钥比特）`,
    rekeysPerHour: '按本次运行的成码率，每小时更换密钥次数',
    noRate: '—（尚无密钥）',
    aesNote:
      '每 256 比特换一把新密钥的 AES-256 是计算安全的，而不像一次一密那样是信息论安全的：' +
      '一把 256 比特的密钥保护的文本远多于 256 比特。',
    honesty:
      '本模拟的密钥来自带种子的伪随机数发生器，因此并不保密：切勿将其用于任何真实用途。' +
      '一次一密只有在密钥保密时才是保密的，而且本演示并不对消息进行认证。',
  },
});
