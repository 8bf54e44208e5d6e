// Text of kiosk mode: its call to action, the sound and language buttons, the attract loop's banner (which demo is
// playing, its caption for passers-by) and the
// invitation to touch the screen. Captions are keyed by the scenario ids of src/kiosk/attractScenarios.ts.
import type { AttractScenarioId } from '../../kiosk/attractScenarios';
import { defineText } from '../defineText';

export const kioskText = defineText({
  en: {
    demo: (n: number, count: number, caption: string) => `Demo ${n} of ${count}: ${caption}`,
    touchToStart: 'Touch anywhere to try it yourself',
    callToAction: 'Press Start: send single photons to Bob and watch a secret key appear',
    callToActionRunning: 'Now change the distance, or call the spy, and watch the numbers',
    sound: 'Detector clicks',
    language: 'Language',
    controlsRegion: 'Try it',
    captions: {
      clean: 'A clean link: single photons become a shared secret key.',
      caught: 'A spy measures every photon: errors jump to 25\u00a0% and the key is thrown away.',
      long: 'A 120 km fiber: only about 1 photon in 250 gets through, and the key slows to a trickle.',
    } satisfies Record<AttractScenarioId, string>,
  },
  de: {
    demo: (n, count, caption) => `Demo ${n} von ${count}: ${caption}`,
    touchToStart: 'Tippe irgendwo hin und probier es selbst aus',
    callToAction: 'Drück auf Starten: Schick einzelne Photonen zu Bob und sieh zu, wie ein geheimer Schlüssel entsteht',
    callToActionRunning: 'Jetzt die Entfernung ändern oder die Spionin rufen und die Zahlen beobachten',
    sound: 'Detektorklicks',
    language: 'Sprache',
    controlsRegion: 'Ausprobieren',
    captions: {
      clean: 'Eine saubere Strecke: Aus einzelnen Photonen wird ein gemeinsamer geheimer Schlüssel.',
      caught: 'Eine Spionin misst jedes Photon: Die Fehler springen auf 25\u00a0%, und der Schlüssel wird weggeworfen.',
      long: '120 km Glasfaser: Nur etwa 1 Photon von 250 kommt durch, und der Schlüssel tröpfelt nur noch.',
    },
  },
  zh: {
    demo: (n, count, caption) => `演示 ${n}/${count}：${caption}`,
    touchToStart: '轻触任意处，亲自试一试',
    callToAction: '按“开始”：向 Bob 发送单光子，看秘密密钥如何出现',
    callToActionRunning: '现在改变距离，或叫来窃听者，观察数字的变化',
    sound: '探测器咔嗒声',
    language: '语言',
    controlsRegion: '试一试',
    captions: {
      clean: '一条干净的链路：单光子变成共享的秘密密钥。',
      caught: '窃听者测量每个光子：误码率跃升到 25\u00a0%，密钥被丢弃。',
      long: '120 km 光纤：约 250 个光子中只有 1 个能通过，密钥生成慢如涓涓细流。',
    },
  },
});
