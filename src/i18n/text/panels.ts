// Text of the honesty panel ("What this does not show") and of the app shell's own labels: the run bar's
// region name and the stand-in for the 3D link scene when the build has none.
import { defineText } from '../defineText';

/** The honesty panel's points in the order shown. */
export const HONESTY_POINTS = [
  'authenticated',
  'lowError',
  'proof',
  'noCloning',
  'sideChannels',
  'trustedNodes',
  'simulation',
] as const;
type PointId = (typeof HONESTY_POINTS)[number];

export const panelsText = defineText({
  en: {
    honestyTitle: 'What this does not show',
    pointTitles: {
      authenticated: 'The public channel must be authenticated.',
      lowError: 'A low error rate alone does not prove security.',
      proof: "The quantum dot's key rests on one proof and its assumptions.",
      noCloning: 'Eve cannot copy a photon; her resend is a new one.',
      sideChannels: 'Real devices leak in ways this model leaves out.',
      trustedNodes: 'A network of trusted nodes is only as secret as its least trustworthy node.',
      simulation: 'This is a simulation.',
    } satisfies Record<PointId, string>,
    pointTexts: {
      authenticated:
        'Alice and Bob compare bases, parities and check hashes over an ordinary channel. ' +
        'Eve may read it, but if she could also change those messages she could sit in ' +
        'the middle and talk to each of them. Real systems authenticate every message ' +
        'with a short secret key shared beforehand: QKD grows a shared key, it cannot ' +
        'start one from nothing.',
      lowError:
        'Try the photon-number-splitting attack on a laser without decoys: Eve keeps a ' +
        'copy of every multi-photon pulse and the error rate does not move. Security ' +
        'comes from bounding what Eve can know (multi-photon pulses, decoy statistics, ' +
        'finite block sizes) and removing that much in privacy amplification.',
      proof:
        'For the quantum dot the key length follows Tomamichel et al. (2012) with GLLP ' +
        'tagging: every key bit that may have come from a two-photon pulse counts as ' +
        "known to Eve. It assumes that all loss, in the detectors too, may be Eve's (no " +
        'detector is trusted); that a pulse holds at most two photons (higher photon ' +
        'numbers of the dot are neglected); and that two-photon pulses occur at most ' +
        'g2(0)·μ²/2 per pulse, with a concentration term added for the pulses actually ' +
        'sent. The three-state time-bin protocol takes its phase error from Tamaki et al. ' +
        "(2014) and Rusca et al. (2018) instead of BB84's estimate; the decoy-state laser " +
        'uses Lim et al. (2014).',
      noCloning:
        'In intercept-resend Eve measures each photon and sends Bob a fresh photon ' +
        'prepared in the state she measured. When she picked the wrong basis, Bob’s ' +
        'result is random, which is where the 25 % error rate of a full attack comes ' +
        'from. No device can clone an unknown quantum state.',
      sideChannels:
        'Detector blinding, timing side channels, light sent back into Alice’s box ' +
        '(Trojan horse) and imperfect sources have broken real QKD systems. The Eve in ' +
        'this model attacks only the photons in the fiber, in the ways listed in the ' +
        'Eavesdropper menu.',
      trustedNodes:
        'In the network view, key between distant nodes is relayed hop by hop with ' +
        'one-time pads: every relay node decrypts the key and encrypts it again, so it ' +
        'knows it. Quantum physics protects each fiber link, not the nodes; a relay that ' +
        'is broken into, or run by the wrong people, reads every key it passes on. The ' +
        'network model leaves out routing protocols, the key spent on authenticating the ' +
        'classical messages, link failures and changing link rates.',
      simulation:
        'The photons and their randomness come from a seeded pseudo-random generator, so ' +
        'the same seed gives the same run. The key it distils is real bits, but it is not ' +
        'secret: never use it.',
    } satisfies Record<PointId, string>,
    sceneRegion: 'Link scene',
  },
  de: {
    honestyTitle: 'Was diese Simulation nicht zeigt',
    pointTitles: {
      authenticated: 'Der öffentliche Kanal muss authentifiziert sein.',
      lowError: 'Eine niedrige Fehlerrate allein beweist keine Sicherheit.',
      proof: 'Der Schlüssel des Quantenpunkts beruht auf einem Beweis und dessen Annahmen.',
      noCloning: 'Eve kann ein Photon nicht kopieren; was sie neu sendet, ist ein anderes.',
      sideChannels: 'Echte Geräte verraten mehr, als dieses Modell abbildet.',
      trustedNodes:
        'Ein Netz vertrauenswürdiger Knoten ist nur so geheim wie sein am wenigsten vertrauenswürdiger Knoten.',
      simulation: 'Dies ist eine Simulation.',
    },
    pointTexts: {
      authenticated:
        'Alice und Bob vergleichen Basen und Paritäten und prüfen Hashwerte über einen ' +
        'gewöhnlichen Kanal. Eve darf mitlesen; könnte sie diese Nachrichten aber auch ' +
        'verändern, könnte sie sich dazwischenschalten und mit beiden getrennt sprechen. ' +
        'Echte Systeme authentifizieren jede Nachricht mit einem kurzen, vorab geteilten ' +
        'geheimen Schlüssel: QKD vergrößert einen gemeinsamen Schlüssel, aus dem Nichts ' +
        'erzeugen kann sie ihn nicht.',
      lowError:
        'Probieren Sie die Photonenzahl-Aufspaltung an einem Laser ohne Decoys aus: Eve ' +
        'behält eine Kopie jedes Mehrphotonenpulses, und die Fehlerrate bewegt sich ' +
        'nicht. Sicherheit entsteht, indem man begrenzt, was Eve wissen kann ' +
        '(Mehrphotonenpulse, Decoy-Statistik, endliche Blockgrößen), und genau so viel ' +
        'bei der Privatsphärenverstärkung entfernt.',
      proof:
        'Beim Quantenpunkt folgt die Schlüssellänge Tomamichel et al. (2012) mit ' +
        'GLLP-Markierung: Jedes Schlüsselbit, das aus einem Zwei-Photonen-Puls stammen ' +
        'kann, gilt als Eve bekannt. Angenommen wird, dass jeder Verlust, auch in den ' +
        'Detektoren, Eve gehören kann (kein Detektor gilt als vertrauenswürdig); dass ein ' +
        'Puls höchstens zwei Photonen enthält (höhere Photonenzahlen des Quantenpunkts ' +
        'werden vernachlässigt); und dass Zwei-Photonen-Pulse höchstens mit g2(0)·μ²/2 ' +
        'pro Puls vorkommen, plus einem Konzentrationsterm für die tatsächlich gesendeten ' +
        'Pulse. Das Zeit-Bin-Protokoll mit drei Zuständen nimmt seinen Phasenfehler aus ' +
        'Tamaki et al. (2014) und Rusca et al. (2018) statt aus der BB84-Schätzung; der ' +
        'Laser mit Decoy-Zuständen verwendet Lim et al. (2014).',
      noCloning:
        'Beim Abfangen und Neusenden misst Eve jedes Photon und schickt Bob ein neues, im ' +
        'gemessenen Zustand präpariertes Photon. Hat sie die falsche Basis gewählt, ist ' +
        'Bobs Ergebnis zufällig; daher kommen die 25 % Fehlerrate eines vollständigen ' +
        'Angriffs. Kein Gerät kann einen unbekannten Quantenzustand klonen.',
      sideChannels:
        'Geblendete Detektoren, Seitenkanäle im Timing, in Alices Gerät zurückgeschicktes ' +
        'Licht (Trojanisches Pferd) und unvollkommene Quellen haben echte QKD-Systeme ' +
        'schon geknackt. Die Eve dieses Modells greift nur die Photonen in der Faser an, ' +
        'und zwar auf die Arten, die das Menü „Lauscher“ aufführt.',
      trustedNodes:
        'In der Netzansicht wird Schlüssel zwischen entfernten Knoten Abschnitt für ' +
        'Abschnitt mit Einmalschlüsseln weitergereicht: Jeder Relaisknoten entschlüsselt ' +
        'den Schlüssel und verschlüsselt ihn neu, kennt ihn also. Die Quantenphysik ' +
        'schützt jede Glasfaserstrecke, nicht die Knoten; ein Relais, in das eingebrochen ' +
        'wird oder das die Falschen betreiben, liest jeden Schlüssel, den es weitergibt. ' +
        'Das Netzmodell lässt Routing-Protokolle, den für die Authentifizierung der ' +
        'klassischen Nachrichten verbrauchten Schlüssel, Ausfälle von Strecken und ' +
        'schwankende Streckenraten weg.',
      simulation:
        'Die Photonen und ihr Zufall stammen aus einem Pseudozufallsgenerator mit Seed ' +
        '(Startwert): Derselbe Seed ergibt denselben Lauf. Der destillierte Schlüssel ' +
        'besteht aus echten Bits, ist aber nicht geheim: Verwenden Sie ihn nie.',
    },
    sceneRegion: 'Szene der Strecke',
  },
  zh: {
    honestyTitle: '本模拟没有展示的内容',
    pointTitles: {
      authenticated: '公开信道必须经过认证。',
      lowError: '仅凭低误码率不能证明安全。',
      proof: '量子点的密钥依赖于一个安全性证明及其假设。',
      noCloning: 'Eve 无法复制光子；她重发的是一个新光子。',
      sideChannels: '真实设备会以本模型未包含的方式泄露信息。',
      trustedNodes: '由可信节点组成的网络，其保密程度取决于最不可信的那个节点。',
      simulation: '这是一个模拟。',
    },
    pointTexts: {
      authenticated:
        'Alice 和 Bob 通过普通信道比较基、奇偶校验和校验哈希。Eve 可以读取这些消息，' +
        '但如果她还能篡改它们，她就可以插在中间，分别与双方通话。真实系统用事先共享的一小段秘密密钥' +
        '对每条消息进行认证：量子密钥分发（QKD）能让共享密钥不断增长，却不能从零开始产生密钥。',
      lowError:
        '试试对没有诱骗态的激光进行光子数分离攻击：Eve 保留每个多光子脉冲的一份副本，而误码率纹丝不动。' +
        '安全性来自对 Eve 可能知道的信息量的界定（多光子脉冲、诱骗态统计、有限的数据块大小），' +
        '并在保密放大中去除这么多信息。',
      proof:
        '对于量子点，密钥长度遵循 Tomamichel 等人（2012）的结果并采用 GLLP 标记：' +
        '每个可能来自双光子脉冲的密钥比特都算作 Eve 已知。它假设所有损耗（包括探测器中的损耗）' +
        '都可能归 Eve 所有（不信任任何探测器）；一个脉冲最多含两个光子（忽略量子点更高的光子数）；' +
        '双光子脉冲每个脉冲最多出现 g2(0)·μ²/2 次，并对实际发送的脉冲加上一个集中项。' +
        '三态时间仓协议的相位误差取自 Tamaki 等人（2014）和 Rusca 等人（2018），而不是 BB84 的估计；' +
        '诱骗态激光采用 Lim 等人（2014）的方法。',
      noCloning:
        '在截获重发攻击中，Eve 测量每个光子，然后按她测得的状态制备一个新光子发给 Bob。' +
        '当她选错了基时，Bob 的结果是随机的，这正是完全攻击下 25 % 误码率的来源。' +
        '任何设备都无法克隆一个未知的量子态。',
      sideChannels:
        '探测器致盲、时序侧信道、向 Alice 设备内注入光（特洛伊木马）以及不完美的光源，' +
        '都曾攻破过真实的 QKD 系统。本模型中的 Eve 只攻击光纤中的光子，方式见“窃听者”菜单。',
      trustedNodes:
        '在网络视图中，远距离节点之间的密钥用一次一密逐跳中继：每个中继节点都会解密密钥再重新加密，' +
        '因此它知道密钥。量子物理保护的是每一段光纤链路，而不是节点；被攻破或由不当之人运营的中继，' +
        '能读出经过它的每一份密钥。网络模型未包含路由协议、认证经典消息所消耗的密钥、链路故障和链路速率的变化。',
      simulation:
        '光子及其随机性来自带种子的伪随机数发生器，所以相同的种子给出相同的运行。' +
        '它提取出的密钥是真实的比特，但并不保密：切勿使用。',
    },
    sceneRegion: '链路场景',
  },
});
